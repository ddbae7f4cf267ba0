import { z } from 'zod';
import { NOTHING } from '../../core/access.ts';
import { change, type Write } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { defineList } from '../../core/lists.ts';
import { divideHalfUp, formatDecimal, parseDecimal } from '../../core/money.ts';
import { parseInput } from '../../core/validation.ts';
import type { Invoice, Prisma } from '../../generated/prisma/client.ts';
import type { InvoiceStatus } from '../../generated/prisma/enums.ts';
import { findBillableMatter, matterBillingWhere, requireBillingManager } from './billing.access.ts';
import { InvoiceEntity } from './billing.entities.ts';
import { invoiceAdjusted, invoiceGenerated } from './billing.events.ts';
import { Day, moneyInput, percentInput } from './billing.input.ts';
import { invoiceTotals } from './invoice-totals.ts';
import { billingSettings } from './settings.ts';

export interface InvoiceListInput {
  filter?: { status?: InvoiceStatus | null; clientId?: string | null; matterId?: string | null } | null;
}

/** The invoices the viewer may see, newest first. */
export const invoiceList = defineList<InvoiceListInput, 'CREATED_AT'>({
  entity: InvoiceEntity,
  orders: { CREATED_AT: 'createdAt' },
  defaultOrder: { field: 'CREATED_AT', direction: 'DESC' },
  orderOf: () => null,
  where: ({ filter }): Prisma.InvoiceWhereInput => ({
    AND: [
      filter?.status ? { status: filter.status } : {},
      filter?.clientId ? (isUuid(filter.clientId) ? { clientId: filter.clientId } : NOTHING) : {},
      filter?.matterId ? (isUuid(filter.matterId) ? { matterId: filter.matterId } : NOTHING) : {},
    ],
  }),
});

/** An invoice of the firm, locked for the rest of the transaction; "not found" when missing or foreign. */
export async function lockInvoice(w: Write, id: string): Promise<Invoice> {
  const [row] = isUuid(id)
    ? await w.tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Invoice" WHERE id = ${id}::uuid AND "firmId" = ${w.firmId}::uuid FOR UPDATE`
    : [];
  if (!row) throw new NotFoundError('Invoice');
  return w.tx.invoice.findUniqueOrThrow({ where: { id: row.id } });
}

/** Recomputes an invoice's line adjustments and totals from its lines and percentages. */
export async function recomputeInvoice(w: Write, invoice: Invoice): Promise<Invoice> {
  const lines = await w.tx.invoiceLine.findMany({ where: { invoiceId: invoice.id }, orderBy: { position: 'asc' } });
  const totals = invoiceTotals(lines, parseDecimal(invoice.discountPercent.toFixed(4), 4), parseDecimal(invoice.taxPercent.toFixed(4), 4));
  for (const [i, line] of lines.entries()) {
    const t = totals.lines[i];
    if (t.invoiceDiscountMinor !== line.invoiceDiscountMinor || t.taxMinor !== line.taxMinor || t.totalMinor !== line.totalMinor)
      await w.tx.invoiceLine.update({ where: { id: line.id }, data: t });
  }
  const { lines: _lines, ...sums } = totals;
  return w.tx.invoice.update({ where: { id: invoice.id }, data: sums });
}

const GenerateInvoiceInput = z.object({
  matterId: z.string(),
  periodEnd: Day,
  includeTime: z.boolean().nullish(),
  includeExpenses: z.boolean().nullish(),
  discountPercent: percentInput().nullish(),
  taxPercent: percentInput().nullish(),
});

/**
 * Gathers a matter's approved, billable, unbilled time (and expenses) dated up to `periodEnd` into
 * a DRAFT invoice with one line each (time first, by date). The items are reserved for the draft
 * until it is issued or voided. Nothing to bill is a conflict. Billing managers only.
 */
