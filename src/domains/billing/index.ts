import '../../schema/billing/index.ts';
import { declareDomain } from '../../core/domain.ts';
import { BILLING_ENTITIES } from '../../resolvers/billing/billing.entities.ts';
import { BILLING_EVENTS } from '../../resolvers/billing/billing.events.ts';
import { BILLING_SCOPES } from '../../resolvers/billing/billing.scopes.ts';
import { hoursThisWeek, receivablesOver60Days, workInProgress } from '../../resolvers/billing/figures.ts';
import { downloadLedes } from '../../routes/billing/ledes.ts';

/** Rates, time, expenses, invoices, payments and trust (IOLTA) ledgers. */
declareDomain({
  name: 'billing',
  entities: BILLING_ENTITIES,
  events: BILLING_EVENTS,
  routes: [downloadLedes],
  figures: { hoursThisWeek, workInProgress, receivablesOver60Days },
  scopes: BILLING_SCOPES,
});
