import { z } from 'zod';
import { NOTHING, requireRole } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { defineList } from '../../core/lists.ts';
import { divideHalfUp, formatDecimal } from '../../core/money.ts';
import { parseInput } from '../../core/validation.ts';
import type { Expense, Prisma } from '../../generated/prisma/client.ts';
import { BILLING_MANAGERS, findBillableMatter, matterBillingWhere, TIMEKEEPERS } from './billing.access.ts';
import { ExpenseEntity } from './billing.entities.ts';
import { expenseRecorded, expenseUpdated } from './billing.events.ts';
import { Day, ExpenseCode, Ids, moneyInput, quantityInput } from './billing.input.ts';
import { billingSettings } from './settings.ts';
import { MAX_BULK_ENTRIES } from './time-entries.ts';

export interface ExpenseListInput {
  filter?: { matterId?: string | null } | null;
}

/** The expenses the viewer may see, latest day first. */
export const expenseList = defineList<ExpenseListInput, 'DATE'>({
  entity: ExpenseEntity,
  orders: { DATE: 'date' },
  defaultOrder: { field: 'DATE', direction: 'DESC' },
  orderOf: () => null,
  where: ({ filter }): Prisma.ExpenseWhereInput =>
    filter?.matterId ? (isUuid(filter.matterId) ? { matterId: filter.matterId } : NOTHING) : {},
});

const CreateExpenseInput = z.object({
  matterId: z.string(),
  date: Day,
  expenseCode: ExpenseCode,
  description: z.string().trim().min(1, 'Describe the expense').max(2000, 'At most 2000 characters'),
  quantity: quantityInput().nullish(),
  unitCost: z.string(),
  receiptFileId: z.string().nullish(),
  billable: z.boolean().nullish(),
});

/**
 * Records an expense on a matter as a DRAFT: `quantity` (default 1) × `unitCost`, half-up to the
 * minor unit; the receipt is one of the firm's stored files. Every role that records time may.
 */
export async function createExpense(ctx: Context, input: z.input<typeof CreateExpenseInput>): Promise<Expense> {
  const viewer = requireRole(ctx, TIMEKEEPERS);
  const data = parseInput(CreateExpenseInput, input);
  const { currency } = await billingSettings(ctx.prisma, viewer.firmId);
  const { unitCost } = parseInput(z.object({ unitCost: moneyInput(currency, { positive: true }) }), data);
  const quantity = data.quantity ?? 10_000n;
  return change(ctx, async (w) => {
    const matter = await findBillableMatter(w.tx, viewer, data.matterId);
    if (
      data.receiptFileId &&
      !(isUuid(data.receiptFileId) && (await w.tx.storedFile.count({ where: { id: data.receiptFileId, firmId: w.firmId } })))
    )
      throw ValidationError.field('receiptFileId', 'Receipt file not found');
    const expense = await w.tx.expense.create({
      data: {
        firmId: w.firmId,
        matterId: matter.id,
        createdById: viewer.id,
        date: data.date,
        expenseCode: data.expenseCode,
        description: data.description,
        quantity: formatDecimal(quantity, 4),
        unitCostMinor: unitCost,
        amountMinor: divideHalfUp(quantity * unitCost, 10_000n),
        receiptFileId: data.receiptFileId ?? null,
        billable: data.billable ?? true,
      },
    });
    await w.record(expenseRecorded, { after: expense });
    return expense;
  });
}

const BulkInput = z.object({ ids: Ids(MAX_BULK_ENTRIES) });

/** Approves DRAFT or SUBMITTED expenses for billing, up to 500 a call, all or none. Billing managers only. */
export async function approveExpenses(ctx: Context, input: z.input<typeof BulkInput>): Promise<Expense[]> {
  const viewer = requireRole(ctx, BILLING_MANAGERS);
  const { ids } = parseInput(BulkInput, input);
  return change(ctx, async (w) => {
    const valid = ids.filter(isUuid);
    const before = valid.length
      ? await w.tx.expense.findMany({ where: { AND: [{ id: { in: valid } }, matterBillingWhere(viewer)] }, orderBy: { id: 'asc' } })
      : [];
    if (before.length !== ids.length) throw new NotFoundError('Expense');
    if (before.some((e) => e.status !== 'DRAFT' && e.status !== 'SUBMITTED'))
      throw new ConflictError('Only DRAFT or SUBMITTED expenses can be approved');
    await w.tx.expense.updateMany({ where: { id: { in: ids } }, data: { status: 'APPROVED' } });
    const after = await w.tx.expense.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } });
    for (const [i, expense] of after.entries()) await w.record(expenseUpdated, { before: before[i], after: expense });
    return after;
  });
}
