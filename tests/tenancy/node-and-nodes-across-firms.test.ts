import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { missingId } from '../support/ids.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { buildWorld, type World } from './two-firms.ts';

const Node = graphql(`
  query TenancyNode($id: ID!) {
    node(id: $id) { __typename id }
  }
`);

const Nodes = graphql(`
  query TenancyNodes($ids: [ID!]!) {
    nodes(ids: $ids) { __typename id }
  }
`);

/** Every node of a world, keyed by its type. */
function nodesOf(world: World): Record<string, string> {
  return {
    Firm: world.firm.firmId,
    User: world.firm.attorney.id,
    Client: world.clientId,
    Matter: world.matterId,
    MatterMember: world.memberId,
    AuditEvent: world.auditEventId,
  };
}

let api: TestServer;
let ours: World;
let theirs: World;

beforeAll(async () => {
  await resetDatabase();
  api = await startTestServer();
  ours = await buildWorld(api, 'Ours');
  theirs = await buildWorld(api, 'Theirs');
});
afterAll(() => api.close());

const TYPES = ['Firm', 'User', 'Client', 'Matter', 'MatterMember', 'AuditEvent'] as const;

describe('node and nodes across firms', () => {
  it.each(TYPES)('node() finds our own %s', async (type) => {
    const id = nodesOf(ours)[type];
    const result = await api.gql(Node, { id }, { token: ours.firm.admin.token });
    expect(result.errors).toBeUndefined();
    expect(result.data?.node).toEqual({ __typename: type, id });
  });

  it.each(TYPES)("node() answers another firm's %s exactly like a missing one: null", async (type) => {
    const foreign = await api.gql(Node, { id: nodesOf(theirs)[type] }, { token: ours.firm.admin.token });
    const missing = await api.gql(Node, { id: missingId(type) }, { token: ours.firm.admin.token });
    expect(foreign.data).toEqual({ node: null });
    expect(foreign.errors).toBeUndefined();
    expect({ status: foreign.status, data: foreign.data, errors: foreign.errors }).toEqual({
      status: missing.status,
      data: missing.data,
      errors: missing.errors,
    });
  });

  it("nodes() returns ours in order and null for every other firm's node and every missing one", async () => {
    const own = TYPES.map((type) => nodesOf(ours)[type]);
    const foreign = TYPES.map((type) => nodesOf(theirs)[type]);
    const missing = TYPES.map((type) => missingId(type));
    const result = await api.gql(Nodes, { ids: [...own, ...foreign, ...missing] }, { token: ours.firm.admin.token });
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes).toEqual([
      ...TYPES.map((type, i) => ({ __typename: type, id: own[i] })),
      ...foreign.map(() => null),
      ...missing.map(() => null),
    ]);
  });

  it("a non-admin's node() and nodes() treat the other firm's nodes as missing too", async () => {
    const foreign = TYPES.map((type) => nodesOf(theirs)[type]);
    const result = await api.gql(Nodes, { ids: foreign }, { token: ours.firm.attorney.token });
    expect(result).toMatchObject({ status: 200, data: { nodes: foreign.map(() => null) } });
    for (const id of foreign) expect((await api.gql(Node, { id }, { token: ours.firm.attorney.token })).data).toEqual({ node: null });
  });
});
