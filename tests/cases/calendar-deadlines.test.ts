import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Context } from '../../src/core/context.ts';
import { ValidationError } from '../../src/core/errors.ts';
import { createPrisma, type PrismaClient } from '../../src/db/client.ts';
import { countDeadline } from '../../src/resolvers/cases/calendar/court-days.ts';
import { computeDeadline, createDeadline } from '../../src/resolvers/cases/calendar/deadlines.ts';
import { addFirmHoliday, removeFirmHoliday } from '../../src/resolvers/cases/calendar/holidays.ts';
import { createClient } from '../../src/resolvers/cases/clients.ts';
import { createMatter } from '../../src/resolvers/cases/matters.ts';
import { registerFirm } from '../../src/resolvers/identity/session.ts';
import { createUser } from '../../src/resolvers/identity/users.ts';
import { type ServiceHarness, serviceHarness } from '../support/context.ts';
import { resetDatabase, workerDatabaseUrl } from '../support/database.ts';

let prisma: PrismaClient;
let harness: ServiceHarness;
let admin: Context;
let attorney: Context;
let otherAdmin: Context;

// Friday 2 July 2027; Monday 5 July 2027 is the observed Independence Day holiday.
const FRIDAY = '2027-07-02';
const INDEPENDENCE_DAY = '2027-07-05';

async function firm(name: string): Promise<Context> {
  const session = await registerFirm(harness.context(null), {
    firmName: `${name} LLP`,
    adminName: `${name} Admin`,
    adminEmail: `admin@${name.toLowerCase()}.test`,
    password: 'deadline test password',
  });
  return harness.context(session.viewer);
}

beforeAll(async () => {
  prisma = createPrisma(workerDatabaseUrl());
  harness = await serviceHarness(prisma);
});
afterAll(async () => {
  await harness.close();
  await prisma.$disconnect();
});
beforeEach(async () => {
  await resetDatabase();
  admin = await firm('Deadline');
  otherAdmin = await firm('Elsewhere');
  const user = await createUser(admin, {
    name: 'Ada Attorney',
    email: 'ada@deadline.test',
    role: 'ATTORNEY',
    password: 'deadline test password',
  });
  attorney = harness.context({ ...user, openMatterAccess: false });
  await addFirmHoliday(admin, { date: INDEPENDENCE_DAY, name: 'Independence Day (observed)' });
});

describe('court-day arithmetic', () => {
  it('counts court days past a weekend and a firm holiday', async () => {
    const result = await computeDeadline(attorney, { triggerDate: FRIDAY, days: 3, rule: 'COURT_DAYS' });
    expect(result).toEqual({ dueDate: '2027-07-08', skipped: ['2027-07-03', '2027-07-04', INDEPENDENCE_DAY], rolled: false });
  });

  it('rolls a calendar-day deadline that lands on a firm holiday to the next court day', async () => {
    expect(await computeDeadline(attorney, { triggerDate: FRIDAY, days: 3, rule: 'CALENDAR_DAYS' })).toEqual({
      dueDate: '2027-07-06',
      skipped: [INDEPENDENCE_DAY],
      rolled: true,
    });
  });

  it('rolls a deadline that lands on a Saturday past the weekend and the holiday after it', async () => {
    const result = await computeDeadline(attorney, { triggerDate: FRIDAY, days: 1, rule: 'CALENDAR_DAYS' });
    expect(result.dueDate).toBe('2027-07-06');
    expect(result.skipped).toEqual(['2027-07-03', '2027-07-04', INDEPENDENCE_DAY]);
  });

  it("ignores another firm's holidays, so the same count lands on the Monday there", async () => {
    expect((await computeDeadline(otherAdmin, { triggerDate: FRIDAY, days: 1, rule: 'CALENDAR_DAYS' })).dueDate).toBe(INDEPENDENCE_DAY);
  });

  it('counts backwards for a negative period and rolls to the previous court day', () => {
    expect(countDeadline('2027-07-08', -3, 'CALENDAR_DAYS', new Set([INDEPENDENCE_DAY])).dueDate).toBe(FRIDAY);
  });

  it('follows a removed holiday no more', async () => {
    const holiday = await prisma.firmHoliday.findFirstOrThrow({ where: { firmId: admin.viewer?.firmId } });
    await removeFirmHoliday(admin, { id: holiday.id });
    expect((await computeDeadline(attorney, { triggerDate: FRIDAY, days: 3, rule: 'COURT_DAYS' })).dueDate).toBe('2027-07-07');
  });

  it('refuses a date that does not exist and a period beyond ten years, naming the field', async () => {
    await expect(computeDeadline(attorney, { triggerDate: '2027-02-30', days: 3, rule: 'COURT_DAYS' })).rejects.toMatchObject({
      issues: [{ path: ['triggerDate'] }],
    });
    await expect(computeDeadline(attorney, { triggerDate: FRIDAY, days: 4000, rule: 'COURT_DAYS' })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});

describe('firm holidays', () => {
  it('are added by admins only, one per day', async () => {
    await expect(addFirmHoliday(attorney, { date: '2027-12-24', name: 'Christmas Eve' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(addFirmHoliday(admin, { date: INDEPENDENCE_DAY, name: 'Again' })).rejects.toMatchObject({ issues: [{ path: ['date'] }] });
    expect(await prisma.firmHoliday.count()).toBe(1);
  });

  it("cannot be removed by another firm's admin", async () => {
    const holiday = await prisma.firmHoliday.findFirstOrThrow({ where: { firmId: admin.viewer?.firmId } });
    await expect(removeFirmHoliday(otherAdmin, { id: holiday.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('createDeadline', () => {
  it('puts an all-day DEADLINE on the computed court day and remembers how it was counted', async () => {
    const client = await createClient(attorney, { name: 'Acme Corp.', kind: 'ORGANIZATION' });
    const matter = await createMatter(attorney, { clientId: client.id, title: 'Acme v. Widgets' });
    const { event, computation } = await createDeadline(attorney, {
      matterId: matter.id,
      title: 'Answer due',
      triggerDate: FRIDAY,
      days: 3,
      rule: 'COURT_DAYS',
    });
    expect(computation.dueDate).toBe('2027-07-08');
    expect(event).toMatchObject({
      kind: 'DEADLINE',
      allDay: true,
      startsAt: new Date('2027-07-08T00:00:00Z'),
      endsAt: null,
      triggerDate: new Date(`${FRIDAY}T00:00:00Z`),
      deadlineDays: 3,
      deadlineRule: 'COURT_DAYS',
    });
    expect(await prisma.domainEvent.count({ where: { type: 'calendar_event.created', entityId: event.id } })).toBe(1);
  });
});
