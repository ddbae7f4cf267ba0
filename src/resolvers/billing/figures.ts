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
  feesMinor: bigint;
  expensesMinor: bigint;
  billedMinutes: bigint;
}

export interface ArAgingRow {
  key: string;
  name: string;
  currentMinor: bigint;
  days1To30Minor: bigint;
  days31To60Minor: bigint;
  days61To90Minor: bigint;
  over90Minor: bigint;
  totalMinor: bigint;
}

export interface RealizationRow {
  key: string;
  name: string;
  workedMinor: bigint;
  billedMinor: bigint;
  collectedMinor: bigint;
  /** billed ÷ worked, 4 decimals; null without worked value. */
  billingRealization: string | null;
  /** collected ÷ billed, 4 decimals; null without billed value. */
  collectionRealization: string | null;
}

export interface UtilisationRow {
  key: string;
  name: string;
  billableMinutes: bigint;
  targetMinutes: bigint;
  /** billable ÷ target, 4 decimals; null without a target. */
  utilisation: string | null;
}

/** A figure's rows and the currency its money is in. */
export interface Figure<Row> {
  currency: string;
  rows: Row[];
}

const UNBILLED = Prisma.sql`('DRAFT', 'SUBMITTED', 'APPROVED')`;

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
export function wipSql(firmId: string, grouping: WipGrouping): Prisma.Sql {
  const expenses =
    grouping === 'TIMEKEEPER'
      ? Prisma.empty
      : Prisma.sql`UNION ALL
        SELECT ${groupColumn(grouping, 'e')} AS key, 0::bigint, e."amountMinor", 0::bigint
        FROM "Expense" e JOIN "Matter" m ON m.id = e."matterId"
        WHERE e."firmId" = ${firmId}::uuid AND e.billable AND e.status IN ${UNBILLED}`;
  return Prisma.sql`
    SELECT g.key::text AS key, coalesce(${nameOf(grouping)}, '') AS name, sum(g.fees)::bigint AS "feesMinor",
      sum(g.expenses)::bigint AS "expensesMinor", sum(g.minutes)::bigint AS "billedMinutes"
    FROM (
      SELECT ${groupColumn(grouping, 't')} AS key, t."amountMinor" AS fees, 0::bigint AS expenses, t."billedMinutes"::bigint AS minutes
      FROM "TimeEntry" t JOIN "Matter" m ON m.id = t."matterId"
      WHERE t."firmId" = ${firmId}::uuid AND t.billable AND t.status IN ${UNBILLED} AND t."timerStartedAt" IS NULL
      ${expenses}
    ) g
    GROUP BY g.key ORDER BY sum(g.fees) + sum(g.expenses) DESC, g.key`;
}

/** The SQL of AR aging: open balances of issued invoices by days past due at `asOf`, by group. */
export function arAgingSql(firmId: string, grouping: ArGrouping, asOf: Date): Prisma.Sql {
  const column = grouping === 'MATTER' ? Prisma.sql`i."matterId"` : Prisma.sql`i."clientId"`;
  const bucket = (low: number | null, high: number | null) =>
    Prisma.sql`sum(CASE WHEN ${low === null ? Prisma.sql`TRUE` : Prisma.sql`(${asOf}::date - i."dueOn") >= ${low}`}
      AND ${high === null ? Prisma.sql`TRUE` : Prisma.sql`(${asOf}::date - i."dueOn") <= ${high}`}
      THEN i."totalMinor" - i."paidMinor" ELSE 0 END)::bigint`;
  return Prisma.sql`
    SELECT g.key::text AS key, coalesce(${nameOf(grouping)}, '') AS name, g."currentMinor", g."days1To30Minor", g."days31To60Minor",
      g."days61To90Minor", g."over90Minor", g."totalMinor"
    FROM (
      SELECT ${column} AS key, ${bucket(null, 0)} AS "currentMinor", ${bucket(1, 30)} AS "days1To30Minor",
        ${bucket(31, 60)} AS "days31To60Minor", ${bucket(61, 90)} AS "days61To90Minor", ${bucket(91, null)} AS "over90Minor",
        sum(i."totalMinor" - i."paidMinor")::bigint AS "totalMinor"
      FROM "Invoice" i
      WHERE i."firmId" = ${firmId}::uuid AND i.status IN ('ISSUED', 'PARTIALLY_PAID') AND i."issuedOn" <= ${asOf}::date
      GROUP BY 1
    ) g
    ORDER BY g."totalMinor" DESC, g.key`;
}

/**
 * The SQL of realization for work dated in [from, to]: worked value (billable time at its frozen
 * rates), what of it was billed (its lines' totals on issued invoices) and collected (each line's
 * share of its invoice's payments), by timekeeper or matter.
 */
export function realizationSql(firmId: string, grouping: RealizationGrouping, from: Date, to: Date): Prisma.Sql {
  const column = grouping === 'MATTER' ? Prisma.sql`t."matterId"` : Prisma.sql`t."timekeeperId"`;
  return Prisma.sql`
    SELECT g.key::text AS key, coalesce(${nameOf(grouping)}, '') AS name, g."workedMinor", g."billedMinor", g."collectedMinor",
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
    ORDER BY g."workedMinor" DESC, g.key`;
}

