import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, type FirmFixture } from '../support/fixtures.ts';
import { localId } from '../support/ids.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let api: TestServer;
let firm: FirmFixture;
let matter: { id: string };

beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Scoped');
  const client = await createClient(api, firm.admin.token);
  matter = await createMatter(api, firm.admin.token, { clientId: client.id, title: 'Partnered' });
});

const keyWith = async (scopes: string[]): Promise<string> => {
  const result = await api.gql<{ createApiKey: { key?: string } }, unknown>(
    'mutation K($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreateApiKeyPayload { key } } }',
    { input: { name: 'Partner', scopes } },
    { token: firm.admin.token },
  );
  const key = result.data?.createApiKey.key;
  if (!key) throw new Error(JSON.stringify(result));
  return key;
};

const INVOICES = '{ invoices(first: 5) { totalCount } }';
const TIME = '{ timeEntries(first: 5) { totalCount } }';

describe('API key scopes of the domains', () => {
  it('a key without billing:read cannot read billing lists', async () => {
    const key = await keyWith(['matters:read']);
    const root = await api.gql(INVOICES, undefined, { token: key });
    expect(root.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(root.errors?.[0].message).toContain('billing:read');
    const time = await api.gql(TIME, undefined, { token: key });
    expect(time.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(time.data ?? null).toBeNull();
  });

  it('a key with billing:read reads them', async () => {
    const key = await keyWith(['matters:read', 'billing:read']);
    const root = await api.gql<{ invoices: { totalCount: number } }, unknown>(INVOICES, undefined, { token: key });
    expect(root.errors).toBeUndefined();
    expect(root.data?.invoices.totalCount).toBe(0);
    const time = await api.gql<{ timeEntries: { totalCount: number } }, unknown>(TIME, undefined, { token: key });
    expect(time.data?.timeEntries.totalCount).toBe(0);
  });

  it('a key with matters:write writes a note and a calendar event as the key, naming no user', async () => {
    const key = await keyWith(['matters:read', 'matters:write']);
    const note = await api.gql<{ createNote: { __typename: string } }, unknown>(
      'mutation($input: CreateNoteInput!) { createNote(input: $input) { __typename } }',
      { input: { matterId: matter.id, body: 'From the partner' } },
      { token: key },
    );
    expect(note.data?.createNote.__typename).toBe('CreateNotePayload');
    const event = await api.gql<{ createCalendarEvent: { __typename: string } }, unknown>(
      'mutation($input: CreateCalendarEventInput!) { createCalendarEvent(input: $input) { __typename } }',
      { input: { matterId: matter.id, kind: 'MEETING', title: 'Partner sync', startsAt: '2027-05-04T15:00:00Z', timeZone: 'UTC' } },
      { token: key },
    );
    expect(event.data?.createCalendarEvent.__typename).toBe('CreateCalendarEventPayload');
    expect((await api.prisma.note.findFirstOrThrow({ where: { matterId: localId(matter.id) } })).authorId).toBeNull();
    const audit = await api.prisma.auditEvent.findMany({ where: { apiKeyId: { not: null } }, select: { action: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^note\./), expect.stringMatching(/^calendar_event\./)]),
    );
  });

  it('a key cannot start a timer, and must name the timekeeper of the time it records', async () => {
    const key = await keyWith(['matters:read', 'billing:read', 'billing:write']);
    const timer = await api.gql(
      'mutation($input: StartTimerInput!) { startTimer(input: $input) { __typename } }',
      { input: { matterId: matter.id } },
      { token: key },
    );
    expect(timer.errors?.[0].extensions?.code ?? (timer.data as { startTimer: { __typename: string } }).startTimer.__typename).toMatch(
      /FORBIDDEN|ForbiddenError/,
    );
    const time = await api.gql<{ createTimeEntry: { __typename: string; issues?: { path: string[] }[] } }, unknown>(
      `mutation($input: CreateTimeEntryInput!) { createTimeEntry(input: $input) { __typename ... on ValidationError { issues { path } } } }`,
      { input: { matterId: matter.id, date: '2027-05-03', minutes: 30, narrative: 'Review', billable: true } },
      { token: key },
    );
    expect(time.data?.createTimeEntry.__typename).toBe('ValidationError');
    expect(time.data?.createTimeEntry.issues?.[0].path).toEqual(['timekeeperId']);
  });
});
