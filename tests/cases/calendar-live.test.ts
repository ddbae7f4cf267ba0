import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, type FirmFixture } from '../support/fixtures.ts';
import { collect, eventually, type RealtimeTestServer, startRealtimeServer, untilReceived, wsClient } from '../support/realtime.ts';

const CALENDAR_CHANGES = `subscription CalendarChanges($matterId: ID!) {
  calendarEventChanged(matterId: $matterId) { id type calendarEvent { id title status } }
}`;
const DEADLINES = 'subscription DeadlineFigure { dashboardMetrics { upcomingDeadlines } }';

interface ChangeData {
  calendarEventChanged: { type: string; calendarEvent: { id: string; title: string; status: string } };
}

const CreateEvent = graphql(`
  mutation LiveCreateCalendarEvent($input: CreateCalendarEventInput!) {
    createCalendarEvent(input: $input) {
      __typename
      ... on CreateCalendarEventPayload { calendarEvent { id } }
    }
  }
`);

const CancelEvent = graphql(`
  mutation LiveCancelCalendarEvent($input: CancelCalendarEventInput!) {
    cancelCalendarEvent(input: $input) { __typename }
  }
`);

let api: RealtimeTestServer;
let firm: FirmFixture;
let matterId: string;
const clients: { dispose(): unknown }[] = [];

const socket = (token: string) => {
  const client = wsClient(api.wsUrl, token);
  clients.push(client);
  return client;
};
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  api = await startRealtimeServer();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await api.close();
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Live');
  matterId = (await createMatter(api, firm.attorney.token, { clientId: (await createClient(api, firm.attorney.token)).id })).id;
});

describe('the calendar, live', () => {
  it("pushes a matter's calendar changes to its team and refuses the matter to others", async () => {
    const team = collect<ChangeData>(socket(firm.attorney.token), CALENDAR_CHANGES, { matterId });
    const outsider = collect<ChangeData>(socket(firm.paralegal.token), CALENDAR_CHANGES, { matterId });
    await eventually(() => outsider.results[0]);
    expect(outsider.results[0].errors?.[0].extensions?.code).toBe('NOT_FOUND');
    let id = '';
    await untilReceived(
      async () => {
        const created = await api.gql(
          CreateEvent,
          { input: { matterId, kind: 'HEARING', title: 'Hearing', startsAt: '2027-07-06T15:00:00Z' } },
          { token: firm.attorney.token },
        );
        id =
          created.data?.createCalendarEvent.__typename === 'CreateCalendarEventPayload'
            ? created.data.createCalendarEvent.calendarEvent.id
            : '';
      },
      () => team.results.length > 0,
    );
    await api.gql(CancelEvent, { input: { id } }, { token: firm.attorney.token });
    const cancelled = await team.next((d) => d.calendarEventChanged.type === 'CANCELLED');
    expect(cancelled.calendarEventChanged.calendarEvent).toEqual({ id, title: 'Hearing', status: 'CANCELLED' });
    expect(team.results[0].data?.calendarEventChanged.type).toBe('CREATED');
  });

  it('counts deadlines due within 14 days on the live dashboard', async () => {
    const dashboard = collect<{ dashboardMetrics: { upcomingDeadlines: number } }>(socket(firm.admin.token), DEADLINES);
    expect((await dashboard.next()).dashboardMetrics.upcomingDeadlines).toBe(0);
    await api.gql(
      CreateEvent,
      { input: { matterId, kind: 'DEADLINE', title: 'Brief due', dueDate: inDays(5) } },
      { token: firm.attorney.token },
    );
    await api.gql(
      CreateEvent,
      { input: { matterId, kind: 'DEADLINE', title: 'Far off', dueDate: inDays(40) } },
      { token: firm.attorney.token },
    );
    await dashboard.next((d) => d.dashboardMetrics.upcomingDeadlines === 1);
    expect(dashboard.results.at(-1)?.data?.dashboardMetrics.upcomingDeadlines).toBe(1);
  });
});
