import type { PrismaClient } from '../../src/db/client.ts';
import type { CalendarEventKind } from '../../src/generated/prisma/enums.ts';
import { addDays, countDeadline, type DeadlineRuleName } from '../../src/resolvers/cases/calendar/court-days.ts';

const HOLIDAYS: [string, string][] = [
  ['2026-12-25', 'Christmas Day'],
  ['2027-01-01', "New Year's Day"],
  ['2027-01-18', 'Martin Luther King Jr. Day'],
  ['2027-02-15', "Washington's Birthday"],
  ['2027-05-31', 'Memorial Day'],
  ['2027-06-18', 'Juneteenth (observed)'],
  ['2027-07-05', 'Independence Day (observed)'],
  ['2027-09-06', 'Labor Day'],
  ['2027-11-25', 'Thanksgiving Day'],
  ['2027-12-24', 'Christmas Day (observed)'],
];

const HEARINGS: [CalendarEventKind, string, string][] = [
  ['HEARING', 'Motion to dismiss hearing', 'Courtroom 4B, County Courthouse'],
  ['HEARING', 'Case management conference', 'Courtroom 12, U.S. District Court'],
  ['DEPOSITION', 'Deposition of the opposing CFO', 'Conference room 3, 21st floor'],
  ['MEETING', 'Client strategy meeting', 'Video call'],
  ['HEARING', 'Summary judgment hearing', 'Courtroom 7A, County Courthouse'],
];

const DEADLINES: [string, number, DeadlineRuleName][] = [
  ['Answer to complaint due', 21, 'CALENDAR_DAYS'],
  ['Opposition brief due', 14, 'COURT_DAYS'],
  ['Expert disclosures due', 30, 'CALENDAR_DAYS'],
  ['Reply brief due', 7, 'COURT_DAYS'],
];

const TIME_ZONES = ['America/New_York', 'America/Chicago', 'America/Los_Angeles'];
const today = () => new Date().toISOString().slice(0, 10);
const midnight = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * Seeds the demo firm's calendar: US court holidays, upcoming hearings, depositions and meetings,
 * and deadlines counted from recent trigger dates with those holidays (several within the
 * dashboard's 14 days), each attended by its matter's responsible attorney and team. Written
 * directly, without reminders (reminder jobs come with events made through the API).
 */
export async function seedCalendar(prisma: PrismaClient, firmId: string): Promise<void> {
  await prisma.firmHoliday.createMany({ data: HOLIDAYS.map(([date, name]) => ({ firmId, date: midnight(date), name })) });
  const holidays = new Set(HOLIDAYS.map(([date]) => date));
  const matters = await prisma.matter.findMany({
    where: { firmId, status: 'OPEN' },
    include: { members: { select: { userId: true } } },
    orderBy: { number: 'asc' },
    take: 12,
  });
  for (const [i, matter] of matters.entries()) {
    const attendees = [
      ...new Set([...(matter.responsibleAttorneyId ? [matter.responsibleAttorneyId] : []), ...matter.members.map((m) => m.userId)]),
    ];
    const base = {
      firmId,
      matterId: matter.id,
      createdById: attendees[0] ?? null,
      attendees: { create: attendees.map((userId) => ({ firmId, userId })) },
    };
    const [kind, title, location] = HEARINGS[i % HEARINGS.length];
    const day = addDays(today(), 2 + i * 3);
    const startsAt = new Date(`${day}T${String(14 + (i % 4)).padStart(2, '0')}:00:00Z`);
    await prisma.calendarEvent.create({
      data: {
        ...base,
        kind,
        title,
        location,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 90 * 60_000),
        timeZone: TIME_ZONES[i % 3],
        reminderMinutes: [],
      },
    });
    const [deadlineTitle, days, rule] = DEADLINES[i % DEADLINES.length];
    const trigger = addDays(today(), -Math.floor(days / 2) + (i % 5));
    const { dueDate } = countDeadline(trigger, days, rule, holidays);
    await prisma.calendarEvent.create({
      data: {
        ...base,
        kind: 'DEADLINE',
        title: deadlineTitle,
        startsAt: midnight(dueDate),
        allDay: true,
        timeZone: TIME_ZONES[i % 3],
        reminderMinutes: [],
        triggerDate: midnight(trigger),
        deadlineDays: days,
        deadlineRule: rule,
      },
    });
  }
}
