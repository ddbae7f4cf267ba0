import { z } from 'zod';
import { requireViewer } from '../../../core/access.ts';
import type { Context } from '../../../core/context.ts';
import { parseInput } from '../../../core/validation.ts';
import type { CalendarEvent } from '../../../generated/prisma/client.ts';
import { DeadlineRule } from '../../../generated/prisma/enums.ts';
import { createCalendarEvent, type NewCalendarEvent } from './calendar-events.ts';
import { IsoDateText } from './calendar-input.ts';
import { addDays, countDeadline, type DeadlineResult } from './court-days.ts';
import { holidaysBetween } from './holidays.ts';

/** The longest period a deadline may count, either way: ten years of days. */
export const MAX_DEADLINE_DAYS = 3650;

const ComputeInput = z.object({
  triggerDate: IsoDateText,
  days: z
    .number()
    .int('Days are whole days')
    .min(-MAX_DEADLINE_DAYS, `At most ${MAX_DEADLINE_DAYS} days back`)
    .max(MAX_DEADLINE_DAYS, `At most ${MAX_DEADLINE_DAYS} days ahead`),
  rule: z.enum(DeadlineRule),
});

/**
 * Counts a deadline with the firm's holidays (see `countDeadline`): `days` after `triggerDate`
 * (before it when negative), CALENDAR_DAYS or COURT_DAYS, rolled to the next court day when it
 * lands on a weekend or holiday.
 */
export async function computeDeadline(ctx: Context, input: z.input<typeof ComputeInput>): Promise<DeadlineResult> {
  const viewer = requireViewer(ctx);
  const { triggerDate, days, rule } = parseInput(ComputeInput, input);
  // Court days skip at most ~1/2 of days and rolling a few more: twice the span plus a month bounds the search.
  const reach = Math.sign(days || 1) * (Math.abs(days) * 2 + 31);
  const holidays = await holidaysBetween(ctx.prisma, viewer.firmId, triggerDate, addDays(triggerDate, reach));
  return countDeadline(triggerDate, days, rule, holidays);
}

/**
 * Puts a computed deadline on a matter's calendar: an all-day DEADLINE on the date
 * {@link computeDeadline} gives, remembering how it was counted. Roles and defaults as `createCalendarEvent`.
 */
export async function createDeadline(
  ctx: Context,
  input: z.input<typeof ComputeInput> & Omit<NewCalendarEvent, 'kind' | 'startsAt' | 'endsAt' | 'dueDate' | 'allDay' | 'deadline'>,
): Promise<{ event: CalendarEvent; computation: DeadlineResult }> {
  const { triggerDate, days, rule, ...event } = input;
  const computation = await computeDeadline(ctx, { triggerDate, days, rule });
  const created = await createCalendarEvent(ctx, {
    ...event,
    kind: 'DEADLINE',
    dueDate: computation.dueDate,
    deadline: { triggerDate: new Date(`${triggerDate}T00:00:00Z`), deadlineDays: days, deadlineRule: rule },
  });
  return { event: created, computation };
}
