import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { addUser, createClient, createFirm, createMatter, expectType, type FirmFixture } from '../support/fixtures.ts';
import { localId } from '../support/ids.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const CreateEvent = graphql(`
  mutation FeedCreateCalendarEvent($input: CreateCalendarEventInput!) {
    createCalendarEvent(input: $input) {
      __typename
      ... on CreateCalendarEventPayload { calendarEvent { id sequence } }
      ... on ValidationError { issues { path message } }
      ... on Error { message }
    }
  }
`);

const UpdateEvent = graphql(`
  mutation FeedUpdateCalendarEvent($input: UpdateCalendarEventInput!) {
    updateCalendarEvent(input: $input) {
      __typename
      ... on UpdateCalendarEventPayload { calendarEvent { id sequence } }
      ... on Error { message }
    }
  }
`);

const CancelEvent = graphql(`
  mutation FeedCancelCalendarEvent($input: CancelCalendarEventInput!) {
    cancelCalendarEvent(input: $input) {
      __typename
      ... on Error { message }
    }
  }
`);

const RotateToken = graphql(`
  mutation FeedRotateCalendarToken {
    rotateCalendarToken {
      __typename
      ... on RotateCalendarTokenPayload { url token }
      ... on Error { message }
    }
  }
`);

const AddMember = graphql(`
  mutation FeedAddMatterMember($input: AddMatterMemberInput!) {
    addMatterMember(input: $input) {
      __typename
      ... on Error { message }
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
  firm = await createFirm(api, 'Feed');
  other = await createFirm(api, 'Rival');
  const client = await createClient(api, firm.attorney.token);
  matterId = (await createMatter(api, firm.attorney.token, { clientId: client.id, title: 'Acme v. Widgets' })).id;
});

async function createEvent(token: string, input: Record<string, unknown>): Promise<string> {
  const result = await api.gql(CreateEvent, { input: input as never }, { token });
  return expectType(result.data?.createCalendarEvent, 'CreateCalendarEventPayload').calendarEvent.id;
}

async function rotate(token: string): Promise<string> {
  const result = await api.gql(RotateToken, undefined, { token });
  const { url, token: secret } = expectType(result.data?.rotateCalendarToken, 'RotateCalendarTokenPayload');
  expect(url.endsWith(`/calendar/${secret}.ics`)).toBe(true);
  return `${api.url}${new URL(url).pathname}`;
}

const eventsOf = (body: string) =>
  Object.values(ical.sync.parseICS(body))
    .filter((c): c is VEvent => c?.type === 'VEVENT')
    .sort((a, b) => a.start.getTime() - b.start.getTime());

