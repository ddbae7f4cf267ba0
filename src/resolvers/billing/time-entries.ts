import { z } from 'zod';
import { NOTHING, requireRole } from '../../core/access.ts';
import { change, type Write } from '../../core/change.ts';
import type { Context, Viewer } from '../../core/context.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { defineList } from '../../core/lists.ts';
import { divideHalfUp } from '../../core/money.ts';
import { parseInput } from '../../core/validation.ts';
import type { Tx } from '../../db/client.ts';
import type { Matter, Prisma, TimeEntry } from '../../generated/prisma/client.ts';
import type { BillableStatus } from '../../generated/prisma/enums.ts';
import { BILLING_MANAGERS, findBillableMatter, managesBilling, TIMEKEEPERS, visibleTimeWhere } from './billing.access.ts';
import { TimeEntryEntity } from './billing.entities.ts';
import { timeEntryApproved, timeEntryCreated, timeEntryUpdated } from './billing.events.ts';
import { ActivityCode, Day, Ids, TaskCode } from './billing.input.ts';
import { resolveRate } from './rates.ts';
import { billingSettings } from './settings.ts';

/** The most entries one bulk call may change. */
export const MAX_BULK_ENTRIES = 500;

export interface TimeEntryListInput {
  filter?: { matterId?: string | null; timekeeperId?: string | null; status?: BillableStatus | null } | null;
}

/** The time entries the viewer may see, latest day first. */
export const timeEntryList = defineList<TimeEntryListInput, 'DATE'>({
  entity: TimeEntryEntity,
  orders: { DATE: 'date' },
  defaultOrder: { field: 'DATE', direction: 'DESC' },
  orderOf: () => null,
  where: ({ filter }): Prisma.TimeEntryWhereInput => ({
    AND: [
      filter?.matterId ? (isUuid(filter.matterId) ? { matterId: filter.matterId } : NOTHING) : {},
      filter?.timekeeperId ? (isUuid(filter.timekeeperId) ? { timekeeperId: filter.timekeeperId } : NOTHING) : {},
      filter?.status ? { status: filter.status } : {},
    ],
  }),
});

/** Minutes rounded up to whole billing increments. */
export function billedMinutes(minutes: number, incrementMinutes: number): number {
  return Math.ceil(minutes / incrementMinutes) * incrementMinutes;
}

/** The amount of `billed` minutes at an hourly rate, half-up to the minor unit. */
export function timeAmount(billed: number, rateMinor: bigint): bigint {
  return divideHalfUp(BigInt(billed) * rateMinor, 60n);
}

/** Who records time for whom: billing managers for anyone of the firm, everyone else for themselves. */
async function timekeeperFor(tx: Tx, viewer: Viewer, timekeeperId: string | null | undefined): Promise<string> {
  if (!timekeeperId || timekeeperId === viewer.id) {
    if (viewer.apiKey) throw ValidationError.field('timekeeperId', 'An API key records time for a timekeeper: name one');
    return viewer.id;
  }
  if (!managesBilling(viewer)) throw new ForbiddenError('Only billing staff record time for others');
  const user = isUuid(timekeeperId) ? await tx.user.findFirst({ where: { id: timekeeperId, firmId: viewer.firmId } }) : null;
  if (!user) throw ValidationError.field('timekeeperId', 'Timekeeper not found');
  return user.id;
}

/**
 * The frozen money of an entry: minutes rounded up to the firm's increment and the rate in force
 * on its day (matter, then client, then default). A billable entry without a rate is refused.
 */
export async function priceTime(
  tx: Tx,
  firmId: string,
  entry: { matter: Matter; timekeeperId: string; date: Date; minutes: number; billable: boolean },
): Promise<{ billedMinutes: number; incrementMinutes: number; rateMinor: bigint; amountMinor: bigint }> {
  const { billingIncrementMinutes } = await billingSettings(tx, firmId);
  const rate = await resolveRate(tx, {
    firmId,
    timekeeperId: entry.timekeeperId,
    clientId: entry.matter.clientId,
    matterId: entry.matter.id,
    date: entry.date,
  });
  if (!rate && entry.billable) throw ValidationError.field('date', 'No hourly rate is in force for this timekeeper on this day');
  const billed = billedMinutes(entry.minutes, billingIncrementMinutes);
  const rateMinor = rate?.rateMinor ?? 0n;
  return { billedMinutes: billed, incrementMinutes: billingIncrementMinutes, rateMinor, amountMinor: timeAmount(billed, rateMinor) };
}

