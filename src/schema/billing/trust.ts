import { builder } from '../../core/graphql/builder.ts';
import { ErrorInterface } from '../../core/graphql/errors.ts';
import { listConnection } from '../../core/graphql/lists.ts';
import { MoneyRef, moneyField } from '../../core/graphql/money.ts';
import { defineMutation, type PayloadFields } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import type { Invoice, TrustLedgerEntry } from '../../generated/prisma/client.ts';
import { TrustAccountEntity, TrustLedgerEntryEntity } from '../../resolvers/billing/billing.entities.ts';
import {
  createTrustAccount,
  depositToTrust,
  disburseFromTrust,
  InsufficientTrustFundsError,
  reverseTrustEntry,
  trustAccountList,
  trustEntryList,
} from '../../resolvers/billing/trust.ts';
import { applyTrustToInvoice } from '../../resolvers/billing/trust-apply.ts';
import { type TrustReconciliation, trustReconciliation } from '../../resolvers/billing/trust-reconciliation.ts';
import { ClientRef, MatterRef } from '../cases/index.ts';
import { TrustEntryKindEnum } from './enums.ts';
import { InvoiceRef } from './invoice.ts';

builder.objectType(InsufficientTrustFundsError, {
  name: 'InsufficientTrustFundsError',
  description: "The client's (or matter's) trust balance does not cover the amount; nothing was written.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InsufficientTrustFundsError,
  fields: (t) => ({
    available: t.field({
      type: MoneyRef,
      description: 'What the ledger holds.',
      resolve: (e) => ({ minor: e.availableMinor, currency: e.currency }),
    }),
    requested: t.field({
      type: MoneyRef,
      description: 'The amount asked for.',
      resolve: (e) => ({ minor: e.requestedMinor, currency: e.currency }),
    }),
  }),
});

export const TrustAccountRef = builder.prismaNode('TrustAccount', {
  ...firmNode(TrustAccountEntity),
  description: 'A pooled client trust (IOLTA) bank account of the firm.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its name in the firm, e.g. "IOLTA – First Bank".' }),
    bankName: t.exposeString('bankName', { description: 'The bank holding it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was added.' }),
  }),
});

