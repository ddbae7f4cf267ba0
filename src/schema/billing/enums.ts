import { builder } from '../../core/graphql/builder.ts';
import {
  BillableStatus,
  FeeArrangement,
  InvoiceLineKind,
  InvoiceStatus,
  PaymentMethod,
  TrustEntryKind,
} from '../../generated/prisma/enums.ts';

export const BillableStatusEnum = builder.enumType(BillableStatus, {
  name: 'BillableStatus',
  description: 'Where a time entry or expense stands on its way to an invoice.',
  values: {
    DRAFT: { description: 'Recorded (or a timer still running); may change.' },
    SUBMITTED: { description: 'Submitted by its timekeeper for approval.' },
    APPROVED: { description: 'Approved; billed on the next invoice of its matter.' },
    BILLED: { description: 'On an issued invoice.' },
    WRITTEN_OFF: { description: 'Will never be billed.' },
  },
});

export const FeeArrangementEnum = builder.enumType(FeeArrangement, {
  name: 'FeeArrangement',
  description: 'How a matter is charged for.',
  values: {
    HOURLY: { description: 'Time at the rates in force.' },
    FLAT: { description: 'A fixed amount.' },
    CONTINGENCY: { description: 'A percentage of the recovery.' },
  },
});

export const InvoiceStatusEnum = builder.enumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: 'Where an invoice stands.',
  values: {
    DRAFT: { description: 'Being prepared; no number yet.' },
    ISSUED: { description: 'Numbered and sent; nothing paid.' },
    PARTIALLY_PAID: { description: 'Part of the total is paid.' },
    PAID: { description: 'Paid in full.' },
    VOID: { description: 'Cancelled; its number is kept and its items are unbilled again.' },
  },
});

export const InvoiceLineKindEnum = builder.enumType(InvoiceLineKind, {
  name: 'InvoiceLineKind',
  description: 'What an invoice line bills.',
  values: { FEE: { description: 'Time (professional services).' }, EXPENSE: { description: 'An expense at cost.' } },
});

export const PaymentMethodEnum = builder.enumType(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'How a payment was made.',
  values: {
    CHECK: { description: 'Cheque.' },
    WIRE: { description: 'Wire transfer.' },
    ACH: { description: 'ACH transfer.' },
    CARD: { description: 'Card payment.' },
    CASH: { description: 'Cash.' },
    TRUST: { description: 'Transferred from the client trust account (applyTrustToInvoice).' },
  },
});

export const TrustEntryKindEnum = builder.enumType(TrustEntryKind, {
  name: 'TrustEntryKind',
  description: 'What a trust ledger entry records.',
  values: {
    DEPOSIT: { description: 'Client money received into trust.' },
    DISBURSEMENT: { description: 'Client money paid out of trust.' },
    TRANSFER_TO_OPERATING: { description: 'Earned fees moved to the operating account to pay an invoice.' },
    REVERSAL: { description: 'A correction that cancels an earlier entry.' },
  },
});