const CreateTimeEntryInput = z.object({
  matterId: z.string(),
  timekeeperId: z.string().nullish(),
  date: Day,
  minutes: z.number().int().min(1, 'At least 1 minute').max(1440, 'At most 1440 minutes (a day)'),
  narrative: z.string().trim().min(1, 'Describe the work').max(5000, 'At most 5000 characters'),
  taskCode: TaskCode.nullish(),
  activityCode: ActivityCode.nullish(),
  billable: z.boolean().nullish(),
});

/**
 * Records time on a matter as a DRAFT entry, priced now: minutes rounded up to the firm's billing
 * increment, at the rate in force on its date (frozen on the entry). `billable` defaults to true;
 * `timekeeperId` defaults to the viewer (only billing managers record time for others).
 */
export async function createTimeEntry(ctx: Context, input: z.input<typeof CreateTimeEntryInput>): Promise<TimeEntry> {
  const viewer = requireRole(ctx, TIMEKEEPERS);
  const data = parseInput(CreateTimeEntryInput, input);
  return change(ctx, async (w) => {
    const matter = await findBillableMatter(w.tx, viewer, data.matterId);
    const timekeeperId = await timekeeperFor(w.tx, viewer, data.timekeeperId);
    const billable = data.billable ?? true;
    const price = await priceTime(w.tx, w.firmId, { matter, timekeeperId, date: data.date, minutes: data.minutes, billable });
    const entry = await w.tx.timeEntry.create({
      data: {
        firmId: w.firmId,
        matterId: matter.id,
        timekeeperId,
        date: data.date,
        minutes: data.minutes,
        ...price,
        narrative: data.narrative,
        taskCode: data.taskCode ?? null,
        activityCode: data.activityCode ?? null,
        billable,
      },
    });
    await w.record(timeEntryCreated, { after: entry });
    return entry;
  });
}

/** Entries by id that the viewer may see, all or nothing ("not found" when any is missing or hidden). */
async function entriesFor(w: Write, viewer: Viewer, ids: string[]): Promise<TimeEntry[]> {
  const valid = ids.filter(isUuid);
  const entries = valid.length
    ? await w.tx.timeEntry.findMany({ where: { AND: [{ id: { in: valid } }, visibleTimeWhere(viewer)] }, orderBy: { id: 'asc' } })
    : [];
  if (entries.length !== ids.length) throw new NotFoundError('TimeEntry');
  return entries;
}

async function moveEntries(
  w: Write,
  entries: TimeEntry[],
  from: readonly BillableStatus[],
  to: BillableStatus,
  record: (before: TimeEntry, after: TimeEntry) => Promise<unknown>,
): Promise<TimeEntry[]> {
  const stuck = entries.filter((e) => !from.includes(e.status) || e.timerStartedAt);
  if (stuck.length)
    throw new ConflictError(
      `${stuck.length} of the entries cannot move to ${to} (status ${stuck[0].status}${stuck[0].timerStartedAt ? ', timer running' : ''})`,
    );
  // Row locks in id order, so concurrent bulk calls over the same entries queue instead of deadlocking.
  const ids = entries.map((e) => e.id);
  const moved = await w.tx.timeEntry.updateMany({
    where: { id: { in: ids }, status: { in: [...from] }, timerStartedAt: null },
    data: { status: to },
  });
  if (moved.count !== ids.length) throw new ConflictError('Some entries changed meanwhile; try again');
  const after = await w.tx.timeEntry.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } });
  for (const [i, entry] of after.entries()) await record(entries[i], entry);
  return after;
}

const BulkInput = z.object({ ids: Ids(MAX_BULK_ENTRIES) });

