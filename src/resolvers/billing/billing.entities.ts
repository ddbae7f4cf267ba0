import { firmWide, ofFirm } from '../../core/access.ts';
import { defineEntity, publicPayload } from '../../core/entities.ts';
import type {
  Expense,
  FeeAgreement,
  Invoice,
  InvoiceLine,
  Payment,
  Prisma,
  Rate,
  TimeEntry,
  TrustAccount,
  TrustLedgerEntry,
} from '../../generated/prisma/client.ts';
import {
  billingAudience,
  matterBillingWhere,
  visiblePaymentWhere,
  visibleRateWhere,
  visibleTimeWhere,
  visibleTrustEntryWhere,
} from './billing.access.ts';

/** An hourly rate of a timekeeper (default, client or matter override). */
export const RateEntity = defineEntity<Rate, Prisma.RateWhereInput>({
  type: 'Rate',
  model: 'Rate',
  visible: visibleRateWhere,
  audience: billingAudience,
});

/** A matter's fee agreement. */
export const FeeAgreementEntity = defineEntity<FeeAgreement, Prisma.FeeAgreementWhereInput>({
  type: 'FeeAgreement',
  model: 'FeeAgreement',
  visible: matterBillingWhere,
  audience: billingAudience,
  matterOf: (agreement) => agreement.matterId,
});

/** Time recorded on a matter. */
export const TimeEntryEntity = defineEntity<TimeEntry, Prisma.TimeEntryWhereInput>({
  type: 'TimeEntry',
  model: 'TimeEntry',
  visible: visibleTimeWhere,
  audience: billingAudience,
  matterOf: (entry) => entry.matterId,
  payload: publicPayload<TimeEntry>(1, [
    'id',
    'firmId',
    'matterId',
    'timekeeperId',
    'date',
    'minutes',
    'billedMinutes',
    'rateMinor',
    'amountMinor',
    'taskCode',
    'activityCode',
    'narrative',
    'billable',
    'status',
    'invoiceId',
    'createdAt',
    'updatedAt',
  ]),
});

/** A cost incurred on a matter. */
export const ExpenseEntity = defineEntity<Expense, Prisma.ExpenseWhereInput>({
  type: 'Expense',
  model: 'Expense',
  visible: matterBillingWhere,
  audience: billingAudience,
  matterOf: (expense) => expense.matterId,
});

/** An invoice for a matter. */
export const InvoiceEntity = defineEntity<Invoice, Prisma.InvoiceWhereInput>({
  type: 'Invoice',
  model: 'Invoice',
  visible: matterBillingWhere,
  audience: billingAudience,
  matterOf: (invoice) => invoice.matterId,
  payload: publicPayload<Invoice>(1, [
    'id',
    'firmId',
    'clientId',
    'matterId',
    'number',
    'status',
    'currency',
    'periodEnd',
    'issuedOn',
    'dueOn',
    'feesMinor',
    'expensesMinor',
    'discountMinor',
    'taxMinor',
    'totalMinor',
    'paidMinor',
    'createdAt',
    'updatedAt',
  ]),
});

/** A line of an invoice, visible with its invoice. */
export const InvoiceLineEntity = defineEntity<InvoiceLine, Prisma.InvoiceLineWhereInput>({
  type: 'InvoiceLine',
  model: 'InvoiceLine',
  visible: (viewer) => ({ invoice: matterBillingWhere(viewer) }),
  audience: billingAudience,
});

/** Money received from a client. */
export const PaymentEntity = defineEntity<Payment, Prisma.PaymentWhereInput>({
  type: 'Payment',
  model: 'Payment',
  visible: visiblePaymentWhere,
  audience: billingAudience,
  payload: publicPayload<Payment>(1, [
    'id',
    'firmId',
    'clientId',
    'amountMinor',
    'unallocatedMinor',
    'method',
    'receivedOn',
    'reference',
    'reversedAt',
    'createdAt',
  ]),
});

/** A trust (IOLTA) bank account; every staff member sees the firm's accounts (not their balances per client). */
export const TrustAccountEntity = defineEntity<TrustAccount, Prisma.TrustAccountWhereInput>({
  type: 'TrustAccount',
  model: 'TrustAccount',
  visible: ofFirm,
  audience: firmWide,
});

/** A line of a trust ledger. */
export const TrustLedgerEntryEntity = defineEntity<TrustLedgerEntry, Prisma.TrustLedgerEntryWhereInput>({
  type: 'TrustLedgerEntry',
  model: 'TrustLedgerEntry',
  visible: visibleTrustEntryWhere,
  audience: billingAudience,
  matterOf: (entry) => entry.matterId,
  payload: publicPayload<TrustLedgerEntry>(1, [
    'id',
    'firmId',
    'accountId',
    'clientId',
    'matterId',
    'kind',
    'amountMinor',
    'occurredOn',
    'payee',
    'reference',
    'invoiceId',
    'reversesId',
    'createdAt',
  ]),
});

/** The billing domain's entities, in the order the audit trail lists them. */
export const BILLING_ENTITIES = [
  RateEntity,
  FeeAgreementEntity,
  TimeEntryEntity,
  ExpenseEntity,
  InvoiceEntity,
  InvoiceLineEntity,
  PaymentEntity,
  TrustAccountEntity,
  TrustLedgerEntryEntity,
] as const;
