import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { type Actor, addUser, createClient, createFirm, createMatter, type FirmFixture } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { READS } from './read-corpus.ts';

// The SQL read path answers from one statement what the resolvers answer field by field: every
// operation of the corpus, for every kind of viewer, must give the same response byte for byte
// (data and errors) with the read path on and off.
let fast: TestServer;
let reference: TestServer;
let firm: FirmFixture;
let other: FirmFixture;
let outsider: Actor;
// A partner's API key with every scope: each read is also compared for it (as the firm, within its scopes).
let partner: { token: string };
const ids: Record<string, string> = {};

const AddMember = `mutation($input: AddMatterMemberInput!) { addMatterMember(input: $input) { __typename } }`;

beforeAll(async () => {
  fast = await startTestServer();
  reference = await startTestServer({ readPath: false });
  await resetDatabase();
  firm = await createFirm(fast, 'Reads');
  other = await createFirm(fast, 'Elsewhere');
  outsider = await addUser(fast, firm.admin.token, 'ATTORNEY');
  const acme = await createClient(fast, firm.admin.token, 'Acme Corp.');
  const widgets = await createClient(fast, firm.admin.token, 'Widgets Ltd');
  ids.acme = acme.id;
  ids.widgets = widgets.id;
  const titles = ['Zeta claim', 'Alpha dispute', 'Mid review', 'Beta lease', 'Gamma audit'];
  for (const [i, title] of titles.entries()) {
    const matter = await createMatter(fast, firm.attorney.token, {
      clientId: i % 2 === 0 ? acme.id : widgets.id,
      title,
      openedAt: `2026-0${i + 1}-1${i}T09:00:00Z`,
      responsibleAttorneyId: i === 1 ? firm.attorney.id : undefined,
    });
    ids[`matter${i}`] = matter.id;
  }
  // A matter only admins and its team see, with the paralegal on it.
  const hidden = await createMatter(fast, firm.admin.token, {
    clientId: widgets.id,
    title: 'Sealed settlement',
    openedAt: '2025-12-01T00:00:00Z',
  });
  ids.hidden = hidden.id;
  await fast.gql(AddMember, { input: { matterId: hidden.id, userId: firm.paralegal.id, role: 'PARALEGAL' } }, { token: firm.admin.token });
  await fast.gql(
    AddMember,
    { input: { matterId: ids.matter0, userId: firm.readOnly.id, role: 'OBSERVER' } },
    { token: firm.attorney.token },
  );
  const foreignClient = await createClient(fast, other.admin.token, 'Foreign Client');
  ids.foreignClient = foreignClient.id;
  ids.foreignMatter = (await createMatter(fast, other.admin.token, { clientId: foreignClient.id, title: 'Not yours' })).id;
  const CreateEvent = `mutation($input: CreateCalendarEventInput!) { createCalendarEvent(input: $input) { __typename ... on CreateCalendarEventPayload { calendarEvent { id } } } }`;
  const events: [string, string, Record<string, unknown>][] = [
    [
      firm.attorney.token,
      ids.matter0,
      {
        kind: 'HEARING',
        title: 'Motion hearing',
        startsAt: '2027-03-02T15:00:00Z',
        endsAt: '2027-03-02T16:00:00Z',
        timeZone: 'America/Chicago',
        reminderMinutes: [60, 1440],
        attendeeIds: [firm.attorney.id, firm.readOnly.id],
      },
    ],
    [firm.attorney.token, ids.matter1, { kind: 'DEADLINE', title: 'Answer due', dueDate: '2027-03-05', location: 'E-filing' }],
    [
      firm.admin.token,
      ids.hidden,
      { kind: 'DEPOSITION', title: 'Sealed deposition', startsAt: '2027-03-03T14:00:00Z', attendeeIds: [firm.paralegal.id] },
    ],
    [other.admin.token, ids.foreignMatter, { kind: 'MEETING', title: 'Foreign meeting', startsAt: '2027-03-04T09:00:00Z' }],
  ];
  for (const [i, [token, matterId, input]] of events.entries()) {
    const created = await fast.gql<{ createCalendarEvent: { __typename: string; calendarEvent?: { id: string } } }, object>(
      CreateEvent,
      { input: { matterId, ...input } },
      { token },
    );
    expect(created.data?.createCalendarEvent.__typename).toBe('CreateCalendarEventPayload');
    ids[`calendarEvent${i}`] = created.data?.createCalendarEvent.calendarEvent?.id ?? '';
  }
  await fast.gql(
    `mutation { addFirmHoliday(input: { date: "2027-03-04", name: "Founders Day" }) { __typename } }`,
    {},
    { token: firm.admin.token },
  );
  const created = await fast.gql<{ createApiKey: { key: string } }, unknown>(
    'mutation K($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreateApiKeyPayload { key } } }',
    {
      input: {
        name: 'Partner',
        scopes: ['matters:read', 'users:read', 'events:read', 'audit:read', 'webhooks:manage', 'jobs:read', 'dashboard:read'],
      },
    },
    { token: firm.admin.token },
  );
  partner = { token: created.data?.createApiKey.key as string };
  ids.admin = firm.admin.id;
  ids.attorney = firm.attorney.id;
  await fileDocuments();
}, 120_000);

