import { builder } from '../../core/graphql/builder.ts';
import { listConnection } from '../../core/graphql/lists.ts';
import { MoneyRef, moneyField } from '../../core/graphql/money.ts';
import { defineMutation } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import type { InvoiceStatus } from '../../generated/prisma/enums.ts';
import { InvoiceEntity, InvoiceLineEntity } from '../../resolvers/billing/billing.entities.ts';
import { invoiceLabel } from '../../resolvers/billing/invoice-document.ts';
import { issueInvoice, voidInvoice } from '../../resolvers/billing/invoice-issue.ts';
import { sendInvoice } from '../../resolvers/billing/invoice-send.ts';
import { adjustInvoice, generateInvoice, invoiceList } from '../../resolvers/billing/invoices.ts';
import { ClientRef, MatterRef } from '../cases/index.ts';
import { InvoiceLineKindEnum, InvoiceStatusEnum } from './enums.ts';

const day = 'DateTime' as const;

builder.prismaNode('InvoiceLine', {
  ...firmNode(InvoiceLineEntity),
  description: 'A fee or expense on an invoice, with its share of the adjustments, each rounded on the line.',
  fields: (t) => ({
    position: t.exposeInt('position', { description: 'Its place on the invoice, from 0.' }),
    kind: t.expose('kind', { type: InvoiceLineKindEnum, description: 'Fee or expense.' }),
    date: t.expose('date', { type: day, description: 'The day of the work or expense.' }),
    description: t.exposeString('description', { description: 'Narrative or expense description.' }),
    taskCode: t.exposeString('taskCode', { nullable: true, description: 'UTBMS task code (fees).' }),
    activityCode: t.exposeString('activityCode', { nullable: true, description: 'UTBMS activity code (fees).' }),
    expenseCode: t.exposeString('expenseCode', { nullable: true, description: 'UTBMS expense code (expenses).' }),
    quantity: t.string({ description: 'Hours (fees) or quantity (expenses) as a decimal string.', resolve: (l) => l.quantity.toString() }),
    unitPrice: moneyField(t, 'unitMinor', 'Hourly rate or unit cost.'),
    amount: moneyField(t, 'amountMinor', 'Before adjustments.'),
    lineDiscount: moneyField(t, 'lineDiscountMinor', 'Discount on this line alone.'),
    invoiceDiscount: moneyField(t, 'invoiceDiscountMinor', "This line's share of the invoice discount."),
    tax: moneyField(t, 'taxMinor', "This line's tax."),
    total: moneyField(t, 'totalMinor', 'Amount − discounts + tax.'),
  }),
});

