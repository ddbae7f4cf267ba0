import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { localId, missingId } from '../support/ids.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { buildWorld, type World } from './two-firms.ts';

const Connections = graphql(`
  query TenancyConnections($clientId: ID!, $matterId: ID!) {
    matters(first: 100) { totalCount edges { node { id client { id } responsibleAttorney { id } } } }
    clients(first: 100) { totalCount edges { node { id } } }
    users(first: 100) { totalCount edges { node { id firm { id } } } }
    auditEvents(first: 100) { totalCount edges { node { id actor { id } } } }
    client: node(id: $clientId) { ... on Client { matters(first: 100) { totalCount edges { node { id } } } } }
    matter: node(id: $matterId) { ... on Matter { members(first: 100) { totalCount edges { node { id user { id } } } } } }
  }
`);

const FilteredConnections = graphql(`
  query TenancyFilteredConnections($clientId: ID!, $entityId: ID!) {
    matters(first: 100, filter: { clientId: $clientId }) { totalCount edges { node { id } } }
    auditEvents(first: 100, filter: { entityId: $entityId }) { totalCount edges { node { id } } }
  }
`);

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

describe('connections across firms', () => {
  it("never include another firm's matters, clients, users, audit events, client matters or team members", async () => {
    const result = await api.gql(Connections, { clientId: ours.clientId, matterId: ours.matterId }, { token: ours.firm.admin.token });
    expect(result.errors).toBeUndefined();
    const data = result.data;
    if (!data) throw new Error('no data');
    const firmId = localId(ours.firm.firmId);
    const ids = (edges: { node: { id: string } }[]) => edges.map((e) => localId(e.node.id)).sort();
    const db = async <T extends { id: string }>(rows: Promise<T[]>) => (await rows).map((r) => r.id).sort();

    expect(ids(data.matters.edges)).toEqual(await db(api.prisma.matter.findMany({ where: { firmId } })));
    expect(data.matters.totalCount).toBe(2);
    expect(ids(data.clients.edges)).toEqual(await db(api.prisma.client.findMany({ where: { firmId } })));
    expect(data.clients.totalCount).toBe(1);
    expect(ids(data.users.edges)).toEqual(await db(api.prisma.user.findMany({ where: { firmId } })));
    expect(data.users.totalCount).toBe(5);
    expect(data.users.edges.every((e) => e.node.firm.id === ours.firm.firmId)).toBe(true);
    expect(ids(data.auditEvents.edges)).toEqual(await db(api.prisma.auditEvent.findMany({ where: { firmId } })));
    expect(data.auditEvents.totalCount).toBe(await api.prisma.auditEvent.count({ where: { firmId } }));

    const clientMatters = data.client && 'matters' in data.client ? data.client.matters : null;
    expect(clientMatters?.totalCount).toBe(2);
    expect(ids(clientMatters?.edges ?? [])).toEqual(
      await db(api.prisma.matter.findMany({ where: { firmId, clientId: localId(ours.clientId) } })),
    );
    const members = data.matter && 'members' in data.matter ? data.matter.members : null;
    expect(members?.edges.map((e) => e.node.user.id).sort()).toEqual([ours.firm.attorney.id, ours.firm.paralegal.id].sort());
    expect(members?.totalCount).toBe(2);

    // The other firm's rows exist: the lists above left them out, they were not simply absent.
    const theirFirm = localId(theirs.firm.firmId);
    expect(await api.prisma.matter.count({ where: { firmId: theirFirm } })).toBe(2);
    expect(await api.prisma.auditEvent.count({ where: { firmId: theirFirm } })).toBeGreaterThan(0);
  });

  it("filtering by another firm's client or entity finds nothing, as for a missing one", async () => {
    const foreign = await api.gql(
      FilteredConnections,
      { clientId: theirs.clientId, entityId: theirs.matterId },
      { token: ours.firm.admin.token },
    );
    const missing = await api.gql(
      FilteredConnections,
      { clientId: missingId('Client'), entityId: missingId('Matter') },
      { token: ours.firm.admin.token },
    );
    const empty = { totalCount: 0, edges: [] };
    expect(foreign.data).toEqual({ matters: empty, auditEvents: empty });
    expect(foreign.data).toEqual(missing.data);
  });
});
