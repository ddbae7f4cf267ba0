import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, type FirmFixture } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const ComputeDeadline = graphql(`
  query CalendarComputeDeadline($triggerDate: String!, $days: Int!, $rule: DeadlineRule!) {
    computeDeadline(triggerDate: $triggerDate, days: $days, rule: $rule) {
      __typename
      ... on DeadlineComputation { dueDate skippedDates rolled }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const AddHoliday = graphql(`
  mutation CalendarAddFirmHoliday($input: AddFirmHolidayInput!) {
    addFirmHoliday(input: $input) {
      __typename
      ... on AddFirmHolidayPayload { firmHoliday { id date name } }
      ... on Error { message }
    }
  }
`);

const CreateEvent = graphql(`
  mutation CalendarCreateEvent($input: CreateCalendarEventInput!) {
    createCalendarEvent(input: $input) {
      __typename
      ... on CreateCalendarEventPayload { calendarEvent { id allDay startsAt attendees { totalCount } } }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity }
    }
  }
`);

const CreateDeadline = graphql(`
  mutation CalendarCreateDeadline($input: CreateDeadlineInput!) {
    createDeadline(input: $input) {
      __typename
      ... on CreateDeadlinePayload { calendarEvent { kind startsAt deadlineRule } computation { dueDate rolled } }
      ... on ValidationError { issues { path message } }
    }
  }
`);

let api: TestServer;
let firm: FirmFixture;
let other: FirmFixture;
let matterId: string;

beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Docket');
  other = await createFirm(api, 'Foreign');
  matterId = (await createMatter(api, firm.attorney.token, { clientId: (await createClient(api, firm.attorney.token)).id })).id;
});

describe('the calendar over GraphQL', () => {
  it('computes a court-day deadline with the firm holiday an admin added', async () => {
    const added = await api.gql(
      AddHoliday,
      { input: { date: '2027-07-05', name: 'Independence Day (observed)' } },
      { token: firm.admin.token },
    );
    expect(added.data?.addFirmHoliday).toMatchObject({ firmHoliday: { date: '2027-07-05T00:00:00.000Z' } });
    const result = await api.gql(
      ComputeDeadline,
      { triggerDate: '2027-07-02', days: 3, rule: 'COURT_DAYS' },
      { token: firm.readOnly.token },
    );
    expect(result.data?.computeDeadline).toEqual({
      __typename: 'DeadlineComputation',
      dueDate: '2027-07-08',
      skippedDates: ['2027-07-03', '2027-07-04', '2027-07-05'],
      rolled: false,
    });
  });

  it('answers bad input with typed validation errors naming the field, never an internal error', async () => {
    const computed = await api.gql(
      ComputeDeadline,
      { triggerDate: '07/02/2027', days: 3, rule: 'CALENDAR_DAYS' },
      { token: firm.attorney.token },
    );
    expect(computed.data?.computeDeadline).toMatchObject({ __typename: 'ValidationError', issues: [{ path: ['triggerDate'] }] });
    const created = await api.gql(
      CreateEvent,
      {
        input: {
          matterId,
          kind: 'HEARING',
          title: 'Hearing',
          startsAt: '2027-07-06T15:00:00Z',
          timeZone: 'Nowhere/City',
          reminderMinutes: [99_999],
        },
      },
      { token: firm.attorney.token },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createCalendarEvent).toMatchObject({ __typename: 'ValidationError' });
    const paths =
      created.data?.createCalendarEvent.__typename === 'ValidationError'
        ? created.data.createCalendarEvent.issues.map((i) => i.path.join('.'))
        : [];
    expect(paths.sort()).toEqual(['reminderMinutes.0', 'timeZone']);
    const deadline = await api.gql(
      CreateDeadline,
      { input: { matterId, title: 'Answer', triggerDate: '2027-07-02', days: 99_999, rule: 'COURT_DAYS' } },
      { token: firm.attorney.token },
    );
    expect(deadline.data?.createDeadline).toMatchObject({ __typename: 'ValidationError', issues: [{ path: ['days'] }] });
    expect(await api.prisma.calendarEvent.count()).toBe(0);
  });

  it("treats another firm's matter as missing and keeps holidays to admins", async () => {
    const foreign = await api.gql(
      CreateEvent,
      { input: { matterId, kind: 'MEETING', title: 'Peek', startsAt: '2027-07-06T15:00:00Z' } },
      { token: other.admin.token },
    );
    expect(foreign.data?.createCalendarEvent).toEqual({ __typename: 'NotFoundError', entity: 'Matter' });
    const holiday = await api.gql(AddHoliday, { input: { date: '2027-07-05', name: 'Mine' } }, { token: firm.attorney.token });
    expect(holiday.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('creates an all-day deadline on the counted date, attended by its creator', async () => {
    const result = await api.gql(
      CreateDeadline,
      { input: { matterId, title: 'Answer due', triggerDate: '2027-07-02', days: 1, rule: 'CALENDAR_DAYS' } },
      { token: firm.attorney.token },
    );
    expect(result.data?.createDeadline).toEqual({
      __typename: 'CreateDeadlinePayload',
      calendarEvent: { kind: 'DEADLINE', startsAt: '2027-07-05T00:00:00.000Z', deadlineRule: 'CALENDAR_DAYS' },
      computation: { dueDate: '2027-07-05', rolled: true },
    });
    const event = await api.gql(
      CreateEvent,
      { input: { matterId, kind: 'DEADLINE', title: 'Brief', dueDate: '2027-07-09' } },
      { token: firm.attorney.token },
    );
    expect(event.data?.createCalendarEvent).toMatchObject({
      calendarEvent: { allDay: true, startsAt: '2027-07-09T00:00:00.000Z', attendees: { totalCount: 1 } },
    });
  });
});
