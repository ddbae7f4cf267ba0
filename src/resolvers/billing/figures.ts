import { z } from 'zod';
import { requireRole } from '../../core/access.ts';
import type { Context } from '../../core/context.ts';
import type { LiveFigure } from '../../core/domain.ts';
import { formatMoney } from '../../core/money.ts';
import { parseInput } from '../../core/validation.ts';
import type { PrismaClient } from '../../db/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { Role } from '../../generated/prisma/enums.ts';
import { Day, today } from './billing.input.ts';
import { billingSettings } from './settings.ts';

/**
 * Billing analytics, each ONE aggregate SQL statement (never rows summed in JavaScript): the one
 * home of WIP, AR aging, realization and utilisation, for the API, the dashboard and analytics.
 */

/** Roles that read the firm's billing figures. */
const FIGURE_READERS: readonly Role[] = ['ADMIN', 'BILLING', 'READ_ONLY'];

export type WipGrouping = 'MATTER' | 'CLIENT' | 'TIMEKEEPER';
export type ArGrouping = 'MATTER' | 'CLIENT';
export type RealizationGrouping = 'MATTER' | 'TIMEKEEPER';

/** The type of a figure row's `key` for each grouping: the node it names. */
export const GROUP_TYPES = { MATTER: 'Matter', CLIENT: 'Client', TIMEKEEPER: 'User' } as const;

export interface WipRow {
  key: string;
  name: string;
  feesMinor: string;
  expensesMinor: string;
  billedMinutes: string;
}

export interface ArAgingRow {
  key: string;
  name: string;
  currentMinor: string;
  days1To30Minor: string;
  days31To60Minor: string;
  days61To90Minor: string;
  over90Minor: string;
  totalMinor: string;
}

export interface RealizationRow {
  key: string;
  name: string;
  workedMinor: string;
  billedMinor: string;
  collectedMinor: string;
  /** billed ÷ worked, 4 decimals; null without worked value. */
  billingRealization: string | null;
  /** collected ÷ billed, 4 decimals; null without billed value. */
  collectionRealization: string | null;
}

export interface UtilisationRow {
  key: string;
  name: string;
  billableMinutes: string;
  targetMinutes: string;
  /** billable ÷ target, 4 decimals; null without a target. */
  utilisation: string | null;
}

/**
 * A figure's rows and the currency its money is in. Amounts (minor units) and minutes come as
 * decimal-integer text, exact at any size; the schema turns them into bigints.
 */
export interface Figure<Row> {
  currency: string;
  rows: Row[];
}

const UNBILLED = Prisma.sql`('DRAFT', 'SUBMITTED', 'APPROVED')`;

