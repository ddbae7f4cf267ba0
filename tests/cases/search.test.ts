import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, type FirmFixture } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const Search = graphql(`
  query SearchRecords($query: String!, $types: [SearchType!], $first: Int, $after: String) {
    search(query: $query, types: $types, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { type rank snippet node { id __typename } } }
    }
  }
`);

const AddNote = graphql(`
  mutation SearchAddNote($input: CreateNoteInput!) { createNote(input: $input) { __typename } }
`);

const AddParty = graphql(`
  mutation SearchAddParty($input: AddPartyInput!) { addParty(input: $input) { __typename } }
`);

const AddMember = graphql(`
  mutation SearchAddMember($input: AddMatterMemberInput!) { addMatterMember(input: $input) { __typename } }
`);

const AddEntry = graphql(`
  mutation SearchAddDocket($input: AddDocketEntryInput!) { addDocketEntry(input: $input) { __typename } }
`);

let api: TestServer;
let firm: FirmFixture;
let clientId: string;

beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Search');
  clientId = (await createClient(api, firm.admin.token, 'Bluebird Shipping')).id;
});

async function find(
  query: string,
  token = firm.admin.token,
  extra: { types?: ('MATTER' | 'NOTE' | 'DOCKET_ENTRY')[]; first?: number; after?: string } = {},
) {
  const result = await api.gql(Search, { query, ...extra }, { token });
  expect(result.errors).toBeUndefined();
  return result.data?.search ?? { pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };
}

describe('search', () => {
  it('ranks a title hit above a body hit', async () => {
    const other = await createMatter(api, firm.admin.token, { clientId, title: 'Harbour lease' });
    await api.gql(
      AddNote,
      { input: { matterId: other.id, body: 'The zephyr clause may apply to the pipeline.' } },
      { token: firm.admin.token },
    );
    const titled = await createMatter(api, firm.admin.token, { clientId, title: 'Zephyr pipeline rupture' });
    const { edges } = await find('zephyr pipeline');
    expect(edges.map((e) => [e.node.type, e.node.node.id])).toEqual([
      ['MATTER', titled.id],
      ['NOTE', expect.any(String)],
    ]);
    expect(edges[0].node.rank).toBeGreaterThan(edges[1].node.rank);
    expect(edges[0].node.snippet).toContain('<mark>Zephyr</mark>');
  });

  it("finds a matter by its client's and parties' names, and docket entries by description", async () => {
    const matter = await createMatter(api, firm.admin.token, { clientId, title: 'Cargo claim' });
    await api.gql(
      AddParty,
      { input: { matterId: matter.id, name: 'Osprey Freight', kind: 'ORGANIZATION', role: 'DEFENDANT' } },
      { token: firm.admin.token },
    );
    await api.gql(
      AddEntry,
      { input: { matterId: matter.id, filedAt: '2026-02-02', description: 'Motion to compel Osprey discovery' } },
      { token: firm.admin.token },
    );
    expect((await find('bluebird')).edges.map((e) => e.node.node.id)).toEqual([matter.id]);
    const osprey = await find('osprey');
    expect(osprey.edges.map((e) => e.node.type).sort()).toEqual(['DOCKET_ENTRY', 'MATTER']);
    expect((await find('osprey', firm.admin.token, { types: ['DOCKET_ENTRY'] })).edges.map((e) => e.node.node.__typename)).toEqual([
      'DocketEntry',
    ]);
  });

  it('never returns a matter, or its notes, that the searcher may not see', async () => {
    const hidden = await createMatter(api, firm.admin.token, { clientId, title: 'Secret kestrel merger' });
    await api.gql(AddNote, { input: { matterId: hidden.id, body: 'Kestrel board meets Friday.' } }, { token: firm.admin.token });
    const shared = await createMatter(api, firm.admin.token, { clientId, title: 'Public kestrel survey' });
    await api.gql(AddMember, { input: { matterId: shared.id, userId: firm.paralegal.id } }, { token: firm.admin.token });
    expect((await find('kestrel', firm.paralegal.token)).edges.map((e) => e.node.node.id)).toEqual([shared.id]);
    expect((await find('kestrel', firm.admin.token)).edges).toHaveLength(3);
    const otherFirm = await createFirm(api, 'Other');
    expect((await find('kestrel', otherFirm.admin.token)).edges).toEqual([]);
  });

  it('pages through hits with cursors, without repeats', async () => {
    for (let i = 0; i < 5; i += 1) await createMatter(api, firm.admin.token, { clientId, title: `Falcon matter ${i}` });
    const first = await find('falcon', firm.admin.token, { first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await find('falcon', firm.admin.token, { first: 10, after: first.pageInfo.endCursor ?? undefined });
    const ids = [...first.edges, ...second.edges].map((e) => e.node.node.id);
    expect(new Set(ids).size).toBe(5);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses an empty query and a malformed cursor', async () => {
    const empty = await api.gql(Search, { query: '  ' }, { token: firm.admin.token });
    expect(empty.errors?.[0]).toMatchObject({ message: 'Query is required', extensions: { code: 'VALIDATION_FAILED' } });
    const bad = await api.gql(Search, { query: 'x', after: 'not-a-cursor' }, { token: firm.admin.token });
    expect(bad.errors?.[0]).toMatchObject({ message: 'Malformed cursor' });
  });
});