export const InvoiceRef = builder.prismaNode('Invoice', {
  ...firmNode(InvoiceEntity),
  description: 'An invoice for a matter.',
  fields: (t) => ({
    number: t.exposeInt('number', { nullable: true, description: "The firm's invoice number (consecutive, no gaps); null while DRAFT." }),
    label: t.string({
      description: 'The printed number, e.g. "INV-000042" ("DRAFT" before issue).',
      resolve: (i) => invoiceLabel(i.number),
    }),
    status: t.expose('status', { type: InvoiceStatusEnum, description: 'Draft, issued, partly paid, paid or void.' }),
    periodEnd: t.expose('periodEnd', { type: day, description: 'Items dated up to this day are included.' }),
    issuedOn: t.expose('issuedOn', { type: day, nullable: true, description: 'The issue date.' }),
    dueOn: t.expose('dueOn', { type: day, nullable: true, description: 'The due date (issue date + payment terms).' }),
    discountPercent: t.string({
      description: 'Invoice discount in percent, e.g. "10.0000".',
      resolve: (i) => i.discountPercent.toFixed(4),
    }),
    taxPercent: t.string({ description: 'Tax rate in percent, e.g. "8.8750".', resolve: (i) => i.taxPercent.toFixed(4) }),
    fees: moneyField(t, 'feesMinor', 'Fees before adjustments.'),
    expenses: moneyField(t, 'expensesMinor', 'Expenses before adjustments.'),
    discount: moneyField(t, 'discountMinor', 'All discounts (line and invoice).'),
    tax: moneyField(t, 'taxMinor', 'Tax.'),
    total: moneyField(t, 'totalMinor', 'The amount due: the sum of the line totals.'),
    paid: moneyField(t, 'paidMinor', 'Paid so far.'),
    balance: t.field({
      type: MoneyRef,
      description: 'Still open: total − paid.',
      resolve: (i) => ({ minor: i.totalMinor - i.paidMinor, currency: i.currency }),
    }),
    pdfJobId: t.exposeString('pdfJobId', {
      nullable: true,
      description: 'The render_pdf job of the issued invoice; its result names the PDF file.',
    }),
    ledesPath: t.string({
      description: 'Where to download it as LEDES 1998B, with your bearer token.',
      resolve: (i) => `/invoices/${i.id}/ledes`,
    }),
    client: t.relation('client', { description: 'The client billed.' }),
    matter: t.relation('matter', { description: 'The matter billed.' }),
    lines: t.relatedConnection(
      'lines',
      { cursor: 'id', description: 'The lines, in order.', query: () => ({ orderBy: [{ position: 'asc' }, { id: 'asc' }] }) },
      { description: 'A page of invoice lines.' },
      { description: 'An invoice line in a page.' },
    ),
    createdAt: t.expose('createdAt', { type: day, description: 'When the draft was generated.' }),
    updatedAt: t.expose('updatedAt', { type: day, description: 'When it last changed.' }),
  }),
});

const InvoiceFilter = builder.inputType('InvoiceFilter', {
  description: 'Narrows the invoice list.',
  fields: (t) => ({
    status: t.field({ type: InvoiceStatusEnum, description: 'Only this status.' }),
    clientId: t.globalID({ for: ClientRef, description: 'Only this client.' }),
    matterId: t.globalID({ for: MatterRef, description: 'Only this matter.' }),
  }),
});

interface InvoiceFilterArgs {
  status?: InvoiceStatus | null;
  clientId?: { id: string } | null;
  matterId?: { id: string } | null;
}

builder.queryField('invoices', (t) =>
  t.prismaConnection(
    {
      type: 'Invoice',
      cursor: 'id',
      description: "Invoices you may see (billing staff and read-only: all; others: their matters'), newest first. At most 100 a page.",
      args: { filter: t.arg({ type: InvoiceFilter, description: 'Only the invoices that match every condition given.' }) },
      ...listConnection(invoiceList, ({ filter }: { filter?: InvoiceFilterArgs | null }) => ({
        filter: filter && { status: filter.status, clientId: filter.clientId?.id, matterId: filter.matterId?.id },
      })),
    },
    { name: 'InvoiceConnection', description: 'A page of invoices.' },
    { name: 'InvoiceEdge', description: 'An invoice in a page.' },
  ),
);

const invoicePayload = (name: string) => ({ description: `The invoice after \`${name}\`.`, field: 'invoice' as const, type: InvoiceRef });

const GenerateInvoiceInput = builder.inputType('GenerateInvoiceInput', {
  description: "What to gather into a draft invoice: a matter's approved, unbilled items up to a date.",
  fields: (t) => ({
    matterId: t.globalID({ required: true, for: MatterRef, description: 'The matter.' }),
    periodEnd: t.field({ type: day, required: true, description: 'Include items dated up to this day.' }),
    includeTime: t.boolean({ description: 'Include time; defaults to true.' }),
    includeExpenses: t.boolean({ description: 'Include expenses; defaults to true.' }),
    discountPercent: t.string({ description: 'Invoice discount in percent, e.g. "10"; defaults to 0.' }),
    taxPercent: t.string({ description: 'Tax rate in percent, e.g. "8.875"; defaults to 0.' }),
  }),
});