/** At most `limit` groups (the largest, as each figure orders them); all without a limit. */
const limitTo = (limit: number | null) => (limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit}`);

/** The most groups one figure returns. */
export const MAX_FIGURE_ROWS = 1000;

const groupColumn = (grouping: WipGrouping, alias: string) =>
  grouping === 'MATTER'
    ? Prisma.sql`${Prisma.raw(alias)}."matterId"`
    : grouping === 'CLIENT'
      ? Prisma.sql`m."clientId"`
      : Prisma.sql`${Prisma.raw(alias)}."timekeeperId"`;

const nameOf = (grouping: WipGrouping) =>
  grouping === 'MATTER'
    ? Prisma.sql`(SELECT number || ' ' || title FROM "Matter" WHERE id = g.key)`
    : grouping === 'CLIENT'
      ? Prisma.sql`(SELECT name FROM "Client" WHERE id = g.key)`
      : Prisma.sql`(SELECT name FROM "User" WHERE id = g.key)`;

/** The SQL of WIP: unbilled billable time (and, except by timekeeper, expenses) by group. */
export function wipSql(firmId: string, grouping: WipGrouping, limit: number | null = null): Prisma.Sql {
  const expenses =
    grouping === 'TIMEKEEPER'
      ? Prisma.empty
      : Prisma.sql`UNION ALL
        SELECT ${groupColumn(grouping, 'e')} AS key, 0::bigint, e."amountMinor", 0::bigint
        FROM "Expense" e JOIN "Matter" m ON m.id = e."matterId"
        WHERE e."firmId" = ${firmId}::uuid AND e.billable AND e.status IN ${UNBILLED}`;
  return Prisma.sql`
    SELECT g.key::text AS key, coalesce(${nameOf(grouping)}, '') AS name, sum(g.fees)::text AS "feesMinor",
      sum(g.expenses)::text AS "expensesMinor", sum(g.minutes)::text AS "billedMinutes"
    FROM (
      SELECT ${groupColumn(grouping, 't')} AS key, t."amountMinor" AS fees, 0::bigint AS expenses, t."billedMinutes"::bigint AS minutes
      FROM "TimeEntry" t JOIN "Matter" m ON m.id = t."matterId"
      WHERE t."firmId" = ${firmId}::uuid AND t.billable AND t.status IN ${UNBILLED} AND t."timerStartedAt" IS NULL
      ${expenses}
    ) g
    GROUP BY g.key ORDER BY sum(g.fees) + sum(g.expenses) DESC, g.key ${limitTo(limit)}`;
}

/** The SQL of AR aging: open balances of issued invoices by days past due at `asOf`, by group. */
export function arAgingSql(firmId: string, grouping: ArGrouping, asOf: Date, limit: number | null = null): Prisma.Sql {
  const column = grouping === 'MATTER' ? Prisma.sql`i."matterId"` : Prisma.sql`i."clientId"`;
  const bucket = (low: number | null, high: number | null) =>
    Prisma.sql`sum(CASE WHEN ${low === null ? Prisma.sql`TRUE` : Prisma.sql`(${asOf}::date - i."dueOn") >= ${low}`}
      AND ${high === null ? Prisma.sql`TRUE` : Prisma.sql`(${asOf}::date - i."dueOn") <= ${high}`}
      THEN i."totalMinor" - i."paidMinor" ELSE 0 END)::bigint`;
  return Prisma.sql`
    SELECT g.key::text AS key, coalesce(${nameOf(grouping)}, '') AS name, g."currentMinor"::text AS "currentMinor",
      g."days1To30Minor"::text AS "days1To30Minor", g."days31To60Minor"::text AS "days31To60Minor",
      g."days61To90Minor"::text AS "days61To90Minor", g."over90Minor"::text AS "over90Minor", g."totalMinor"::text AS "totalMinor"
    FROM (
      SELECT ${column} AS key, ${bucket(null, 0)} AS "currentMinor", ${bucket(1, 30)} AS "days1To30Minor",
        ${bucket(31, 60)} AS "days31To60Minor", ${bucket(61, 90)} AS "days61To90Minor", ${bucket(91, null)} AS "over90Minor",
        sum(i."totalMinor" - i."paidMinor")::bigint AS "totalMinor"
      FROM "Invoice" i
      WHERE i."firmId" = ${firmId}::uuid AND i.status IN ('ISSUED', 'PARTIALLY_PAID') AND i."issuedOn" <= ${asOf}::date
      GROUP BY 1
    ) g
    ORDER BY g."totalMinor" DESC, g.key ${limitTo(limit)}`;
}

/**
 * The SQL of realization for work dated in [from, to]: worked value (billable time at its frozen
 * rates), what of it was billed (its lines' totals on issued invoices) and collected (each line's
 * share of its invoice's payments), by timekeeper or matter.
 */
export function realizationSql(
  firmId: string,
  grouping: RealizationGrouping,
  from: Date,
  to: Date,
  limit: number | null = null,
): Prisma.Sql {
  const column = grouping === 'MATTER' ? Prisma.sql`t."matterId"` : Prisma.sql`t."timekeeperId"`;
  return Prisma.sql`
    SELECT g.key::text AS key, coalesce(${nameOf(grouping)}, '') AS name, g."workedMinor"::text AS "workedMinor",
      g."billedMinor"::text AS "billedMinor", g."collectedMinor"::text AS "collectedMinor",
      round(g."billedMinor"::numeric / nullif(g."workedMinor", 0), 4)::text AS "billingRealization",
      round(g."collectedMinor"::numeric / nullif(g."billedMinor", 0), 4)::text AS "collectionRealization"
    FROM (
      SELECT ${column} AS key, sum(t."amountMinor")::bigint AS "workedMinor",
        coalesce(sum(l."totalMinor"), 0)::bigint AS "billedMinor",
        coalesce(sum(round(l."totalMinor"::numeric * i."paidMinor" / nullif(i."totalMinor", 0))), 0)::bigint AS "collectedMinor"
      FROM "TimeEntry" t
      LEFT JOIN "Invoice" i ON i.id = t."invoiceId" AND i.status IN ('ISSUED', 'PARTIALLY_PAID', 'PAID')
      LEFT JOIN "InvoiceLine" l ON l."invoiceId" = i.id AND l."timeEntryId" = t.id
      WHERE t."firmId" = ${firmId}::uuid AND t.billable AND t."timerStartedAt" IS NULL
        AND t.date BETWEEN ${from}::date AND ${to}::date
      GROUP BY 1
    ) g
    ORDER BY g."workedMinor" DESC, g.key ${limitTo(limit)}`;
}

/** The SQL of utilisation: billable minutes in [from, to] against `targetHoursPerDay` on each weekday, per timekeeper. */
export function utilisationSql(firmId: string, from: Date, to: Date, targetHoursPerDay: number, limit: number | null = null): Prisma.Sql {
  return Prisma.sql`
    WITH days AS (
      SELECT count(*)::bigint AS n FROM generate_series(${from}::date, ${to}::date, interval '1 day') d WHERE extract(isodow FROM d) < 6
    ), worked AS (
      SELECT t."timekeeperId" AS key, sum(t."billedMinutes")::bigint AS minutes
      FROM "TimeEntry" t
      WHERE t."firmId" = ${firmId}::uuid AND t.billable AND t."timerStartedAt" IS NULL AND t.date BETWEEN ${from}::date AND ${to}::date
      GROUP BY 1
    )
    SELECT u.id::text AS key, u.name, coalesce(w.minutes, 0)::text AS "billableMinutes",
      (days.n * ${Math.round(targetHoursPerDay * 60)})::text AS "targetMinutes",
      round(coalesce(w.minutes, 0)::numeric / nullif(days.n * ${Math.round(targetHoursPerDay * 60)}, 0), 4)::text AS utilisation
    FROM "User" u CROSS JOIN days LEFT JOIN worked w ON w.key = u.id
    WHERE u."firmId" = ${firmId}::uuid AND u.active AND u.role IN ('ADMIN', 'ATTORNEY', 'PARALEGAL')
    ORDER BY coalesce(w.minutes, 0) DESC, u.id ${limitTo(limit)}`;
}

// The rows come back as one JSON value: converting thousands of rows one by one costs the client
// more than PostgreSQL spends aggregating them.
async function run<Row>(ctx: Context, sql: Prisma.Sql): Promise<Figure<Row>> {
  const viewer = requireRole(ctx, FIGURE_READERS);
  const [{ currency }, [{ rows }]] = await Promise.all([
    billingSettings(ctx.prisma, viewer.firmId),
    ctx.prisma.$queryRaw<{ rows: Row[] }[]>(Prisma.sql`SELECT coalesce(json_agg(f), '[]'::json) AS rows FROM (${sql}) f`),
  ]);
  return { currency, rows };
}

const Limit = z.object({
  first: z.number().int().min(1, 'At least 1').max(MAX_FIGURE_ROWS, `At most ${MAX_FIGURE_ROWS}`).nullish(),
});

/** The number of groups asked for: `first`, 100 by default, at most {@link MAX_FIGURE_ROWS}. */
const limitOf = (first: number | null | undefined) => parseInput(Limit, { first }).first ?? 100;

/**
 * Work in progress (unbilled billable time and expenses) by matter (default), client or
 * timekeeper, the `first` (default 100) largest. Admins, billing and read-only staff.
 */
export function wip(ctx: Context, input: { groupBy?: WipGrouping | null; first?: number | null }): Promise<Figure<WipRow>> {
  return run(ctx, wipSql(ctx.viewer?.firmId ?? '', input.groupBy ?? 'MATTER', limitOf(input.first)));
}

const AsOf = z.object({ asOf: Day.nullish() });

/** AR aging at `asOf` (default today) by client (default) or matter, the `first` (default 100) largest. Admins, billing and read-only staff. */
export function arAging(
  ctx: Context,
  input: { asOf?: Date | null; groupBy?: ArGrouping | null; first?: number | null },
): Promise<Figure<ArAgingRow>> {
  const { asOf } = parseInput(AsOf, input);
  return run(ctx, arAgingSql(ctx.viewer?.firmId ?? '', input.groupBy ?? 'CLIENT', asOf ?? today(), limitOf(input.first)));
}

const Period = z
  .object({ from: Day, to: Day })
  .refine((p) => p.from <= p.to, { message: 'The period ends before it starts', path: ['to'] })
  .refine((p) => p.to.getTime() - p.from.getTime() <= 3660 * 86_400_000, { message: 'At most ten years', path: ['to'] });

/** Realization for work dated in a period, by timekeeper (default) or matter, the `first` (default 100) largest. Admins, billing and read-only staff. */
export function realization(
  ctx: Context,
  input: { from: Date; to: Date; groupBy?: RealizationGrouping | null; first?: number | null },
): Promise<Figure<RealizationRow>> {
  const { from, to } = parseInput(Period, input);
  return run(ctx, realizationSql(ctx.viewer?.firmId ?? '', input.groupBy ?? 'TIMEKEEPER', from, to, limitOf(input.first)));
}

/** Utilisation of each timekeeper in a period against `targetHoursPerDay` (default 6) per weekday. Admins, billing and read-only. */
export function utilisation(
  ctx: Context,
  input: { from: Date; to: Date; targetHoursPerDay?: number | null; first?: number | null },
): Promise<Figure<UtilisationRow>> {
  const { from, to } = parseInput(Period, input);
  const { target } = parseInput(z.object({ target: z.number().min(0.5, 'At least 0.5').max(24, 'At most 24') }), {
    target: input.targetHoursPerDay ?? 6,
  });
  return run(ctx, utilisationSql(ctx.viewer?.firmId ?? '', from, to, target, limitOf(input.first)));
}

const mondayOf = (at: Date) => {
  const day = today(at);
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
};

/** Hours recorded this week (Monday 00:00 UTC on), billable or not, for the dashboard. */
export const hoursThisWeek: LiveFigure = async (prisma, firmId, at) => {
  const [row] = await prisma.$queryRaw<{ minutes: bigint }[]>`
    SELECT coalesce(sum(minutes), 0)::bigint AS minutes FROM "TimeEntry"
    WHERE "firmId" = ${firmId}::uuid AND date >= ${mondayOf(at)}::date AND date <= ${at}::date AND "timerStartedAt" IS NULL`;
  return Math.round(Number(row.minutes) / 6) / 10;
};

async function moneyFigure(prisma: PrismaClient, firmId: string, sql: Prisma.Sql): Promise<string> {
  const [[row], { currency }] = await Promise.all([prisma.$queryRaw<{ total: bigint }[]>(sql), billingSettings(prisma, firmId)]);
  return formatMoney(row.total, currency);
}

/** Unbilled billable time and expenses, for the dashboard. */
export const workInProgress: LiveFigure = (prisma, firmId) =>
  moneyFigure(
    prisma,
    firmId,
    Prisma.sql`SELECT coalesce(sum("feesMinor"::bigint + "expensesMinor"::bigint), 0)::bigint AS total FROM (${wipSql(firmId, 'MATTER')}) w`,
  );

/** Open invoice balances more than 60 days past due, for the dashboard. */
export const receivablesOver60Days: LiveFigure = (prisma, firmId, at) =>
  moneyFigure(
    prisma,
    firmId,
    Prisma.sql`SELECT coalesce(sum("days61To90Minor"::bigint + "over90Minor"::bigint), 0)::bigint AS total FROM (${arAgingSql(firmId, 'CLIENT', today(at))}) a`,
  );
