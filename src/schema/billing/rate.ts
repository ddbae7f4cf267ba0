import { builder } from '../../core/graphql/builder.ts';
import { listConnection } from '../../core/graphql/lists.ts';
import { moneyField } from '../../core/graphql/money.ts';
import { defineMutation } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import { FeeAgreementEntity, RateEntity } from '../../resolvers/billing/billing.entities.ts';
import { feeAgreementOf, setFeeAgreement } from '../../resolvers/billing/fee-agreements.ts';
import { rateList, setRate } from '../../resolvers/billing/rates.ts';
import { ClientRef, MatterRef } from '../cases/index.ts';
import { UserRef } from '../identity/index.ts';
import { FeeArrangementEnum } from './enums.ts';

export const RateRef = builder.prismaNode('Rate', {
  ...firmNode(RateEntity),
  description: "A timekeeper's hourly rate from a date on: the firm default, or an override for a client or a matter.",
  fields: (t) => ({
    rate: moneyField(t, 'rateMinor', 'The hourly rate.'),
    effectiveFrom: t.expose('effectiveFrom', { type: 'DateTime', description: 'The first day it applies.' }),
    timekeeper: t.relation('timekeeper', { description: 'Whose rate it is.' }),
    client: t.relation('client', { nullable: true, description: 'The client it applies to; null for the default or a matter override.' }),
    matter: t.relation('matter', { nullable: true, description: 'The matter it applies to; null unless a matter override.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was set.' }),
  }),
});

const RateFilter = builder.inputType('RateFilter', {
  description: 'Narrows the rate list.',
  fields: (t) => ({ timekeeperId: t.globalID({ for: UserRef, description: "Only this timekeeper's rates." }) }),
});

builder.queryField('rates', (t) =>
  t.prismaConnection(
    {
      type: 'Rate',
      cursor: 'id',
      description: 'Rates you may see (billing staff: all; timekeepers: their own), latest effective date first. At most 100 a page.',
      args: { filter: t.arg({ type: RateFilter, description: 'Only the rates that match.' }) },
      ...listConnection(rateList, ({ filter }: { filter?: { timekeeperId?: { id: string } | null } | null }) => ({
        filter: { timekeeperId: filter?.timekeeperId?.id },
      })),
    },
    { name: 'RateConnection', description: 'A page of rates.' },
    { name: 'RateEdge', description: 'A rate in a page.' },
  ),
);

const SetRateInput = builder.inputType('SetRateInput', {
  description: 'An hourly rate to put in force.',
  fields: (t) => ({
    timekeeperId: t.globalID({ required: true, for: UserRef, description: 'The timekeeper.' }),
    clientId: t.globalID({ for: ClientRef, description: 'Only for this client (an override).' }),
    matterId: t.globalID({ for: MatterRef, description: 'Only for this matter (an override); not with clientId.' }),
    rate: t.string({ required: true, description: 'Hourly rate as a decimal string, e.g. "350.00".' }),
    effectiveFrom: t.field({ type: 'DateTime', required: true, description: 'First day it applies (the date part counts).' }),
  }),
});

defineMutation('setRate', {
  description: 'Puts an hourly rate in force from a date. Admins and billing staff.',
  input: SetRateInput,
  payload: { description: 'The rate set by `setRate`.', field: 'rate', type: RateRef },
  resolve: async (input, ctx) => ({
    rate: await setRate(ctx, { ...input, timekeeperId: input.timekeeperId.id, clientId: input.clientId?.id, matterId: input.matterId?.id }),
  }),
});

export const FeeAgreementRef = builder.prismaNode('FeeAgreement', {
  ...firmNode(FeeAgreementEntity),
  description: "How a matter is charged for, with the agreement's terms.",
  fields: (t) => ({
    arrangement: t.expose('arrangement', { type: FeeArrangementEnum, description: 'Hourly, flat or contingency.' }),
    flatAmount: moneyField(t, 'flatAmountMinor', 'The flat fee; null unless FLAT.', true),
    contingencyPercent: t.string({
      nullable: true,
      description: 'The percentage of the recovery, e.g. "33.3333"; null unless CONTINGENCY.',
      resolve: (a) => a.contingencyPercent?.toFixed(4) ?? null,
    }),
    terms: t.exposeString('terms', { nullable: true, description: 'The terms as agreed.' }),
    budget: moneyField(t, 'budgetMinor', 'The budget agreed, if any.', true),
    matter: t.relation('matter', { description: 'The matter.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

const SetFeeAgreementInput = builder.inputType('SetFeeAgreementInput', {
  description: "A matter's fee agreement (replaces the current one).",
  fields: (t) => ({
    matterId: t.globalID({ required: true, for: MatterRef, description: 'The matter.' }),
    arrangement: t.field({ type: FeeArrangementEnum, required: true, description: 'Hourly, flat or contingency.' }),
    flatAmount: t.string({ description: 'Required for FLAT, e.g. "5000.00".' }),
    contingencyPercent: t.string({ description: 'Required for CONTINGENCY, e.g. "33.3333".' }),
    terms: t.string({ description: 'The terms text.' }),
    budget: t.string({ description: 'An optional budget, e.g. "25000.00".' }),
  }),
});

defineMutation('setFeeAgreement', {
  description: "Sets a matter's fee agreement. Admins and billing staff.",
  input: SetFeeAgreementInput,
  payload: { description: 'The agreement set by `setFeeAgreement`.', field: 'feeAgreement', type: FeeAgreementRef },
  resolve: async (input, ctx) => ({ feeAgreement: await setFeeAgreement(ctx, { ...input, matterId: input.matterId.id }) }),
});

builder.queryField('feeAgreement', (t) =>
  t.field({
    type: FeeAgreementRef,
    nullable: true,
    description: "A matter's fee agreement; null when it has none or you may not see the matter's billing.",
    args: { matterId: t.arg.globalID({ for: MatterRef, required: true, description: 'The matter.' }) },
    resolve: (_root, args, ctx) => feeAgreementOf(ctx, args.matterId.id),
  }),
);
