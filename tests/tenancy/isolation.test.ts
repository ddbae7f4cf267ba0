import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, expectType, type FirmFixture } from '../support/fixtures.ts';
import { localId, missingId } from '../support/ids.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

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

const MatterSetup = graphql(`
  query TenancyMatterSetup($id: ID!) {
    node(id: $id) { ... on Matter { members(first: 10) { edges { node { id user { id } } } } } }
    auditEvents(first: 1) { edges { node { id } } }
  }
`);

const AddMember = graphql(`
  mutation TenancyAddMember($input: AddMatterMemberInput!) {
    addMatterMember(input: $input) {
      __typename
      ... on AddMatterMemberPayload { matter { id } }
      ... on Error { message }
      ... on NotFoundError { entity }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const RemoveMember = graphql(`
  mutation TenancyRemoveMember($input: RemoveMatterMemberInput!) {
    removeMatterMember(input: $input) {
      __typename
      ... on RemoveMatterMemberPayload { matter { id } }
      ... on Error { message }
      ... on NotFoundError { entity }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const UpdateClient = graphql(`
  mutation TenancyUpdateClient($input: UpdateClientInput!) {
    updateClient(input: $input) {
      __typename
      ... on UpdateClientPayload { client { id name } }
      ... on Error { message }
      ... on NotFoundError { entity }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const UpdateMatter = graphql(`
  mutation TenancyUpdateMatter($input: UpdateMatterInput!) {
    updateMatter(input: $input) {
      __typename
      ... on UpdateMatterPayload { matter { id title } }
      ... on Error { message }
      ... on NotFoundError { entity }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const CloseMatter = graphql(`
  mutation TenancyCloseMatter($input: CloseMatterInput!) {
    closeMatter(input: $input) {
      __typename
      ... on CloseMatterPayload { matter { id status } }
      ... on Error { message }
      ... on NotFoundError { entity }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const ReopenMatter = graphql(`
  mutation TenancyReopenMatter($input: ReopenMatterInput!) {
    reopenMatter(input: $input) {
      __typename
      ... on ReopenMatterPayload { matter { id status } }
      ... on Error { message }
      ... on NotFoundError { entity }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const ChangeUserRole = graphql(`
  mutation TenancyChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      __typename
      ... on ChangeUserRolePayload { user { id role } }
      ... on Error { message }
      ... on NotFoundError { entity }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const CreateMatter = graphql(`
  mutation TenancyCreateMatter($input: CreateMatterInput!) {
    createMatter(input: $input) {
      __typename
      ... on CreateMatterPayload { matter { id } }
      ... on Error { message }
      ... on NotFoundError { entity }
      ... on ValidationError { issues { path message } }
    }
  }
`);

/** One firm with a row of every kind: a client, an open matter with a team, a closed matter, audit events. */
interface World {
  firm: FirmFixture;
  clientId: string;
  matterId: string;
  closedMatterId: string;
  /** The paralegal's membership of `matterId`. */
  memberId: string;
  auditEventId: string;
}

async function buildWorld(api: TestServer, name: string): Promise<World> {
  const firm = await createFirm(api, name);
  const client = await createClient(api, firm.admin.token);
  const matter = await createMatter(api, firm.attorney.token, { clientId: client.id, responsibleAttorneyId: firm.attorney.id });
  const closed = await createMatter(api, firm.admin.token, { clientId: client.id });
  expectType(
    (await api.gql(CloseMatter, { input: { id: closed.id } }, { token: firm.admin.token })).data?.closeMatter,
    'CloseMatterPayload',
  );
  expectType(
    (await api.gql(AddMember, { input: { matterId: matter.id, userId: firm.paralegal.id } }, { token: firm.admin.token })).data
      ?.addMatterMember,
    'AddMatterMemberPayload',
  );
  const setup = await api.gql(MatterSetup, { id: matter.id }, { token: firm.admin.token });
  const team = setup.data?.node && 'members' in setup.data.node ? setup.data.node.members.edges : [];
  const member = team.find((e) => e.node.user.id === firm.paralegal.id);
  if (!member) throw new Error(`paralegal missing from the team: ${JSON.stringify(setup)}`);
  const auditEventId = setup.data?.auditEvents.edges[0]?.node.id;
  if (!auditEventId) throw new Error(`no audit event: ${JSON.stringify(setup)}`);
  return { firm, clientId: client.id, matterId: matter.id, closedMatterId: closed.id, memberId: member.node.id, auditEventId };
}

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

/** Every row of every tenant table, to prove a refused mutation wrote nothing anywhere. */
async function everything() {
  const byId = { orderBy: { id: 'asc' } } as const;
  const p = api.prisma;
  return {
    firms: await p.firm.findMany(byId),
    users: await p.user.findMany(byId),
    clients: await p.client.findMany(byId),
    matters: await p.matter.findMany(byId),
    members: await p.matterMember.findMany(byId),
    auditEvents: await p.auditEvent.findMany(byId),
    domainEvents: await p.domainEvent.findMany(byId),
  };
}

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

describe('mutations given another firm’s IDs', () => {
  type Run = (ids: { foreign: boolean }) => Promise<{ status: number; data?: unknown; errors?: unknown }>;
  const pick = (foreign: boolean, type: string, theirId: () => string) => (foreign ? theirId() : missingId(type));
  const token = () => ours.firm.admin.token;

  const cases: [string, Run, unknown][] = [
    [
      'updateClient',
      ({ foreign }) =>
        api.gql(UpdateClient, { input: { id: pick(foreign, 'Client', () => theirs.clientId), name: 'Taken over' } }, { token: token() }),
      { updateClient: { __typename: 'NotFoundError', message: 'Client not found', entity: 'Client' } },
    ],
    [
      'updateMatter',
      ({ foreign }) =>
        api.gql(UpdateMatter, { input: { id: pick(foreign, 'Matter', () => theirs.matterId), title: 'Taken over' } }, { token: token() }),
      { updateMatter: { __typename: 'NotFoundError', message: 'Matter not found', entity: 'Matter' } },
    ],
    [
      'closeMatter',
      ({ foreign }) => api.gql(CloseMatter, { input: { id: pick(foreign, 'Matter', () => theirs.matterId) } }, { token: token() }),
      { closeMatter: { __typename: 'NotFoundError', message: 'Matter not found', entity: 'Matter' } },
    ],
    [
      'reopenMatter',
      ({ foreign }) => api.gql(ReopenMatter, { input: { id: pick(foreign, 'Matter', () => theirs.closedMatterId) } }, { token: token() }),
      { reopenMatter: { __typename: 'NotFoundError', message: 'Matter not found', entity: 'Matter' } },
    ],
    [
      'addMatterMember with their matter',
      ({ foreign }) =>
        api.gql(
          AddMember,
          { input: { matterId: pick(foreign, 'Matter', () => theirs.matterId), userId: ours.firm.billing.id } },
          { token: token() },
        ),
      { addMatterMember: { __typename: 'NotFoundError', message: 'Matter not found', entity: 'Matter' } },
    ],
    [
      'addMatterMember with their user',
      ({ foreign }) =>
        api.gql(
          AddMember,
          { input: { matterId: ours.matterId, userId: pick(foreign, 'User', () => theirs.firm.billing.id) } },
          { token: token() },
        ),
      {
        addMatterMember: {
          __typename: 'ValidationError',
          message: 'User not found',
          issues: [{ path: ['userId'], message: 'User not found' }],
        },
      },
    ],
    [
      'removeMatterMember with their matter',
      ({ foreign }) =>
        api.gql(
          RemoveMember,
          { input: { matterId: pick(foreign, 'Matter', () => theirs.matterId), userId: theirs.firm.paralegal.id } },
          { token: token() },
        ),
      { removeMatterMember: { __typename: 'NotFoundError', message: 'Matter not found', entity: 'Matter' } },
    ],
    [
      'removeMatterMember with their user',
      ({ foreign }) =>
        api.gql(
          RemoveMember,
          { input: { matterId: ours.matterId, userId: pick(foreign, 'User', () => theirs.firm.paralegal.id) } },
          { token: token() },
        ),
      { removeMatterMember: { __typename: 'NotFoundError', message: 'Matter member not found', entity: 'Matter member' } },
    ],
    [
      'changeUserRole',
      ({ foreign }) =>
        api.gql(
          ChangeUserRole,
          { input: { userId: pick(foreign, 'User', () => theirs.firm.attorney.id), role: 'ADMIN' } },
          { token: token() },
        ),
      { changeUserRole: { __typename: 'NotFoundError', message: 'User not found', entity: 'User' } },
    ],
    [
      'changeUserRole on their admin',
      ({ foreign }) =>
        api.gql(
          ChangeUserRole,
          { input: { userId: pick(foreign, 'User', () => theirs.firm.admin.id), role: 'READ_ONLY' } },
          { token: token() },
        ),
      { changeUserRole: { __typename: 'NotFoundError', message: 'User not found', entity: 'User' } },
    ],
    [
      'createMatter with their client',
      ({ foreign }) =>
        api.gql(
          CreateMatter,
          { input: { clientId: pick(foreign, 'Client', () => theirs.clientId), title: 'Poached' } },
          { token: token() },
        ),
      {
        createMatter: {
          __typename: 'ValidationError',
          message: 'Client not found',
          issues: [{ path: ['clientId'], message: 'Client not found' }],
        },
      },
    ],
    [
      'createMatter with their responsible attorney',
      ({ foreign }) =>
        api.gql(
          CreateMatter,
          {
            input: {
              clientId: ours.clientId,
              title: 'Poached',
              responsibleAttorneyId: pick(foreign, 'User', () => theirs.firm.attorney.id),
            },
          },
          { token: token() },
        ),
      {
        createMatter: {
          __typename: 'ValidationError',
          message: 'Responsible attorney not found',
          issues: [{ path: ['responsibleAttorneyId'], message: 'Responsible attorney not found' }],
        },
      },
    ],
    [
      'updateMatter with their responsible attorney',
      ({ foreign }) =>
        api.gql(
          UpdateMatter,
          { input: { id: ours.matterId, responsibleAttorneyId: pick(foreign, 'User', () => theirs.firm.attorney.id) } },
          { token: token() },
        ),
      {
        updateMatter: {
          __typename: 'ValidationError',
          message: 'Responsible attorney not found',
          issues: [{ path: ['responsibleAttorneyId'], message: 'Responsible attorney not found' }],
        },
      },
    ],
  ];

  it.each(cases)('%s answers exactly as for a missing ID and writes nothing', async (_name, run, expected) => {
    const before = await everything();
    const foreign = await run({ foreign: true });
    const missing = await run({ foreign: false });
    expect(foreign.data).toEqual(expected);
    expect(foreign.errors).toBeUndefined();
    expect({ status: foreign.status, data: foreign.data, errors: foreign.errors }).toEqual({
      status: missing.status,
      data: missing.data,
      errors: missing.errors,
    });
    expect(await everything()).toEqual(before);
  });

  it('the same mutations succeed on our own IDs, so the refusals above are about the firm', async () => {
    const client = await api.gql(UpdateClient, { input: { id: ours.clientId, name: 'Renamed' } }, { token: token() });
    expect(expectType(client.data?.updateClient, 'UpdateClientPayload').client).toEqual({ id: ours.clientId, name: 'Renamed' });
    const matter = await api.gql(
      CreateMatter,
      { input: { clientId: ours.clientId, title: 'Ours', responsibleAttorneyId: ours.firm.attorney.id } },
      { token: token() },
    );
    expectType(matter.data?.createMatter, 'CreateMatterPayload');
    const added = await api.gql(AddMember, { input: { matterId: ours.matterId, userId: ours.firm.billing.id } }, { token: token() });
    expectType(added.data?.addMatterMember, 'AddMatterMemberPayload');
  });
});