/** The SQL of utilisation: billable minutes in [from, to] against `targetHoursPerDay` on each weekday, per timekeeper. */
export function utilisationSql(firmId: string, from: Date, to: Date, targetHoursPerDay: number): Prisma.Sql {
  return Prisma.sql`
    WITH days AS (
      SELECT count(*)::bigint AS n FROM generate_series(${from}::date, ${to}::date, interval '1 day') d WHERE extract(isodow FROM d) < 6
    ), worked AS (
      SELECT t."timekeeperId" AS key, sum(t."billedMinutes")::bigint AS minutes
      FROM "TimeEntry" t
      WHERE t."firmId" = ${firmId}::uuid AND t.billable AND t."timerStartedAt" IS NULL AND t.date BETWEEN ${from}::date AND ${to}::date
      GROUP BY 1
    )
    SELECT u.id::text AS key, u.name, coalesce(w.minutes, 0)::bigint AS "billableMinutes",
      (days.n * ${Math.round(targetHoursPerDay * 60)})::bigint AS "targetMinutes",
      round(coalesce(w.minutes, 0)::numeric / nullif(days.n * ${Math.round(targetHoursPerDay * 60)}, 0), 4)::text AS utilisation
    FROM "User" u CROSS JOIN days LEFT JOIN worked w ON w.key = u.id
    WHERE u."firmId" = ${firmId}::uuid AND u.active AND u.role IN ('ADMIN', 'ATTORNEY', 'PARALEGAL')
    ORDER BY "billableMinutes" DESC, u.id`;
}

async function run<Row>(ctx: Context, sql: Prisma.Sql): Promise<Figure<Row>> {
  const viewer = requireRole(ctx, FIGURE_READERS);
  const [{ currency }, rows] = await Promise.all([billingSettings(ctx.prisma, viewer.firmId), ctx.prisma.$queryRaw<Row[]>(sql)]);
  return { currency, rows };
}

/** Work in progress (unbilled billable time and expenses) by matter (default), client or timekeeper. Admins, billing and read-only. */
export function wip(ctx: Context, groupBy: WipGrouping = 'MATTER'): Promise<Figure<WipRow>> {
  return run(ctx, wipSql(ctx.viewer?.firmId ?? '', groupBy));
}

const AsOf = z.object({ asOf: Day.nullish() });

/** AR aging at `asOf` (default today) by client (default) or matter. Admins, billing and read-only. */
export function arAging(ctx: Context, input: { asOf?: Date | null; groupBy?: ArGrouping | null }): Promise<Figure<ArAgingRow>> {
  const { asOf } = parseInput(AsOf, input);
  return run(ctx, arAgingSql(ctx.viewer?.firmId ?? '', input.groupBy ?? 'CLIENT', asOf ?? today()));
}

const Period = z
  .object({ from: Day, to: Day })
  .refine((p) => p.from <= p.to, { message: 'The period ends before it starts', path: ['to'] })
  .refine((p) => p.to.getTime() - p.from.getTime() <= 3660 * 86_400_000, { message: 'At most ten years', path: ['to'] });

/** Realization for work dated in a period, by timekeeper (default) or matter. Admins, billing and read-only. */
export function realization(
  ctx: Context,
  input: { from: Date; to: Date; groupBy?: RealizationGrouping | null },
): Promise<Figure<RealizationRow>> {
  const { from, to } = parseInput(Period, input);
  return run(ctx, realizationSql(ctx.viewer?.firmId ?? '', input.groupBy ?? 'TIMEKEEPER', from, to));
}

/** Utilisation of each timekeeper in a period against `targetHoursPerDay` (default 6) per weekday. Admins, billing and read-only. */
export function utilisation(
  ctx: Context,
  input: { from: Date; to: Date; targetHoursPerDay?: number | null },
): Promise<Figure<UtilisationRow>> {
  const { from, to } = parseInput(Period, input);
  const { target } = parseInput(z.object({ target: z.number().min(0.5, 'At least 0.5').max(24, 'At most 24') }), {
    target: input.targetHoursPerDay ?? 6,
  });
  return run(ctx, utilisationSql(ctx.viewer?.firmId ?? '', from, to, target));
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
    Prisma.sql`SELECT coalesce(sum("feesMinor" + "expensesMinor"), 0)::bigint AS total FROM (${wipSql(firmId, 'MATTER')}) w`,
  );

/** Open invoice balances more than 60 days past due, for the dashboard. */
export const receivablesOver60Days: LiveFigure = (prisma, firmId, at) =>
  moneyFigure(
    prisma,
    firmId,
    Prisma.sql`SELECT coalesce(sum("days61To90Minor" + "over90Minor"), 0)::bigint AS total FROM (${arAgingSql(firmId, 'CLIENT', today(at))}) a`,
  );