const CreateDocument = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { ... on CreateDocumentPayload { document { id } } } }`;

/** Documents on a team matter (one deleted) and on the hidden matter, for the corpus' document reads. */
async function fileDocuments() {
  const file = async (matterId: string, title: string) => {
    const uploaded = await fetch(`${fast.url}/files?name=${encodeURIComponent(`${title}.txt`)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${firm.admin.token}` },
      body: `${title}: the text of the document.`,
    });
    const { uploadId } = (await uploaded.json()) as { uploadId: string };
    const created = await fast.gql(CreateDocument, { input: { matterId, uploadId, title } }, { token: firm.admin.token });
    return (created.data as { createDocument: { document: { id: string } } }).createDocument.document.id;
  };
  ids.document = await file(ids.matter0, 'Complaint');
  await file(ids.matter0, 'Answer');
  ids.hiddenDocument = await file(ids.hidden, 'Settlement agreement');
  const deleted = await file(ids.matter0, 'Withdrawn motion');
  await fast.gql(`mutation($id: ID!) { deleteDocument(input: { id: $id }) { __typename } }`, { id: deleted }, { token: firm.admin.token });
  ids.deletedDocument = deleted;
}

afterAll(async () => {
  await fast.close();
  await reference.close();
});

const viewers = () => ({
  admin: firm.admin,
  attorney: firm.attorney,
  paralegal: firm.paralegal,
  readOnly: firm.readOnly,
  outsider,
  anonymous: null,
  partner,
});

async function both(query: string, variables: Record<string, unknown>, token?: string) {
  const body = JSON.stringify({ query, variables });
  const send = (api: TestServer) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    }).then(async (r) => `${r.status} ${await r.text()}`);
  const served = fast.readStatements.length;
  const resolved = fast.statements.length;
  const [mine, theirs] = await Promise.all([send(fast), send(reference)]);
  return { mine, theirs, statements: fast.readStatements.length - served + fast.statements.length - resolved };
}

describe('the SQL read path', () => {
  for (const read of READS) {
    it(`answers "${read.name}" exactly as the resolvers do, for every kind of viewer`, async () => {
      for (const [who, actor] of Object.entries(viewers())) {
        const variables = read.variables?.(ids) ?? {};
        // A session is known after its first request (a cold one reads the user once).
        if (actor) await fast.gql('{ __typename }', {}, { token: actor.token });
        const { mine, theirs, statements } = await both(read.query, variables, actor?.token);
        expect(mine, `${read.name} as ${who}`).toBe(theirs);
        // One statement in all, the session being known: the read path's, and none to authenticate.
        if (read.compiled?.includes(who as never)) expect(statements, `${read.name} as ${who} is one statement`).toBe(1);
      }
    });
  }

  it('pages on with the cursors it hands out, forward and backward, as the resolvers do', async () => {
    const page = `query($after: String, $before: String, $first: Int, $last: Int) {
      matters(first: $first, last: $last, after: $after, before: $before, orderBy: { field: TITLE, direction: ASC }) {
        edges { cursor node { title } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
    const first = await fast.gql<{ matters: { pageInfo: { endCursor: string; startCursor: string } } }, object>(
      page,
      { first: 2 },
      { token: firm.admin.token },
    );
    const { endCursor } = first.data?.matters.pageInfo ?? { endCursor: '' };
    for (const variables of [
      { first: 2, after: endCursor },
      { last: 2, before: endCursor },
      { last: 3 },
      { first: 0 },
      { first: 2, after: 'bm90IGEgY3Vyc29y' },
    ]) {
      const { mine, theirs } = await both(page, variables, firm.admin.token);
      expect(mine, JSON.stringify(variables)).toBe(theirs);
    }
  });
});