export const TrustLedgerEntryRef = builder.prismaNode('TrustLedgerEntry', {
  ...firmNode(TrustLedgerEntryEntity),
  description: 'A line of a trust ledger (append-only: corrections are REVERSAL entries).',
  fields: (t) => ({
    kind: t.expose('kind', { type: TrustEntryKindEnum, description: 'Deposit, disbursement, transfer or reversal.' }),
    amount: moneyField(t, 'amountMinor', 'Signed: deposits positive, money out negative.'),
    occurredOn: t.expose('occurredOn', { type: 'DateTime', description: 'The day of the movement.' }),
    payee: t.exposeString('payee', { nullable: true, description: 'Who was paid (disbursements).' }),
    reference: t.exposeString('reference', { nullable: true, description: 'Cheque number, wire reference or reason.' }),
    account: t.relation('account', { description: 'The trust account.' }),
    client: t.relation('client', { description: 'The client whose ledger it is on.' }),
    matter: t.relation('matter', { nullable: true, description: 'The matter sub-ledger, if any.' }),
    invoice: t.relation('invoice', { nullable: true, description: 'The invoice paid (transfers to operating).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
  }),
});

builder.queryField('trustAccounts', (t) =>
  t.prismaConnection(
    {
      type: 'TrustAccount',
      cursor: 'id',
      description: "The firm's trust accounts, oldest first. At most 100 a page.",
      ...listConnection(trustAccountList, (_args: object): Record<string, never> => ({})),
    },
    { name: 'TrustAccountConnection', description: 'A page of trust accounts.' },
    { name: 'TrustAccountEdge', description: 'A trust account in a page.' },
  ),
);

const TrustEntryFilter = builder.inputType('TrustLedgerEntryFilter', {
  description: 'Narrows the trust ledger.',
  fields: (t) => ({
    accountId: t.globalID({ for: TrustAccountRef, description: 'Only this account.' }),
    clientId: t.globalID({ for: ClientRef, description: "Only this client's ledger." }),
    matterId: t.globalID({ for: MatterRef, description: "Only this matter's sub-ledger." }),
  }),
});

type Gid = { id: string } | null | undefined;

builder.queryField('trustLedger', (t) =>
  t.prismaConnection(
    {
      type: 'TrustLedgerEntry',
      cursor: 'id',
      description:
        "Trust ledger entries you may see (billing staff and read-only: all; others: their matters'), newest first. At most 100 a page.",
      args: { filter: t.arg({ type: TrustEntryFilter, description: 'Only the entries that match every condition given.' }) },
      ...listConnection(trustEntryList, ({ filter }: { filter?: { accountId?: Gid; clientId?: Gid; matterId?: Gid } | null }) => ({
        filter: { accountId: filter?.accountId?.id, clientId: filter?.clientId?.id, matterId: filter?.matterId?.id },
      })),
    },
    { name: 'TrustLedgerEntryConnection', description: 'A page of trust ledger entries.' },
    { name: 'TrustLedgerEntryEdge', description: 'A trust ledger entry in a page.' },
  ),
);

const ClientLedgerRef = builder
  .objectRef<{ clientId: string; balanceMinor: bigint; currency: string }>('ClientTrustLedgerBalance')
  .implement({
    description: "One client's ledger balance in a reconciliation.",
    fields: (t) => ({
      clientId: t.id({ description: 'The client (global ID).', resolve: (c) => Buffer.from(`Client:${c.clientId}`).toString('base64') }),
      balance: t.field({ type: MoneyRef, description: 'Its balance.', resolve: (c) => ({ minor: c.balanceMinor, currency: c.currency }) }),
    }),
  });

const money = (r: TrustReconciliation, minor: bigint) => ({ minor, currency: r.currency });

const ReconciliationRef = builder.objectRef<TrustReconciliation>('TrustReconciliation').implement({
  description: 'A three-way reconciliation: bank statement, book balance and the sum of client ledgers, with their differences.',
  fields: (t) => ({
    statementDate: t.expose('statementDate', { type: 'DateTime', description: 'The statement date.' }),
    statementBalance: t.field({
      type: MoneyRef,
      description: 'The bank statement balance given.',
      resolve: (r) => money(r, r.statementBalanceMinor),
    }),
    bookBalance: t.field({
      type: MoneyRef,
      description: 'Every ledger entry up to the date.',
      resolve: (r) => money(r, r.bookBalanceMinor),
    }),
    clientLedgersTotal: t.field({
      type: MoneyRef,
      description: 'The client ledgers, summed.',
      resolve: (r) => money(r, r.clientLedgersMinor),
    }),
    bankMinusBook: t.field({
      type: MoneyRef,
      description: 'Statement − book.',
      resolve: (r) => money(r, r.statementBalanceMinor - r.bookBalanceMinor),
    }),
    bookMinusClientLedgers: t.field({
      type: MoneyRef,
      description: 'Book − client ledgers.',
      resolve: (r) => money(r, r.bookBalanceMinor - r.clientLedgersMinor),
    }),
    balanced: t.boolean({
      description: 'All three agree and no client ledger is negative.',
      resolve: (r) =>
        r.statementBalanceMinor === r.bookBalanceMinor && r.bookBalanceMinor === r.clientLedgersMinor && r.negativeClientIds.length === 0,
    }),
    clients: t.field({
      type: [ClientLedgerRef],
      description: 'Each client ledger with a movement up to the date.',
      resolve: (r) => r.clients.map((c) => ({ ...c, currency: r.currency })),
    }),
  }),
});

builder.queryField('trustReconciliation', (t) =>
  t.field({
    type: ReconciliationRef,
    description: 'The three-way reconciliation of a trust account at a statement date. Admins and billing staff.',
    args: {
      accountId: t.arg.globalID({ required: true, for: TrustAccountRef, description: 'The trust account.' }),
      statementDate: t.arg({ type: 'DateTime', required: true, description: 'The bank statement date.' }),
      statementBalance: t.arg.string({ required: true, description: 'The bank statement balance, e.g. "10500.00".' }),
    },
    resolve: (_root, args, ctx) => trustReconciliation(ctx, { ...args, accountId: args.accountId.id }),
  }),
);

const CreateTrustAccountInput = builder.inputType('CreateTrustAccountInput', {
  description: 'A trust account to add.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name in the firm.' }),
    bankName: t.string({ required: true, description: 'The bank holding it.' }),
  }),
});

defineMutation('createTrustAccount', {
  description: 'Adds a trust (IOLTA) account. Admins and billing staff.',
  input: CreateTrustAccountInput,
  payload: { description: 'The account added by `createTrustAccount`.', field: 'trustAccount', type: TrustAccountRef },
  resolve: async (input, ctx) => ({ trustAccount: await createTrustAccount(ctx, input) }),
});

const DepositToTrustInput = builder.inputType('DepositToTrustInput', {
  description: 'Client money received into trust.',
  fields: (t) => ({
    accountId: t.globalID({ required: true, for: TrustAccountRef, description: 'The trust account.' }),
    clientId: t.globalID({ required: true, for: ClientRef, description: 'The client.' }),
    matterId: t.globalID({ for: MatterRef, description: "One of the client's matters (a sub-ledger)." }),
    amount: t.string({ required: true, description: 'The amount, e.g. "5000.00".' }),
    receivedOn: t.field({ type: 'DateTime', required: true, description: 'The day it was received.' }),
    reference: t.string({ description: 'Cheque number, wire reference.' }),
  }),
});