/** Submits the viewer's own DRAFT entries for approval (up to 500 a call). */
export async function submitTimeEntries(ctx: Context, input: z.input<typeof BulkInput>): Promise<TimeEntry[]> {
  const viewer = requireRole(ctx, TIMEKEEPERS);
  const { ids } = parseInput(BulkInput, input);
  return change(ctx, async (w) => {
    const entries = await entriesFor(w, viewer, ids);
    if (!managesBilling(viewer) && entries.some((e) => e.timekeeperId !== viewer.id))
      throw new ForbiddenError('You may submit only your own time');
    return moveEntries(w, entries, ['DRAFT'], 'SUBMITTED', (before, after) => w.record(timeEntryUpdated, { before, after }));
  });
}

/**
 * Approves DRAFT or SUBMITTED entries for billing, up to 500 a call, all or none; each records
 * `time_entry.approved`. Billing managers only.
 */
export async function approveTimeEntries(ctx: Context, input: z.input<typeof BulkInput>): Promise<TimeEntry[]> {
  const viewer = requireRole(ctx, BILLING_MANAGERS);
  const { ids } = parseInput(BulkInput, input);
  return change(ctx, async (w) => {
    const entries = await entriesFor(w, viewer, ids);
    return moveEntries(w, entries, ['DRAFT', 'SUBMITTED'], 'APPROVED', (before, after) => w.record(timeEntryApproved, { before, after }));
  });
}

/** Writes off unbilled entries (they will never be billed), up to 500 a call. Billing managers only. */
export async function writeOffTimeEntries(ctx: Context, input: z.input<typeof BulkInput>): Promise<TimeEntry[]> {
  const viewer = requireRole(ctx, BILLING_MANAGERS);
  const { ids } = parseInput(BulkInput, input);
  return change(ctx, async (w) => {
    const entries = await entriesFor(w, viewer, ids);
    if (entries.some((e) => e.invoiceId))
      throw new ConflictError('An entry on a draft invoice cannot be written off; remove the invoice first');
    return moveEntries(w, entries, ['DRAFT', 'SUBMITTED', 'APPROVED'], 'WRITTEN_OFF', (before, after) =>
      w.record(timeEntryUpdated, { before, after }),
    );
  });
}

const UpdateTimeEntryInput = z.object({
  id: z.string(),
  minutes: z.number().int().min(1, 'At least 1 minute').max(1440, 'At most 1440 minutes (a day)').nullish(),
  narrative: z.string().trim().min(1, 'Describe the work').max(5000, 'At most 5000 characters').nullish(),
  taskCode: TaskCode.nullish(),
  activityCode: ActivityCode.nullish(),
  billable: z.boolean().nullish(),
});

/**
 * Changes an unapproved entry (DRAFT or SUBMITTED) of the viewer's own, or anyone's for billing
 * managers; its amount is priced again at the rate frozen on it.
 */
export async function updateTimeEntry(ctx: Context, input: z.input<typeof UpdateTimeEntryInput>): Promise<TimeEntry> {
  const viewer = requireRole(ctx, TIMEKEEPERS);
  const data = parseInput(UpdateTimeEntryInput, input);
  return change(ctx, async (w) => {
    const [before] = await entriesFor(w, viewer, [data.id]);
    if (!managesBilling(viewer) && before.timekeeperId !== viewer.id) throw new ForbiddenError('You may change only your own time');
    if (before.status !== 'DRAFT' && before.status !== 'SUBMITTED') throw new ConflictError(`A ${before.status} entry cannot change`);
    const minutes = data.minutes ?? before.minutes;
    const billed = billedMinutes(minutes, before.incrementMinutes);
    const after = await w.tx.timeEntry.update({
      where: { id: before.id },
      data: {
        minutes,
        billedMinutes: billed,
        amountMinor: timeAmount(billed, before.rateMinor),
        narrative: data.narrative ?? undefined,
        taskCode: data.taskCode ?? undefined,
        activityCode: data.activityCode ?? undefined,
        billable: data.billable ?? undefined,
      },
    });
    await w.record(timeEntryUpdated, { before, after });
    return after;
  });
}