defineMutation('generateInvoice', {
  description: "Gathers a matter's approved, unbilled time and expenses into a DRAFT invoice. Admins and billing staff.",
  input: GenerateInvoiceInput,
  payload: invoicePayload('generateInvoice'),
  resolve: async (input, ctx) => ({ invoice: await generateInvoice(ctx, { ...input, matterId: input.matterId.id }) }),
});

const LineDiscountInput = builder.inputType('InvoiceLineDiscountInput', {
  description: 'A discount on one line.',
  fields: (t) => ({
    lineId: t.globalID({ required: true, description: 'The invoice line.' }),
    amount: t.string({ required: true, description: 'The discount, e.g. "25.00" (at most the line amount).' }),
  }),
});

const AdjustInvoiceInput = builder.inputType('AdjustInvoiceInput', {
  description: 'Adjustments to a draft invoice; omitted ones keep their values.',
  fields: (t) => ({
    invoiceId: t.globalID({ required: true, for: InvoiceRef, description: 'The draft invoice.' }),
    discountPercent: t.string({ description: 'Invoice discount in percent.' }),
    taxPercent: t.string({ description: 'Tax rate in percent.' }),
    lineDiscounts: t.field({ type: [LineDiscountInput], description: 'Discounts on single lines.' }),
  }),
});

defineMutation('adjustInvoice', {
  description: 'Adjusts a DRAFT invoice (discounts, tax); totals are recomputed. Admins and billing staff.',
  input: AdjustInvoiceInput,
  payload: invoicePayload('adjustInvoice'),
  resolve: async (input, ctx) => ({
    invoice: await adjustInvoice(ctx, {
      ...input,
      invoiceId: input.invoiceId.id,
      lineDiscounts: input.lineDiscounts?.map((d) => ({ lineId: d.lineId.id, amount: d.amount })),
    }),
  }),
});

const IssueInvoiceInput = builder.inputType('IssueInvoiceInput', {
  description: 'The draft invoice to issue.',
  fields: (t) => ({
    invoiceId: t.globalID({ required: true, for: InvoiceRef, description: 'The draft invoice.' }),
    issuedOn: t.field({ type: day, description: 'The issue date; defaults to today.' }),
  }),
});

defineMutation('issueInvoice', {
  description: "Issues a draft invoice with the firm's next number, sets its due date and renders its PDF. Admins and billing staff.",
  input: IssueInvoiceInput,
  payload: invoicePayload('issueInvoice'),
  resolve: async (input, ctx) => ({ invoice: await issueInvoice(ctx, { ...input, invoiceId: input.invoiceId.id }) }),
});

const InvoiceIdInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({ invoiceId: t.globalID({ required: true, for: InvoiceRef, description: 'The invoice.' }) }),
  });

defineMutation('voidInvoice', {
  description: 'Voids an unpaid invoice: its items are unbilled again; an issued number is kept. Admins and billing staff.',
  input: InvoiceIdInput('VoidInvoiceInput', 'The invoice to void.'),
  payload: invoicePayload('voidInvoice'),
  resolve: async (input, ctx) => ({ invoice: await voidInvoice(ctx, { invoiceId: input.invoiceId.id }) }),
});

const SendInvoiceInput = builder.inputType('SendInvoiceInput', {
  description: 'The issued invoice to email.',
  fields: (t) => ({
    invoiceId: t.globalID({ required: true, for: InvoiceRef, description: 'The issued invoice.' }),
    to: t.string({ description: "Recipient address; defaults to the client's email." }),
  }),
});

defineMutation('sendInvoice', {
  description: 'Emails an issued invoice with its PDF attached (once the PDF is rendered). Admins and billing staff.',
  input: SendInvoiceInput,
  payload: invoicePayload('sendInvoice'),
  resolve: async (input, ctx) => ({ invoice: await sendInvoice(ctx, { ...input, invoiceId: input.invoiceId.id }) }),
});
