import { builder } from '../../core/graphql/builder.ts';
import { listConnection } from '../../core/graphql/lists.ts';
import { moneyField } from '../../core/graphql/money.ts';
import { defineMutation, type PayloadFields } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import { ExpenseEntity } from '../../resolvers/billing/billing.entities.ts';
import { approveExpenses, createExpense, expenseList } from '../../resolvers/billing/expenses.ts';
import { MatterRef } from '../cases/index.ts';
import { BillableStatusEnum } from './enums.ts';

export const ExpenseRef = builder.prismaNode('Expense', {
  ...firmNode(ExpenseEntity),
  description: 'A cost incurred on a matter, billed at cost.',
  fields: (t) => ({
    date: t.expose('date', { type: 'DateTime', description: 'The day it was incurred.' }),
    expenseCode: t.exposeString('expenseCode', { description: 'UTBMS expense code, e.g. "E112".' }),
    description: t.exposeString('description', { description: 'What it was.' }),
    quantity: t.string({ description: 'Quantity as a decimal string.', resolve: (e) => e.quantity.toString() }),
    unitCost: moneyField(t, 'unitCostMinor', 'Cost of one unit.'),
    amount: moneyField(t, 'amountMinor', 'Quantity × unit cost, half-up to the cent.'),
    receiptFileId: t.exposeString('receiptFileId', {
      nullable: true,
      description: 'The stored file of the receipt (download at /files/<id>).',
    }),
    billable: t.exposeBoolean('billable', { description: 'Whether it is billed to the client.' }),
    status: t.expose('status', { type: BillableStatusEnum, description: 'Where it stands on its way to an invoice.' }),
    matter: t.relation('matter', { description: 'The matter.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
  }),
});

const ExpenseFilter = builder.inputType('ExpenseFilter', {
  description: 'Narrows the expense list.',
  fields: (t) => ({ matterId: t.globalID({ for: MatterRef, description: 'Only this matter.' }) }),
});

builder.queryField('expenses', (t) =>
  t.prismaConnection(
    {
      type: 'Expense',
      cursor: 'id',
      description: "Expenses you may see (billing staff and read-only: all; others: their matters'), latest first. At most 100 a page.",
      args: { filter: t.arg({ type: ExpenseFilter, description: 'Only the expenses that match.' }) },
      ...listConnection(expenseList, ({ filter }: { filter?: { matterId?: { id: string } | null } | null }) => ({
        filter: { matterId: filter?.matterId?.id },
      })),
    },
    { name: 'ExpenseConnection', description: 'A page of expenses.' },
    { name: 'ExpenseEdge', description: 'An expense in a page.' },
  ),
);

const CreateExpenseInput = builder.inputType('CreateExpenseInput', {
  description: 'An expense to record.',
  fields: (t) => ({
    matterId: t.globalID({ required: true, for: MatterRef, description: 'The matter.' }),
    date: t.field({ type: 'DateTime', required: true, description: 'The day it was incurred.' }),
    expenseCode: t.string({ required: true, description: 'UTBMS expense code, e.g. "E112".' }),
    description: t.string({ required: true, description: 'What it was.' }),
    quantity: t.string({ description: 'Quantity as a decimal string; defaults to "1".' }),
    unitCost: t.string({ required: true, description: 'Cost of one unit, e.g. "402.00".' }),
    receiptFileId: t.id({ description: 'A stored file holding the receipt.' }),
    billable: t.boolean({ description: 'Billed to the client; defaults to true.' }),
  }),
});

defineMutation('createExpense', {
  description: 'Records an expense on a matter as a DRAFT. Admins, attorneys, paralegals and billing staff.',
  input: CreateExpenseInput,
  payload: { description: 'The expense created by `createExpense`.', field: 'expense', type: ExpenseRef },
  resolve: async (input, ctx) => ({ expense: await createExpense(ctx, { ...input, matterId: input.matterId.id }) }),
});

const ApproveExpensesInput = builder.inputType('ApproveExpensesInput', {
  description: 'Expenses to approve.',
  fields: (t) => ({ ids: t.globalIDList({ required: true, for: ExpenseRef, description: 'The expenses, 1 to 500; all or none.' }) }),
});

defineMutation('approveExpenses', {
  description: 'Approves expenses for billing (up to 500). Admins and billing staff.',
  input: ApproveExpensesInput,
  payload: {
    description: 'The expenses approved by `approveExpenses`.',
    fields: (t: PayloadFields<{ expenses: unknown[] }>) => ({
      expenses: t.field({ type: [ExpenseRef], description: 'The expenses as they now are.', resolve: (p) => p.expenses as never }),
    }),
  },
  resolve: async (input, ctx) => ({ expenses: await approveExpenses(ctx, { ids: input.ids.map((g) => g.id) }) }),
});
