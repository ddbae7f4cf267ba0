import { z } from 'zod';
import { requireRole } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { ConflictError, ForbiddenError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { Prisma, type TimeEntry } from '../../generated/prisma/client.ts';
import { findBillableMatter, TIMEKEEPERS } from './billing.access.ts';
import { timeEntryCreated, timeEntryUpdated } from './billing.events.ts';
import { ActivityCode, TaskCode, today } from './billing.input.ts';
import { priceTime } from './time-entries.ts';

const StartTimerInput = z.object({
  matterId: z.string(),
  narrative: z.string().trim().max(5000, 'At most 5000 characters').nullish(),
  taskCode: TaskCode.nullish(),
  activityCode: ActivityCode.nullish(),
  billable: z.boolean().nullish(),
});

/**
 * Starts the viewer's timer on a matter: a DRAFT entry that runs until `stopTimer`. The timer is a
 * row, so it survives reconnects and restarts; one runs per user at a time (a second is a conflict).
 */
export async function startTimer(ctx: Context, input: z.input<typeof StartTimerInput>): Promise<TimeEntry> {
  const viewer = requireRole(ctx, TIMEKEEPERS);
  // A timer runs for the person who starts it; an API key is no one's stopwatch.
  if (viewer.apiKey) throw new ForbiddenError('Timers are for people; an API key records time with createTimeEntry');
  const data = parseInput(StartTimerInput, input);
  try {
    return await change(ctx, async (w) => {
      const matter = await findBillableMatter(w.tx, viewer, data.matterId);
      const entry = await w.tx.timeEntry.create({
        data: {
          firmId: w.firmId,
          matterId: matter.id,
          timekeeperId: viewer.id,
          date: today(),
          minutes: 0,
          billedMinutes: 0,
          incrementMinutes: 0,
          rateMinor: 0n,
          amountMinor: 0n,
          narrative: data.narrative ?? '',
          taskCode: data.taskCode ?? null,
          activityCode: data.activityCode ?? null,
          billable: data.billable ?? true,
          timerStartedAt: new Date(),
          runningTimerUserId: viewer.id,
        },
      });
      await w.record(timeEntryUpdated, { after: entry });
      return entry;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw new ConflictError('Your timer is already running; stop it first');
    throw error;
  }
}

/** The viewer's running timer, or null. */
export async function runningTimer(ctx: Context): Promise<TimeEntry | null> {
  const viewer = requireRole(ctx, TIMEKEEPERS);
  return ctx.prisma.timeEntry.findFirst({ where: { runningTimerUserId: viewer.id, firmId: viewer.firmId } });
}

const StopTimerInput = z.object({ narrative: z.string().trim().max(5000, 'At most 5000 characters').nullish() });

/**
 * Stops the viewer's running timer: the elapsed minutes (at least one, rounded up) become a DRAFT
 * entry priced like any other, dated the day the timer started. No running timer is a conflict.
 */
export async function stopTimer(ctx: Context, input: z.input<typeof StopTimerInput> = {}): Promise<TimeEntry> {
  const viewer = requireRole(ctx, TIMEKEEPERS);
  const data = parseInput(StopTimerInput, input);
  return change(ctx, async (w) => {
    const [running] = await w.tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "TimeEntry" WHERE "runningTimerUserId" = ${viewer.id}::uuid FOR UPDATE`;
    if (!running) throw new ConflictError('No timer is running');
    const before = await w.tx.timeEntry.findUniqueOrThrow({ where: { id: running.id }, include: { matter: true } });
    const startedAt = before.timerStartedAt ?? new Date();
    const minutes = Math.min(1440, Math.max(1, Math.ceil((Date.now() - startedAt.getTime()) / 60_000)));
    const narrative = data.narrative ?? before.narrative;
    const price = await priceTime(w.tx, w.firmId, {
      matter: before.matter,
      timekeeperId: before.timekeeperId,
      date: before.date,
      minutes,
      billable: before.billable,
    });
    const { matter: _matter, ...previous } = before;
    const after = await w.tx.timeEntry.update({
      where: { id: before.id },
      data: { minutes, ...price, narrative: narrative || 'Timed work', timerStartedAt: null, runningTimerUserId: null },
    });
    await w.record(timeEntryCreated, { before: previous, after });
    return after;
  });
}
