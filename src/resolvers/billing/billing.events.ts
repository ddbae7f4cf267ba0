import { defineAction, defineEvent } from '../../core/events.ts';
import { InvoiceEntity, PaymentEntity, TimeEntryEntity, TrustLedgerEntryEntity } from './billing.entities.ts';

export const timeEntryCreated = defineEvent('time_entry.created', TimeEntryEntity, {
  description: 'Time was recorded on a matter (directly or by stopping a timer).',
  dashboard: true,
  live: { value: 'CREATED', description: 'Time was recorded.' },
});
export const timeEntryApproved = defineEvent('time_entry.approved', TimeEntryEntity, {
  description: 'A time entry was approved for billing.',
  dashboard: true,
  live: { value: 'APPROVED', description: 'It was approved for billing.' },
});
export const invoiceIssued = defineEvent('invoice.issued', InvoiceEntity, {
  description: 'An invoice was issued with its number.',
  dashboard: true,
  live: { value: 'ISSUED', description: 'It was issued.' },
});
export const invoicePaid = defineEvent('invoice.paid', InvoiceEntity, {
  description: 'A payment was applied to an invoice (partly or in full).',
  dashboard: true,
  live: { value: 'PAID', description: 'A payment was applied to it.' },
});
export const invoiceVoided = defineEvent('invoice.voided', InvoiceEntity, {
  description: 'An issued invoice was voided; its items are unbilled again and its number is kept.',
  dashboard: true,
  live: { value: 'VOIDED', description: 'It was voided.' },
});
export const paymentRecorded = defineEvent('payment.recorded', PaymentEntity, {
  description: 'A payment from a client was recorded and allocated.',
  dashboard: true,
});
export const paymentReversed = defineEvent('payment.reversed', PaymentEntity, {
  description: 'A payment was reversed (a bounced cheque); its allocations were undone.',
  dashboard: true,
});
export const trustDeposited = defineEvent('trust.deposited', TrustLedgerEntryEntity, {
  description: "Money was deposited to a client's trust ledger.",
});
export const trustDisbursed = defineEvent('trust.disbursed', TrustLedgerEntryEntity, {
  description: "Money was paid out of a client's trust ledger (or an entry was reversed).",
});
export const trustApplied = defineEvent('trust.applied', TrustLedgerEntryEntity, {
  description: 'Trust money was transferred to operating to pay an invoice.',
  dashboard: true,
});

/** The billing domain's events, in the order partners see them listed. */
export const BILLING_EVENTS = [
  timeEntryCreated,
  timeEntryApproved,
  invoiceIssued,
  invoicePaid,
  invoiceVoided,
  paymentRecorded,
  paymentReversed,
  trustDeposited,
  trustDisbursed,
  trustApplied,
] as const;

/** Events about time entries, which `timeEntryChanged` subscribers receive. */
export const TIME_ENTRY_EVENTS = [timeEntryCreated, timeEntryApproved] as const;
/** Events about invoices, which `invoiceStatusChanged` subscribers receive. */
export const INVOICE_EVENTS = [invoiceIssued, invoicePaid, invoiceVoided] as const;
/** Events that move trust balances, which `trustBalanceChanged` subscribers receive. */
export const TRUST_EVENTS = [trustDeposited, trustDisbursed, trustApplied] as const;

/** Audit-only changes of billing data that partners are not sent. */
export const billingSettingsChanged = defineAction('billing.settings_changed', 'Firm');
export const rateSet = defineAction('rate.set', 'Rate');
export const feeAgreementSet = defineAction('fee_agreement.set', 'FeeAgreement');
export const timeEntryUpdated = defineAction('time_entry.updated', 'TimeEntry');
export const expenseRecorded = defineAction('expense.recorded', 'Expense');
export const expenseUpdated = defineAction('expense.updated', 'Expense');
export const invoiceGenerated = defineAction('invoice.generated', 'Invoice');
export const invoiceAdjusted = defineAction('invoice.adjusted', 'Invoice');
export const invoiceSent = defineAction('invoice.sent', 'Invoice');
export const trustAccountCreated = defineAction('trust_account.created', 'TrustAccount');