describe('the private calendar feed', () => {
  it("serves valid iCalendar with only the user's own events: stable UIDs, UTC times and all-day DATE values", async () => {
    const hearing = await createEvent(firm.attorney.token, {
      matterId,
      kind: 'HEARING',
      title: 'Motion hearing',
      startsAt: '2027-07-06T14:00:00Z',
      endsAt: '2027-07-06T15:30:00Z',
      timeZone: 'America/New_York',
      location: 'Courtroom 4B',
    });
    const deadline = await createEvent(firm.attorney.token, { matterId, kind: 'DEADLINE', title: 'Answer due', dueDate: '2027-07-08' });
    await createEvent(firm.admin.token, {
      matterId,
      kind: 'MEETING',
      title: 'Partners only',
      startsAt: '2027-07-07T09:00:00Z',
      attendeeIds: [firm.admin.id],
    });
    const cancelled = await createEvent(firm.attorney.token, {
      matterId,
      kind: 'MEETING',
      title: 'Called off',
      startsAt: '2027-07-09T09:00:00Z',
    });
    await api.gql(CancelEvent, { input: { id: cancelled } }, { token: firm.attorney.token });
    const rivalMatter = await createMatter(api, other.attorney.token, { clientId: (await createClient(api, other.attorney.token)).id });
    await createEvent(other.attorney.token, {
      matterId: rivalMatter.id,
      kind: 'HEARING',
      title: 'Rival hearing',
      startsAt: '2027-07-06T10:00:00Z',
    });

    const response = await fetch(await rotate(firm.attorney.token));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const body = await response.text();
    expect(body.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(body).toMatch(/\r\nPRODID:/);
    const events = eventsOf(body);
    expect(events.map((e) => e.uid)).toEqual([`${localId(hearing)}@lexgraph`, `${localId(deadline)}@lexgraph`]);
    const [timed, allDay] = events;
    expect(timed.start.toISOString()).toBe('2027-07-06T14:00:00.000Z');
    expect(timed.end?.toISOString()).toBe('2027-07-06T15:30:00.000Z');
    expect(timed.datetype).toBe('date-time');
    expect(timed.location).toBe('Courtroom 4B');
    expect(body).toContain('DTSTART:20270706T140000Z');
    expect(allDay.datetype).toBe('date');
    expect(body).toContain('DTSTART;VALUE=DATE:20270708');
    expect(body).toContain('DTEND;VALUE=DATE:20270709');
  });

  it("keeps an event's UID across edits and raises its SEQUENCE", async () => {
    const id = await createEvent(firm.attorney.token, { matterId, kind: 'HEARING', title: 'Hearing', startsAt: '2027-07-06T14:00:00Z' });
    const url = await rotate(firm.attorney.token);
    const before = eventsOf(await (await fetch(url)).text());
    const updated = await api.gql(
      UpdateEvent,
      { input: { id, startsAt: '2027-07-07T14:00:00Z', title: 'Hearing (moved)' } },
      { token: firm.attorney.token },
    );
    expect(expectType(updated.data?.updateCalendarEvent, 'UpdateCalendarEventPayload').calendarEvent.sequence).toBe(1);
    const after = eventsOf(await (await fetch(url)).text());
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after[0]).toMatchObject({ sequence: 1, summary: expect.stringContaining('Hearing (moved)') });
    expect(after[0].start.toISOString()).toBe('2027-07-07T14:00:00.000Z');
  });

  it('answers 404 for the old URL once the token is rotated, for malformed tokens and for a disabled user', async () => {
    const first = await rotate(firm.attorney.token);
    expect((await fetch(first)).status).toBe(200);
    const second = await rotate(firm.attorney.token);
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(second)).status).toBe(200);
    expect((await fetch(`${api.url}/calendar/not-a-token.ics`)).status).toBe(404);
    expect((await fetch(`${api.url}/calendar/${new URL(second).pathname.split('/').pop()?.replace('.ics', '')}`)).status).toBe(404);
    const stored = await api.prisma.calendarFeed.findMany();
    expect(stored).toHaveLength(1);
    expect(second).not.toContain(stored[0].tokenHash);
    await api.prisma.user.update({ where: { id: localId(firm.attorney.id) }, data: { active: false } });
    expect((await fetch(second)).status).toBe(404);
  });

  it('is open to read-only users, with the events they attend on matters they may see', async () => {
    const reader = await addUser(api, firm.admin.token, 'READ_ONLY');
    const url = await rotate(reader.token);
    await api.gql(AddMember, { input: { matterId, userId: reader.id, role: 'OBSERVER' } }, { token: firm.attorney.token });
    const id = await createEvent(firm.attorney.token, {
      matterId,
      kind: 'HEARING',
      title: 'Trial',
      startsAt: '2027-07-06T14:00:00Z',
      attendeeIds: [reader.id],
    });
    expect(eventsOf(await (await fetch(url)).text()).map((e) => e.uid)).toEqual([`${localId(id)}@lexgraph`]);
  });
  it('keeps exactly one live URL when a user rotates their token many times at once', async () => {
    const urls = await Promise.all(Array.from({ length: 8 }, () => rotate(firm.paralegal.token)));
    const statuses = await Promise.all(urls.map(async (url) => (await fetch(url)).status));
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 404)).toHaveLength(7);
    expect(await api.prisma.calendarFeed.count()).toBe(1);
  });
});
