import { firmWide, ofFirm } from '../../../core/access.ts';
import { defineEntity, publicPayload } from '../../../core/entities.ts';
import type { CalendarEvent, FirmHoliday, Prisma } from '../../../generated/prisma/client.ts';
import { matterAudience, visibleMatterWhere } from '../cases.access.ts';

/**
 * An event on a matter's calendar, visible with its matter. The event's own `firmId` leads the
 * condition so that pages are read in (firmId, startsAt, id) index order, and viewers who see every
 * matter of the firm need no look at the matter at all.
 */
export const CalendarEventEntity = defineEntity<CalendarEvent, Prisma.CalendarEventWhereInput>({
  type: 'CalendarEvent',
  model: 'CalendarEvent',
  visible: (viewer) =>
    viewer.role === 'ADMIN' || viewer.openMatterAccess
      ? { firmId: viewer.firmId }
      : { firmId: viewer.firmId, matter: visibleMatterWhere(viewer) },
  audience: matterAudience,
  matterOf: (event) => event.matterId,
  payload: publicPayload<CalendarEvent>(1, [
    'id',
    'firmId',
    'matterId',
    'kind',
    'status',
    'title',
    'description',
    'location',
    'startsAt',
    'endsAt',
    'allDay',
    'timeZone',
    'reminderMinutes',
    'triggerDate',
    'deadlineDays',
    'deadlineRule',
    'sequence',
    'createdById',
    'cancelledAt',
    'createdAt',
    'updatedAt',
  ]),
});

/** A firm holiday: every staff member sees the firm's list (court-day deadlines depend on it). */
export const FirmHolidayEntity = defineEntity<FirmHoliday, Prisma.FirmHolidayWhereInput>({
  type: 'FirmHoliday',
  model: 'FirmHoliday',
  visible: ofFirm,
  audience: firmWide,
});
