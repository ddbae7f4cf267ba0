/** The billing domain's public face for other domains: money figures and the billing entities. */
export { InvoiceEntity, TimeEntryEntity, TrustLedgerEntryEntity } from './billing.entities.ts';
export { arAgingSql, realizationSql, utilisationSql, wipSql } from './figures.ts';