export async function generateInvoice(ctx: Context, input: z.input<typeof GenerateInvoiceInput>): Promise<Invoice> {
  const viewer = requireBillingManager(ctx);
  const data = parseInput(GenerateInvoiceInput, input);
  const includeTime = data.includeTime ?? true;
  const includeExpenses = data.includeExpenses ?? true;
  if (!includeTime && !includeExpenses) throw ValidationError.field('includeTime', 'Include time, expenses or both');
  return change(ctx, async (w) => {
    const matter = await findBillableMatter(w.tx, viewer, data.matterId);
    const { currency } = await billingSettings(w.tx, w.firmId);
    const ready = { matterId: matter.id, status: 'APPROVED' as const, billable: true, invoiceId: null, date: { lte: data.periodEnd } };
    const time = includeTime
      ? await w.tx.timeEntry.findMany({ where: ready, orderBy: [{ date: 'asc' }, { id: 'asc' }], include: { timekeeper: true } })
      : [];
    const expenses = includeExpenses ? await w.tx.expense.findMany({ where: ready, orderBy: [{ date: 'asc' }, { id: 'asc' }] }) : [];
    if (time.length + expenses.length === 0) throw new ConflictError('Nothing approved and unbilled to invoice up to that date');
    const invoice = await w.tx.invoice.create({
      data: {
        firmId: w.firmId,
        clientId: matter.clientId,
        matterId: matter.id,
        currency,
        periodEnd: data.periodEnd,
        discountPercent: formatDecimal(data.discountPercent ?? 0n, 4),
        taxPercent: formatDecimal(data.taxPercent ?? 0n, 4),
      },
    });
    // Reserving the items with a guard on invoiceId: a concurrent draft that took one first wins, this one fails.
    const reservedTime = await w.tx.timeEntry.updateMany({
      where: { id: { in: time.map((t) => t.id) }, invoiceId: null },
      data: { invoiceId: invoice.id },
    });
    const reservedExpenses = await w.tx.expense.updateMany({
      where: { id: { in: expenses.map((e) => e.id) }, invoiceId: null },
      data: { invoiceId: invoice.id },
    });
    if (reservedTime.count !== time.length || reservedExpenses.count !== expenses.length)
      throw new ConflictError('Some items were invoiced meanwhile; try again');
    const lines = [
      ...time.map((t) => ({
        kind: 'FEE' as const,
        timeEntryId: t.id,
        timekeeperId: t.timekeeperId,
        date: t.date,
        description: t.narrative,
        taskCode: t.taskCode,
        activityCode: t.activityCode,
        quantity: formatDecimal(divideHalfUp(BigInt(t.billedMinutes) * 10_000n, 60n), 4),
        unitMinor: t.rateMinor,
        amountMinor: t.amountMinor,
      })),
      ...expenses.map((e) => ({
        kind: 'EXPENSE' as const,
        expenseId: e.id,
        date: e.date,
        description: e.description,
        expenseCode: e.expenseCode,
        quantity: e.quantity,
        unitMinor: e.unitCostMinor,
        amountMinor: e.amountMinor,
      })),
    ];
    await w.tx.invoiceLine.createMany({
      data: lines.map((line, position) => ({ ...line, firmId: w.firmId, invoiceId: invoice.id, position, totalMinor: line.amountMinor })),
    });
    const after = await recomputeInvoice(w, invoice);
    await w.record(invoiceGenerated, { after });
    return after;
  });
}

const AdjustInvoiceInput = z.object({
  invoiceId: z.string(),
  discountPercent: percentInput().nullish(),
  taxPercent: percentInput().nullish(),
  lineDiscounts: z
    .array(z.object({ lineId: z.string(), amount: z.string() }))
    .max(2000)
    .nullish(),
});

/**
 * Adjusts a DRAFT invoice: the invoice discount and tax percentages, and discounts on single lines
 * (an amount, at most the line's). Totals are recomputed per line. Billing managers only.
 */
export async function adjustInvoice(ctx: Context, input: z.input<typeof AdjustInvoiceInput>): Promise<Invoice> {
  requireBillingManager(ctx);
  const data = parseInput(AdjustInvoiceInput, input);
  return change(ctx, async (w) => {
    const before = await lockInvoice(w, data.invoiceId);
    if (before.status !== 'DRAFT') throw new ConflictError('Only a DRAFT invoice can be adjusted');
    const amount = moneyInput(before.currency);
    for (const [i, item] of (data.lineDiscounts ?? []).entries()) {
      const discount = parseInput(z.object({ amount }), item).amount;
      const line = isUuid(item.lineId) ? await w.tx.invoiceLine.findFirst({ where: { id: item.lineId, invoiceId: before.id } }) : null;
      if (!line) throw ValidationError.field(`lineDiscounts.${i}.lineId`, 'Not a line of this invoice');
      if (discount > line.amountMinor) throw ValidationError.field(`lineDiscounts.${i}.amount`, 'A discount cannot exceed the line amount');
      await w.tx.invoiceLine.update({ where: { id: line.id }, data: { lineDiscountMinor: discount } });
    }
    const updated = await w.tx.invoice.update({
      where: { id: before.id },
      data: {
        discountPercent: data.discountPercent == null ? undefined : formatDecimal(data.discountPercent, 4),
        taxPercent: data.taxPercent == null ? undefined : formatDecimal(data.taxPercent, 4),
      },
    });
    const after = await recomputeInvoice(w, updated);
    await w.record(invoiceAdjusted, { before, after });
    return after;
  });
}

/** An invoice the viewer may see, or "not found". */
export async function findVisibleInvoice(ctx: Context, id: string): Promise<Invoice> {
  const viewer = ctx.viewer;
  const invoice =
    viewer && isUuid(id) ? await ctx.prisma.invoice.findFirst({ where: { AND: [{ id }, matterBillingWhere(viewer)] } }) : null;
  if (!invoice) throw new NotFoundError('Invoice');
  return invoice;
}
