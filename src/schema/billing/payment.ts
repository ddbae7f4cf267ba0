import { builder } from '../../core/graphql/builder.ts';
import { listConnection } from '../../core/graphql/lists.ts';
import { moneyField } from '../../core/graphql/money.ts';
import { defineMutation } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import { toGlobalId } from '../../core/ids.ts';
import { PaymentEntity } from '../../resolvers/billing/billing.entities.ts';
import { paymentList, recordPayment, reversePayment } from '../../resolvers/billing/payments.ts';
import { ClientRef } from '../cases/index.ts';
import { PaymentMethodEnum } from './enums.ts';
import { InvoiceRef } from './invoice.ts';

builder.prismaObject('PaymentAllocation', {
  description: 'The part of a payment applied to one invoice.',
  fields: (t) => ({
    amount: moneyField(t, 'amountMinor', 'The amount applied.'),
    // An id rather than the invoice itself: `node(id:)` applies the invoice's own visibility.
    invoiceId: t.id({ description: 'The global ID of the invoice it paid.', resolve: (a) => toGlobalId('Invoice', a.invoiceId) }),
  }),
});

export const PaymentRef = builder.prismaNode('Payment', {
  ...firmNode(PaymentEntity),
  description: 'Money received from a client, allocated to invoices; the rest is client credit.',
  fields: (t) => ({
    amount: moneyField(t, 'amountMinor', 'The amount received.'),
    unallocated: moneyField(t, 'unallocatedMinor', 'The part not allocated to invoices: client credit (zero once reversed).'),
    method: t.expose('method', { type: PaymentMethodEnum, description: 'How it was paid.' }),
    receivedOn: t.expose('receivedOn', { type: 'DateTime', description: 'The day it was received.' }),
    reference: t.exposeString('reference', { nullable: true, description: 'Cheque number, wire reference.' }),
    reversedAt: t.expose('reversedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was reversed (bounced); null otherwise.',
    }),
    reversalReason: t.exposeString('reversalReason', { nullable: true, description: 'Why it was reversed.' }),
    client: t.relation('client', { description: 'The client who paid.' }),
    allocations: t.relatedConnection(
      'allocations',
      { cursor: 'id', description: 'How it was applied to invoices.', query: () => ({ orderBy: [{ id: 'asc' }] }) },
      { description: "A page of a payment's allocations." },
      { description: 'An allocation in the page.' },
    ),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
  }),
});

const PaymentFilter = builder.inputType('PaymentFilter', {
  description: 'Narrows the payment list.',
  fields: (t) => ({ clientId: t.globalID({ for: ClientRef, description: 'Only this client.' }) }),
});

builder.queryField('payments', (t) =>
  t.prismaConnection(
    {
      type: 'Payment',
      cursor: 'id',
      description: 'Payments you may see, latest received first. At most 100 a page.',
      args: { filter: t.arg({ type: PaymentFilter, description: 'Only the payments that match.' }) },
      ...listConnection(paymentList, ({ filter }: { filter?: { clientId?: { id: string } | null } | null }) => ({
        filter: { clientId: filter?.clientId?.id },
      })),
    },
    { name: 'PaymentConnection', description: 'A page of payments.' },
    { name: 'PaymentEdge', description: 'A payment in a page.' },
  ),
);

const AllocationInput = builder.inputType('PaymentAllocationInput', {
  description: 'Part of a payment applied to one invoice.',
  fields: (t) => ({
    invoiceId: t.globalID({ required: true, for: InvoiceRef, description: "One of the client's issued invoices." }),
    amount: t.string({ required: true, description: 'The amount applied, e.g. "500.00" (at most its open balance).' }),
  }),
});

const RecordPaymentInput = builder.inputType('RecordPaymentInput', {
  description: 'A payment received.',
  fields: (t) => ({
    clientId: t.globalID({ required: true, for: ClientRef, description: 'The client who paid.' }),
    amount: t.string({ required: true, description: 'The amount received, e.g. "1250.00".' }),
    method: t.field({ type: PaymentMethodEnum, required: true, description: 'How it was paid.' }),
    receivedOn: t.field({ type: 'DateTime', required: true, description: 'The day it was received.' }),
    reference: t.string({ description: 'Cheque number, wire reference.' }),
    allocations: t.field({ type: [AllocationInput], description: 'How it is applied to invoices; the rest becomes client credit.' }),
  }),
});

defineMutation('recordPayment', {
  description: "Records a client's payment and allocates it to invoices. Admins and billing staff.",
  input: RecordPaymentInput,
  payload: { description: 'The payment recorded by `recordPayment`.', field: 'payment', type: PaymentRef },
  resolve: async (input, ctx) => ({
    payment: await recordPayment(ctx, {
      ...input,
      clientId: input.clientId.id,
      allocations: input.allocations?.map((a) => ({ invoiceId: a.invoiceId.id, amount: a.amount })),
    }),
  }),
});

const ReversePaymentInput = builder.inputType('ReversePaymentInput', {
  description: 'A payment to reverse.',
  fields: (t) => ({
    paymentId: t.globalID({ required: true, for: PaymentRef, description: 'The payment.' }),
    reason: t.string({ required: true, description: 'Why, e.g. "Cheque returned unpaid".' }),
  }),
});

defineMutation('reversePayment', {
  description: 'Reverses a payment (a bounced cheque): its invoices reopen; the payment stays on record. Admins and billing staff.',
  input: ReversePaymentInput,
  payload: { description: 'The payment after `reversePayment`.', field: 'payment', type: PaymentRef },
  resolve: async (input, ctx) => ({ payment: await reversePayment(ctx, { paymentId: input.paymentId.id, reason: input.reason }) }),
});
