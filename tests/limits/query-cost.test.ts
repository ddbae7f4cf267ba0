import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, type FirmFixture } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let api: TestServer;
let firm: FirmFixture;
let client: { id: string };

beforeAll(async () => {
  api = await startTestServer({ security: { maxQueryCost: 1_000, rateLimitBucket: 5_000, rateLimitRestorePerSecond: 1 } });
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Costly');
  client = await createClient(api, firm.admin.token);
  await createMatter(api, firm.admin.token, { clientId: client.id, title: 'Costed' });
});

interface Cost {
  requestedQueryCost: number;
  actualQueryCost: number | null;
  throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number } | null;
}

const costOf = async (query: string, variables?: Record<string, unknown>) => {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${firm.admin.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    errors?: { message: string; extensions: Record<string, unknown> }[];
    extensions?: { cost: Cost };
  };
  return { status: response.status, errors: body.errors, cost: body.extensions?.cost };
};

describe('query cost', () => {
  it('reports every operation’s cost and the caller’s bucket in extensions.cost', async () => {
    const result = await costOf('{ me { name firm { name } } }');
    expect(result.errors).toBeUndefined();
    expect(result.cost).toEqual({
      requestedQueryCost: 2,
      actualQueryCost: 2,
      throttleStatus: { maximumAvailable: 5_000, currentlyAvailable: expect.any(Number), restoreRate: 1 },
    });
    expect(result.cost?.throttleStatus?.currentlyAvailable).toBeLessThanOrEqual(4_998);
  });

  it('costs a connection by its page size, each item and its objects', async () => {
    // 1 for the connection, 10 items × (matter + client), pageInfo once.
    const result = await costOf('{ matters(first: 10) { edges { cursor node { title client { name } } } pageInfo { hasNextPage } } }');
    expect(result.cost?.requestedQueryCost).toBe(1 + 10 * 2 + 1);
    const nested = await costOf('{ clients(first: 5) { edges { node { matters(first: 4) { edges { node { id } } } } } } }');
    expect(nested.cost?.requestedQueryCost).toBe(1 + 5 * (1 + 1 + 4));
  });

  it('costs page sizes passed as variables exactly like written ones', async () => {
    const written = await costOf('{ clients(first: 7) { edges { node { name } } } }');
    const variable = await costOf('query C($n: Int!) { clients(first: $n) { edges { node { name } } } }', { n: 7 });
    expect(variable.cost?.requestedQueryCost).toBe(written.cost?.requestedQueryCost);
    expect(written.cost?.requestedQueryCost).toBe(8);
  });

  it('costs nodes(ids:) once per id and each mutation 10 plus its payload', async () => {
    const nodes = await costOf('query N($ids: [ID!]!) { nodes(ids: $ids) { id ... on Client { name } } }', {
      ids: [client.id, client.id, client.id],
    });
    expect(nodes.cost?.requestedQueryCost).toBe(3);
    const mutation = await costOf(
      'mutation C($input: CreateClientInput!) { createClient(input: $input) { __typename ... on CreateClientPayload { client { id } } } }',
      { input: { name: 'Priced', kind: 'PERSON' } },
    );
    expect(mutation.errors).toBeUndefined();
    expect(mutation.cost?.requestedQueryCost).toBe(10 + 1 + 1);
  });

  it('charges what the answer held: a page of one where ten were asked costs one item, and the rest flows back', async () => {
    const full = await costOf('{ me { name } }');
    const available = full.cost?.throttleStatus?.currentlyAvailable as number;
    const result = await costOf('{ matters(first: 10) { edges { node { title client { name } } } } }');
    expect(result.cost).toMatchObject({ requestedQueryCost: 21, actualQueryCost: 1 + 2 });
    // Only the actual cost stays spent (the bucket refills meanwhile, never beyond what it was).
    expect(result.cost?.throttleStatus?.currentlyAvailable).toBeGreaterThanOrEqual(available - 3);
  });

  it('refuses an operation over the maximum with QUERY_TOO_COMPLEX and its cost, before any SQL', async () => {
    api.statements.length = 0;
    api.readStatements.length = 0;
    const result = await costOf('{ clients(first: 100) { edges { node { matters(first: 100) { edges { node { id } } } } } } }');
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([
      {
        message: 'Query is too complex: it costs 10201, and at most 1000 is allowed',
        extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', maximumCost: 1_000 }),
      },
    ]);
    expect(result.errors?.[0].extensions.cost).toEqual(result.cost);
    expect(result.cost).toMatchObject({ requestedQueryCost: 10_201, actualQueryCost: null });
    expect(api.readStatements).toEqual([]);
    expect(api.statements.filter((sql) => /"(Matter|Client)"/.test(sql))).toEqual([]);
  });

  it('costs a fragment spread on many fields without walking it again each time', async () => {
    const spreads = Array.from({ length: 15 }, (_, i) => `a${i}: me { ...F }`).join(' ');
    const result = await costOf(`{ ${spreads} } fragment F on User { name firm { name } }`);
    expect(result.errors).toBeUndefined();
    expect(result.cost?.requestedQueryCost).toBe(15 * 2);
  });
});
