import { builder } from '../../core/graphql/builder.ts';
import type { Invoice, TimeEntry, TrustLedgerEntry } from '../../generated/prisma/client.ts';
import { subscribeInvoiceStatus, subscribeTimeEntries, subscribeTrustMovements } from '../../resolvers/billing/subscriptions.ts';
import { ClientRef, MatterRef } from '../cases/index.ts';
import { InvoiceRef } from './invoice.ts';
import { TimeEntryRef } from './time-entry.ts';
import { TrustLedgerEntryRef } from './trust.ts';

builder.subscriptionField('timeEntryChanged', (t) =>
  t.field({
    type: TimeEntryRef,
    description: 'Time entries of a matter as they are recorded or approved, limited to those you may see.',
    args: { matterId: t.arg.globalID({ for: MatterRef, required: true, description: 'The matter to watch.' }) },
    subscribe: (_root, args, ctx) => subscribeTimeEntries(ctx, args.matterId.id),
    resolve: (entry: TimeEntry) => entry,
  }),
);

builder.subscriptionField('invoiceStatusChanged', (t) =>
  t.field({
    type: InvoiceRef,
    description: "A client's invoices each time one is issued, paid or voided, limited to those you may see.",
    args: { clientId: t.arg.globalID({ for: ClientRef, required: true, description: 'The client to watch.' }) },
    subscribe: (_root, args, ctx) => subscribeInvoiceStatus(ctx, args.clientId.id),
    resolve: (invoice: Invoice) => invoice,
  }),
);

builder.subscriptionField('trustBalanceChanged', (t) =>
  t.field({
    type: TrustLedgerEntryRef,
    description: "Each movement of a client's trust money (the entry that changed the balance), limited to those you may see.",
    args: { clientId: t.arg.globalID({ for: ClientRef, required: true, description: 'The client to watch.' }) },
    subscribe: (_root, args, ctx) => subscribeTrustMovements(ctx, args.clientId.id),
    resolve: (entry: TrustLedgerEntry) => entry,
  }),
);
