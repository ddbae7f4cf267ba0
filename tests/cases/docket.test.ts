import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase, workerDatabaseUrl } from '../support/database.ts';
import { createClient, createFirm, createMatter, expectType, type FirmFixture } from '../support/fixtures.ts';
import { localId } from '../support/ids.ts';
import { waitForLockWaiters } from '../support/locks.ts';
import { collect, type RealtimeTestServer, startRealtimeServer, untilReceived, wsClient } from '../support/realtime.ts';

const AddEntry = graphql(`
  mutation DocketAdd($input: AddDocketEntryInput!) {
    addDocketEntry(input: $input) {
      __typename
      ... on AddDocketEntryPayload { docketEntry { id number filedAt description filedBy } }
      ... on ValidationError { message issues { path message } }
      ... on Error { message }
    }
  }
`);

const Docket = graphql(`
  query DocketOfMatter($id: ID!, $after: String) {
    node(id: $id) { ... on Matter { docketEntries(first: 2, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { number description } } } } }
  }
`);

const Added = `subscription ($matterId: ID!) { docketEntryAdded(matterId: $matterId) { number description } }`;

let api: RealtimeTestServer;
let firm: FirmFixture;
let matterId: string;

beforeAll(async () => {
  api = await startRealtimeServer();
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Docket');
  const client = await createClient(api, firm.admin.token);
  matterId = (await createMatter(api, firm.admin.token, { clientId: client.id })).id;
});

const add = (input: { description: string; filedAt?: string; number?: number; filedBy?: string }, token = firm.admin.token) =>
  api.gql(AddEntry, { input: { matterId, filedAt: '2026-03-01', ...input } }, { token });

interface DocketPage {
  totalCount: number;
  pageInfo: { endCursor: string };
  edges: { node: { description: string } }[];
}

const docketOf = (result: { data?: { node?: unknown } | null }): DocketPage =>
  ((result.data?.node ?? {}) as { docketEntries: DocketPage }).docketEntries;

describe('the docket', () => {
  it('gives 8 entries added at once to one matter the numbers 1 to 8, each once', async () => {
    // Hold the matter's row so every request reaches the numbering before any of them gets a number.
    const blocker = new pg.Client({ connectionString: workerDatabaseUrl() });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM "Matter" WHERE id = $1 FOR NO KEY UPDATE', [localId(matterId)]);
    const pending = Promise.all(Array.from({ length: 8 }, (_, i) => add({ description: `Filing ${i}` })));
    await waitForLockWaiters(blocker, 8);
    await blocker.query('COMMIT');
    await blocker.end();
    const numbers = (await pending).map((r) => expectType(r.data?.addDocketEntry, 'AddDocketEntryPayload').docketEntry.number);
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 8 }, (_, i) => i + 1));
  });

  it('lists entries by filing date, then number, in pages', async () => {
    await add({ description: 'Answer', filedAt: '2026-04-10', number: 7 });
    await add({ description: 'Complaint', filedAt: '2026-03-01', number: 1 });
    await add({ description: 'Summons', filedAt: '2026-03-01', number: 2 });
    const first = docketOf(await api.gql(Docket, { id: matterId }, { token: firm.admin.token }));
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e) => e.node.description)).toEqual(['Complaint', 'Summons']);
    const second = docketOf(await api.gql(Docket, { id: matterId, after: first.pageInfo.endCursor }, { token: firm.admin.token }));
    expect(second.edges.map((e) => e.node.description)).toEqual(['Answer']);
  });

  it('refuses a number already on the docket, an empty description and a non-integer number, writing nothing', async () => {
    await add({ description: 'Complaint', number: 1 });
    const before = await api.prisma.docketEntry.count();
    expect((await add({ description: 'Again', number: 1 })).data?.addDocketEntry).toEqual({
      __typename: 'ValidationError',
      message: 'Docket entry 1 already exists on this matter',
      issues: [{ path: ['number'], message: 'Docket entry 1 already exists on this matter' }],
    });
    expect((await add({ description: ' ', number: 0 })).data?.addDocketEntry).toMatchObject({
      __typename: 'ValidationError',
      issues: [
        { path: ['description'], message: 'Description is required' },
        { path: ['number'], message: 'Number must be at least 1' },
      ],
    });
    expect(await api.prisma.docketEntry.count()).toBe(before);
  });

  it('treats the docket of a matter the viewer may not see as not found', async () => {
    expect((await add({ description: 'Sneaky' }, firm.paralegal.token)).data?.addDocketEntry).toEqual({
      __typename: 'NotFoundError',
      message: 'Matter not found',
    });
  });

  it('delivers docketEntryAdded to those who may see the matter, and refuses a hidden matter', async () => {
    const admin = wsClient(api.wsUrl, firm.admin.token);
    const paralegal = wsClient(api.wsUrl, firm.paralegal.token);
    try {
      const seen = collect<{ docketEntryAdded: { number: number; description: string } }>(admin, Added, { matterId });
      const hidden = collect(paralegal, Added, { matterId });
      await untilReceived(
        () => add({ description: 'Live filing' }),
        () => seen.results.length > 0,
      );
      expect(seen.results[0].data?.docketEntryAdded.description).toBe('Live filing');
      expect(hidden.results).toEqual([
        { errors: [expect.objectContaining({ message: 'Matter not found', extensions: { code: 'NOT_FOUND' } })] },
      ]);
    } finally {
      await admin.dispose();
      await paralegal.dispose();
    }
  });
});
