import { z } from 'zod';
import { NOTHING } from '../../core/access.ts';
import { change, type Write } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { defineList } from '../../core/lists.ts';
import { sum } from '../../core/money.ts';
import { optionalText, parseInput } from '../../core/validation.ts';
import type { Invoice, Payment, Prisma } from '../../generated/prisma/client.ts';
import { PaymentMethod } from '../../generated/prisma/enums.ts';
import { requireBillingManager } from './billing.access.ts';
import { PaymentEntity } from './billing.entities.ts';
import { invoicePaid, paymentRecorded, paymentReversed } from './billing.events.ts';
import { Day, moneyInput } from './billing.input.ts';
import { lockInvoice } from './invoices.ts';
import { billingSettings } from './settings.ts';

export interface PaymentListInput {
  filter?: { clientId?: string | null } | null;
}

/** The payments the viewer may see, latest received first. */
export const paymentList = defineList<PaymentListInput, 'RECEIVED_ON'>({
  entity: PaymentEntity,
  orders: { RECEIVED_ON: 'receivedOn' },
  defaultOrder: { field: 'RECEIVED_ON', direction: 'DESC' },
  orderOf: () => null,
  where: ({ filter }): Prisma.PaymentWhereInput =>
    filter?.clientId ? (isUuid(filter.clientId) ? { clientId: filter.clientId } : NOTHING) : {},
});

/** The status an invoice has with `paidMinor` of its total paid. */
function paidStatus(invoice: Invoice, paidMinor: bigint): Invoice['status'] {
  if (paidMinor === 0n) return 'ISSUED';
  return paidMinor >= invoice.totalMinor ? 'PAID' : 'PARTIALLY_PAID';
}

/**
 * Applies `amountMinor` (negative to undo) to a locked, issued invoice, moving its status and
 * recording `invoice.paid` when money arrives. More than the open balance is refused.
 */
export async function applyToInvoice(w: Write, invoice: Invoice, amountMinor: bigint, path: string): Promise<Invoice> {
  if (invoice.status === 'DRAFT' || invoice.status === 'VOID')
    throw ValidationError.field(path, `Invoice ${invoice.number ?? 'draft'} is ${invoice.status} and takes no payments`);
  const paidMinor = invoice.paidMinor + amountMinor;
  if (paidMinor > invoice.totalMinor) throw ValidationError.field(path, 'More than the open balance of the invoice');
  const after = await w.tx.invoice.update({ where: { id: invoice.id }, data: { paidMinor, status: paidStatus(invoice, paidMinor) } });
  if (amountMinor > 0n) await w.record(invoicePaid, { before: invoice, after });
  return after;
}

const RecordPaymentInput = z.object({
  clientId: z.string(),
  amount: z.string(),
  method: z.enum(PaymentMethod),
  receivedOn: Day,
  reference: optionalText(200),
  allocations: z
    .array(z.object({ invoiceId: z.string(), amount: z.string() }))
    .max(500)
    .nullish(),
});

/**
 * Records money received from a client and allocates it across the client's issued invoices
 * (partial payments allowed); whatever is not allocated is the client's credit. Billing managers only.
 */
