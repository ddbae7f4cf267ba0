import { builder } from '../../core/graphql/builder.ts';
import { MoneyRef } from '../../core/graphql/money.ts';
import { toGlobalId } from '../../core/ids.ts';
import {
  type ArAgingRow,
  arAging,
  type Figure,
  GROUP_TYPES,
  MAX_FIGURE_ROWS,
  type RealizationRow,
  realization,
  type UtilisationRow,
  utilisation,
  type WipRow,
  wip,
} from '../../resolvers/billing/figures.ts';

type Row<R> = R & { currency: string; type: string };
const withCurrency = <R>(figure: Figure<R>, type: string): Row<R>[] => figure.rows.map((r) => ({ ...r, currency: figure.currency, type }));

const FIRST = `At most this many groups, the largest first: 1 to ${MAX_FIGURE_ROWS}, default 100.`;

const GroupingEnum = builder.enumType('BillingGrouping', {
  description: 'What a billing figure is broken down by.',
  values: {
    MATTER: { description: 'By matter.' },
    CLIENT: { description: 'By client (not for realization).' },
    TIMEKEEPER: { description: 'By timekeeper (not for AR aging; WIP by timekeeper counts time only).' },
  },
});

// biome-ignore lint/suspicious/noExplicitAny: the field builder of each row type
const keyFields = (t: any) => ({
  key: t.id({
    description: 'The global ID of the matter, client or user.',
    resolve: (r: Row<{ key: string }>) => toGlobalId(r.type, r.key),
  }),
  name: t.exposeString('name', { description: 'Its name (matter number and title, client or user name).' }),
});
// biome-ignore lint/suspicious/noExplicitAny: the field builder of each row type
const money = (t: any, column: string, description: string) =>
  t.field({
    type: MoneyRef,
    description,
    resolve: (r: Record<string, unknown> & { currency: string }) => ({ minor: r[column], currency: r.currency }),
  });

const WipRowRef = builder.objectRef<Row<WipRow>>('WipRow').implement({
  description: 'Work in progress of one matter, client or timekeeper: approved or pending, unbilled, billable.',
  fields: (t) => ({
    ...keyFields(t),
    fees: money(t, 'feesMinor', 'Unbilled time at its frozen rates.'),
    expenses: money(t, 'expensesMinor', 'Unbilled expenses.'),
    hours: t.string({ description: 'Unbilled billed hours, two decimals.', resolve: (r) => (Number(r.billedMinutes) / 60).toFixed(2) }),
  }),
});

builder.queryField('wip', (t) =>
  t.field({
    type: [WipRowRef],
    description:
      'Work in progress by matter (default), client or timekeeper, largest first; computed in SQL. Admins, billing and read-only staff.',
    args: {
      groupBy: t.arg({ type: GroupingEnum, description: 'The breakdown; defaults to MATTER.' }),
      first: t.arg.int({ description: FIRST }),
    },
    resolve: async (_root, args, ctx) => {
      const groupBy = args.groupBy ?? 'MATTER';
      return withCurrency(await wip(ctx, { groupBy, first: args.first }), GROUP_TYPES[groupBy]);
    },
  }),
);

const ArAgingRowRef = builder.objectRef<Row<ArAgingRow>>('ArAgingRow').implement({
  description: 'Open invoice balances of one client or matter by days past due.',
  fields: (t) => ({
    ...keyFields(t),
    current: money(t, 'currentMinor', 'Not yet due.'),
    days1To30: money(t, 'days1To30Minor', '1-30 days past due.'),
    days31To60: money(t, 'days31To60Minor', '31-60 days past due.'),
    days61To90: money(t, 'days61To90Minor', '61-90 days past due.'),
    over90: money(t, 'over90Minor', 'More than 90 days past due.'),
    total: money(t, 'totalMinor', 'All open balances.'),
  }),
});

builder.queryField('arAging', (t) =>
  t.field({
    type: [ArAgingRowRef],
    description:
      'Accounts receivable aging by client (default) or matter, largest first; computed in SQL. Admins, billing and read-only staff.',
    args: {
      asOf: t.arg({ type: 'DateTime', description: 'The day to age at; defaults to today.' }),
      groupBy: t.arg({ type: GroupingEnum, description: 'CLIENT (default) or MATTER.' }),
      first: t.arg.int({ description: FIRST }),
    },
    resolve: async (_root, args, ctx) => {
      const groupBy = args.groupBy === 'MATTER' ? 'MATTER' : 'CLIENT';
      return withCurrency(await arAging(ctx, { asOf: args.asOf, groupBy, first: args.first }), GROUP_TYPES[groupBy]);
    },
  }),
);

const RealizationRowRef = builder.objectRef<Row<RealizationRow>>('RealizationRow').implement({
  description: 'Realization of the work of one timekeeper or matter in a period.',
  fields: (t) => ({
    ...keyFields(t),
    worked: money(t, 'workedMinor', 'Billable time at its frozen rates.'),
    billed: money(t, 'billedMinor', 'What of it is on issued invoices (after adjustments).'),
    collected: money(t, 'collectedMinor', "Its lines' share of the payments received."),
    billingRealization: t.exposeString('billingRealization', { nullable: true, description: 'Billed ÷ worked, e.g. "0.9500".' }),
    collectionRealization: t.exposeString('collectionRealization', { nullable: true, description: 'Collected ÷ billed.' }),
  }),
});

builder.queryField('realization', (t) =>
  t.field({
    type: [RealizationRowRef],
    description:
      'Realization (billed ÷ worked, collected ÷ billed) of work dated in a period, by timekeeper (default) or matter; computed in SQL.',
    args: {
      from: t.arg({ type: 'DateTime', required: true, description: 'First day of the period.' }),
      to: t.arg({ type: 'DateTime', required: true, description: 'Last day of the period.' }),
      groupBy: t.arg({ type: GroupingEnum, description: 'TIMEKEEPER (default) or MATTER.' }),
      first: t.arg.int({ description: FIRST }),
    },
    resolve: async (_root, args, ctx) => {
      const groupBy = args.groupBy === 'MATTER' ? 'MATTER' : 'TIMEKEEPER';
      return withCurrency(await realization(ctx, { from: args.from, to: args.to, groupBy, first: args.first }), GROUP_TYPES[groupBy]);
    },
  }),
);

const UtilisationRowRef = builder.objectRef<Row<UtilisationRow>>('UtilisationRow').implement({
  description: "One timekeeper's billable hours against the target.",
  fields: (t) => ({
    ...keyFields(t),
    billableHours: t.string({ description: 'Billable hours, two decimals.', resolve: (r) => (Number(r.billableMinutes) / 60).toFixed(2) }),
    targetHours: t.string({ description: 'Target hours, two decimals.', resolve: (r) => (Number(r.targetMinutes) / 60).toFixed(2) }),
    utilisation: t.exposeString('utilisation', { nullable: true, description: 'Billable ÷ target, e.g. "0.8125".' }),
  }),
});

builder.queryField('utilisation', (t) =>
  t.field({
    type: [UtilisationRowRef],
    description: 'Billable hours of each timekeeper in a period against a daily target on weekdays; computed in SQL.',
    args: {
      from: t.arg({ type: 'DateTime', required: true, description: 'First day of the period.' }),
      to: t.arg({ type: 'DateTime', required: true, description: 'Last day of the period.' }),
      targetHoursPerDay: t.arg.float({ description: 'Target billable hours per weekday; defaults to 6.' }),
      first: t.arg.int({ description: FIRST }),
    },
    resolve: async (_root, args, ctx) => withCurrency(await utilisation(ctx, args), 'User'),
  }),
);
