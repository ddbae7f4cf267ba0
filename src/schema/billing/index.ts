import './enums.ts';
import './settings.ts';
import './rate.ts';
import './time-entry.ts';
import './expense.ts';
import './invoice.ts';
import './payment.ts';
import './trust.ts';
import './figures.ts';
import './subscriptions.ts';

/** The billing domain's GraphQL types that other domains' schema modules refer to. */
export { InvoiceRef } from './invoice.ts';
export { TimeEntryRef } from './time-entry.ts';
