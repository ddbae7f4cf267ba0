import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, type FirmFixture } from '../support/fixtures.ts';
import { globalId } from '../support/ids.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let api: TestServer;
let firm: FirmFixture;
let matter: { id: string };
let client: { id: string };

beforeAll(async () => {
  // The resolvers' own lookup is what these tests hold to one statement per type; the SQL read path
  // (which answers the same in one statement for every type) is held to it in tests/api/read-path.test.ts.
  api = await startTestServer({ bodyLimit: 1_000_000, readPath: false });
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Nodes');
  client = await createClient(api, firm.admin.token);
  matter = await createMatter(api, firm.admin.token, { clientId: client.id, title: 'Visible' });
});

const NODES = `query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) { __typename id ... on Matter { title client { name } members(first: 5) { edges { node { role } } } } ... on Client { name } }
}`;

const madeUp = (n: number) => Array.from({ length: n }, () => globalId('Matter', randomUUID()));
const touching = (statements: string[], table: string) => statements.filter((s) => s.includes(`"${table}"`));

describe('nodes(ids:)', () => {
  it('refuses more than 100 ids with BAD_USER_INPUT before any SQL runs', async () => {
    for (const count of [101, 1_000, 5_000]) {
      api.statements.length = 0;
      const result = await api.gql(NODES, { ids: madeUp(count) }, { token: firm.readOnly.token });
      expect(result.status).toBeLessThan(500);
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/^ids: .*at most 100 ids/),
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(touching(api.statements, 'Matter')).toEqual([]);
    }
  });

  it('refuses 101 ids written in the query itself', async () => {
    const literal = `{ nodes(ids: [${madeUp(101)
      .map((id) => JSON.stringify(id))
      .join(', ')}]) { id } }`;
    const result = await api.gql(literal, {}, { token: firm.readOnly.token });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('reads 100 ids of two types in one statement per type, nulls for the made-up ones, in order', async () => {
    const ids = [...madeUp(97), matter.id, client.id, globalId('Client', randomUUID())];
    api.statements.length = 0;
    const result = await api.gql(NODES, { ids }, { token: firm.admin.token });
    expect(result.errors).toBeUndefined();
    const nodes = (result.data as { nodes: ({ id: string; __typename: string } | null)[] }).nodes;
    expect(nodes).toHaveLength(100);
    expect(nodes.slice(0, 97).every((n) => n === null)).toBe(true);
    expect(nodes[97]).toMatchObject({ __typename: 'Matter', id: matter.id, title: 'Visible', client: { name: expect.any(String) } });
    expect(nodes[98]).toMatchObject({ __typename: 'Client', id: client.id });
    expect(nodes[99]).toBeNull();
    expect(api.statements.filter((s) => /FROM "public"\."Matter"/.test(s) && /IN \(/.test(s))).toHaveLength(1);
    expect(api.statements.filter((s) => /FROM "public"\."Client"/.test(s) && /IN \(/.test(s)).length).toBeLessThanOrEqual(2);
    expect(api.statements.length).toBeLessThan(10);
  });

  it('answers 100 copies of one visible id with nested fields from a handful of statements', async () => {
    api.statements.length = 0;
    const result = await api.gql(NODES, { ids: Array.from({ length: 100 }, () => matter.id) }, { token: firm.admin.token });
    expect(result.errors).toBeUndefined();
    expect(new Set((result.data as { nodes: { id: string }[] }).nodes.map((n) => n.id))).toEqual(new Set([matter.id]));
    expect(api.statements.length).toBeLessThan(10);
  });

  it('counts the cost of every id: a selection that fits once is refused for 100 ids', async () => {
    const heavy = `query Heavy($ids: [ID!]!) { nodes(ids: $ids) { id ... on Client {
      matters(first: 100) { edges { node { members(first: 100) { edges { node { role user { name email } } } } } } } } } }`;
    const once = await api.gql(heavy, { ids: [client.id] }, { token: firm.admin.token });
    expect(once.errors).toBeUndefined();
    api.statements.length = 0;
    const many = await api.gql(heavy, { ids: Array.from({ length: 100 }, () => client.id) }, { token: firm.admin.token });
    expect(many.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/too complex/),
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
    expect(touching(api.statements, 'Matter')).toEqual([]);
  });

  it.each([
    ['Foo', 'an unknown type'],
    ['Invitation', 'a name that is no type'],
    ['BackgroundJob', 'a model name that is not a node type'],
    ['PageInfo', 'a type that is not a node'],
  ])('refuses a global id of %s (%s) with BAD_USER_INPUT naming the argument', async (type) => {
    const id = globalId(type, randomUUID());
    const single = await api.gql('query One($id: ID!) { node(id: $id) { id } }', { id }, { token: firm.admin.token });
    expect(single.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^id: /), extensions: { code: 'BAD_USER_INPUT' } });
    const many = await api.gql(NODES, { ids: [matter.id, id] }, { token: firm.admin.token });
    expect(many.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^ids: /), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it("still treats another firm's ids like missing ones", async () => {
    const rival = await createFirm(api, 'Rival');
    const result = await api.gql(NODES, { ids: [matter.id, client.id] }, { token: rival.admin.token });
    expect(result.data).toEqual({ nodes: [null, null] });
  });
});