export async function recordPayment(ctx: Context, input: z.input<typeof RecordPaymentInput>): Promise<Payment> {
  const viewer = requireBillingManager(ctx);
  const data = parseInput(RecordPaymentInput, input);
  const { currency } = await billingSettings(ctx.prisma, viewer.firmId);
  const money = moneyInput(currency, { positive: true });
  const { amount, allocations } = parseInput(
    z.object({ amount: money, allocations: z.array(z.object({ invoiceId: z.string(), amount: money })).nullish() }),
    data,
  );
  const allocated = sum((allocations ?? []).map((a) => a.amount));
  if (allocated > amount) throw ValidationError.field('allocations', 'The allocations add up to more than the payment');
  if (new Set((allocations ?? []).map((a) => a.invoiceId)).size !== (allocations ?? []).length)
    throw ValidationError.field('allocations', 'Allocate to each invoice once');
  return change(ctx, async (w) => {
    const client = isUuid(data.clientId) ? await w.tx.client.findFirst({ where: { id: data.clientId, firmId: w.firmId } }) : null;
    if (!client) throw ValidationError.field('clientId', 'Client not found');
    const payment = await w.tx.payment.create({
      data: {
        firmId: w.firmId,
        clientId: client.id,
        amountMinor: amount,
        unallocatedMinor: amount - allocated,
        method: data.method,
        receivedOn: data.receivedOn,
        reference: data.reference ?? null,
      },
    });
    // Invoices are locked in id order so that two payments over the same invoices cannot deadlock.
    const ordered = [...(allocations ?? []).entries()].sort(([, a], [, b]) => a.invoiceId.localeCompare(b.invoiceId));
    for (const [i, allocation] of ordered) {
      const path = `allocations.${i}.invoiceId`;
      const invoice = await lockInvoice(w, allocation.invoiceId).catch((error) => {
        throw error instanceof NotFoundError ? ValidationError.field(path, 'Invoice not found') : error;
      });
      if (invoice.clientId !== client.id) throw ValidationError.field(path, "Not this client's invoice");
      await applyToInvoice(w, invoice, allocation.amount, `allocations.${i}.amount`);
      await w.tx.paymentAllocation.create({
        data: { firmId: w.firmId, paymentId: payment.id, invoiceId: invoice.id, amountMinor: allocation.amount },
      });
    }
    await w.record(paymentRecorded, { after: payment });
    return payment;
  });
}

const ReversePaymentInput = z.object({ paymentId: z.string(), reason: z.string().trim().min(1, 'Give a reason').max(500) });

/**
 * Reverses a payment (a bounced cheque): its allocations come off the invoices, which reopen, and
 * its credit is gone; the payment stays on record, marked reversed. A payment from trust is
 * refunded to the trust ledger it came from. Billing managers only.
 */
export async function reversePayment(ctx: Context, input: z.input<typeof ReversePaymentInput>): Promise<Payment> {
  requireBillingManager(ctx);
  const data = parseInput(ReversePaymentInput, input);
  return change(ctx, async (w) => {
    const [row] = isUuid(data.paymentId)
      ? await w.tx.$queryRaw<
          { id: string }[]
        >`SELECT id FROM "Payment" WHERE id = ${data.paymentId}::uuid AND "firmId" = ${w.firmId}::uuid FOR UPDATE`
      : [];
    if (!row) throw new NotFoundError('Payment');
    const before = await w.tx.payment.findUniqueOrThrow({ where: { id: row.id }, include: { allocations: true } });
    if (before.reversedAt) throw new ConflictError('The payment is already reversed');
    const allocations = [...before.allocations].sort((a, b) => a.invoiceId.localeCompare(b.invoiceId));
    for (const allocation of allocations) {
      const invoice = await lockInvoice(w, allocation.invoiceId);
      await applyToInvoice(w, invoice, -allocation.amountMinor, 'paymentId');
    }
    if (before.method === 'TRUST') await refundTrust(w, before.id, data.reason);
    const { allocations: _allocations, ...previous } = before;
    const after = await w.tx.payment.update({
      where: { id: before.id },
      data: { reversedAt: new Date(), reversalReason: data.reason, unallocatedMinor: 0n },
    });
    await w.record(paymentReversed, { before: previous, after });
    return after;
  });
}

/** Puts the money of a trust payment back on the ledger it left, as a REVERSAL entry. */
async function refundTrust(w: Write, paymentId: string, reason: string): Promise<void> {
  const transfers = await w.tx.trustLedgerEntry.findMany({ where: { firmId: w.firmId, kind: 'TRANSFER_TO_OPERATING', paymentId } });
  for (const transfer of transfers)
    await w.tx.trustLedgerEntry.create({
      data: {
        firmId: w.firmId,
        accountId: transfer.accountId,
        clientId: transfer.clientId,
        matterId: transfer.matterId,
        kind: 'REVERSAL',
        amountMinor: -transfer.amountMinor,
        occurredOn: new Date(),
        reference: reason,
        invoiceId: transfer.invoiceId,
        reversesId: transfer.id,
        paymentId,
      },
    });
}
