import { z } from 'zod';
import { defineTask } from '../../queue/task.ts';
import { SEND_CALENDAR_REMINDER, sendCalendarReminder } from '../../resolvers/cases/calendar/reminders.ts';

/** Reminds one attendee of one calendar event, once (see `sendCalendarReminder`). */
export const send_calendar_reminder = defineTask({
  name: SEND_CALENDAR_REMINDER,
  payload: z.object({ firmId: z.uuid(), reminderId: z.uuid() }),
  async run({ firmId, reminderId }, ctx) {
    return { outcome: await sendCalendarReminder(ctx.prisma, ctx.settings, firmId, reminderId) };
  },
});