const entryPayload = (name: string) => ({
  description: `The ledger entry recorded by \`${name}\`.`,
  field: 'entry' as const,
  type: TrustLedgerEntryRef,
});

defineMutation('depositToTrust', {
  description: "Deposits client money to trust, on the client's (and matter's) ledger. Admins and billing staff.",
  input: DepositToTrustInput,
  payload: entryPayload('depositToTrust'),
  resolve: async (input, ctx) => ({
    entry: await depositToTrust(ctx, {
      ...input,
      accountId: input.accountId.id,
      clientId: input.clientId.id,
      matterId: input.matterId?.id,
    }),
  }),
});

const DisburseFromTrustInput = builder.inputType('DisburseFromTrustInput', {
  description: 'Client money paid out of trust.',
  fields: (t) => ({
    accountId: t.globalID({ required: true, for: TrustAccountRef, description: 'The trust account.' }),
    clientId: t.globalID({ required: true, for: ClientRef, description: 'The client.' }),
    matterId: t.globalID({ for: MatterRef, description: "One of the client's matters (its sub-ledger must cover the amount)." }),
    amount: t.string({ required: true, description: 'The amount, e.g. "250.00".' }),
    paidOn: t.field({ type: 'DateTime', required: true, description: 'The day it was paid.' }),
    payee: t.string({ required: true, description: 'Who is paid.' }),
    reference: t.string({ description: 'Cheque number, wire reference.' }),
  }),
});

defineMutation('disburseFromTrust', {
  description: 'Pays client money out of trust; never below zero. Admins and billing staff.',
  input: DisburseFromTrustInput,
  errors: [InsufficientTrustFundsError],
  payload: entryPayload('disburseFromTrust'),
  resolve: async (input, ctx) => ({
    entry: await disburseFromTrust(ctx, {
      ...input,
      accountId: input.accountId.id,
      clientId: input.clientId.id,
      matterId: input.matterId?.id,
    }),
  }),
});

const ReverseTrustEntryInput = builder.inputType('ReverseTrustEntryInput', {
  description: 'A ledger entry to correct.',
  fields: (t) => ({
    entryId: t.globalID({ required: true, for: TrustLedgerEntryRef, description: 'The entry.' }),
    reason: t.string({ required: true, description: 'Why it is reversed.' }),
  }),
});

defineMutation('reverseTrustEntry', {
  description: 'Corrects a trust ledger entry with a reversing entry (entries never change). Admins and billing staff.',
  input: ReverseTrustEntryInput,
  errors: [InsufficientTrustFundsError],
  payload: entryPayload('reverseTrustEntry'),
  resolve: async (input, ctx) => ({ entry: await reverseTrustEntry(ctx, { entryId: input.entryId.id, reason: input.reason }) }),
});

const ApplyTrustToInvoiceInput = builder.inputType('ApplyTrustToInvoiceInput', {
  description: 'Trust money to transfer to operating in payment of an invoice.',
  fields: (t) => ({
    accountId: t.globalID({ required: true, for: TrustAccountRef, description: 'The trust account.' }),
    invoiceId: t.globalID({ required: true, for: InvoiceRef, description: 'The issued invoice.' }),
    matterId: t.globalID({ for: MatterRef, description: 'Take it from this matter sub-ledger.' }),
    amount: t.string({ required: true, description: 'The amount, e.g. "1200.00".' }),
    appliedOn: t.field({ type: 'DateTime', description: 'The day of the transfer; defaults to today.' }),
  }),
});

defineMutation('applyTrustToInvoice', {
  description: "Pays an invoice from its client's trust money (a transfer to operating and a TRUST payment). Admins and billing staff.",
  input: ApplyTrustToInvoiceInput,
  errors: [InsufficientTrustFundsError],
  payload: {
    description: 'The transfer and the invoice after `applyTrustToInvoice`.',
    fields: (t: PayloadFields<{ entry: TrustLedgerEntry; invoice: Invoice }>) => ({
      entry: t.field({ type: TrustLedgerEntryRef, description: 'The transfer entry.', resolve: (p) => p.entry }),
      invoice: t.field({ type: InvoiceRef, description: 'The invoice as it now stands.', resolve: (p) => p.invoice }),
    }),
  },
  resolve: (input, ctx) =>
    applyTrustToInvoice(ctx, { ...input, accountId: input.accountId.id, invoiceId: input.invoiceId.id, matterId: input.matterId?.id }),
});
