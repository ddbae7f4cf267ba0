import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { type Actor, createClient, createFirm, createMatter, expectType, type FirmFixture } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const Visible = graphql(`
  query VisibilityMatters($clientId: ID!) {
    matters(first: 100) { totalCount edges { node { id } } }
    client: node(id: $clientId) { ... on Client { matters(first: 100) { totalCount edges { node { id } } } } }
  }
`);

const VisibilityNodes = graphql(`
  query VisibilityNodes($ids: [ID!]!) {
    nodes(ids: $ids) { __typename id }
  }
`);

const AddMember = graphql(`
  mutation VisibilityAddMember($input: AddMatterMemberInput!) {
    addMatterMember(input: $input) {
      __typename
      ... on AddMatterMemberPayload { matter { id members(first: 10) { edges { node { id role user { id } } } } } }
      ... on Error { message }
    }
  }
`);

const RemoveMember = graphql(`
  mutation VisibilityRemoveMember($input: RemoveMatterMemberInput!) {
    removeMatterMember(input: $input) {
      __typename
      ... on RemoveMatterMemberPayload { matter { id } }
      ... on Error { message }
    }
  }
`);

const UpdateFirm = graphql(`
  mutation VisibilityUpdateFirm($input: UpdateFirmInput!) {
    updateFirm(input: $input) {
      __typename
      ... on UpdateFirmPayload { firm { openMatterAccess } }
      ... on Error { message }
    }
  }
`);

const UpdateMatter = graphql(`
  mutation VisibilityUpdateMatter($input: UpdateMatterInput!) {
    updateMatter(input: $input) {
      __typename
      ... on UpdateMatterPayload { matter { id } }
      ... on NotFoundError { message entity }
      ... on Error { message }
    }
  }
`);

const MatterTeam = graphql(`
  query VisibilityMatterTeam($id: ID!) {
    node(id: $id) { ... on Matter { members(first: 10) { edges { node { id role user { id } } } } } }
  }
`);

let api: TestServer;
let firm: FirmFixture;
let clientId: string;
/** No team, no responsible attorney: only admins (or open access) see it. */
let unassigned: string;
/** The attorney is responsible for it. */
let responsible: string;
/** The paralegal is on its team. */
let teamed: string;

beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Visibility');
  clientId = (await createClient(api, firm.admin.token)).id;
  unassigned = (await createMatter(api, firm.admin.token, { clientId, title: 'Unassigned' })).id;
  responsible = (await createMatter(api, firm.admin.token, { clientId, title: 'Responsible', responsibleAttorneyId: firm.attorney.id })).id;
  teamed = (await createMatter(api, firm.admin.token, { clientId, title: 'Teamed' })).id;
  await addMember(teamed, firm.paralegal);
});

async function addMember(matterId: string, user: Actor, by: Actor = firm.admin) {
  const result = await api.gql(AddMember, { input: { matterId, userId: user.id } }, { token: by.token });
  return expectType(result.data?.addMatterMember, 'AddMatterMemberPayload');
}

/** What `actor` sees of the firm's matters: the matters list, its count, Client.matters and node() for each matter. */
async function sight(actor: Actor, created: string[] = []) {
  const all = [unassigned, responsible, teamed, ...created];
  const result = await api.gql(Visible, { clientId }, { token: actor.token });
  expect(result.errors).toBeUndefined();
  const nodes = await api.gql(VisibilityNodes, { ids: all }, { token: actor.token });
  expect(nodes.errors).toBeUndefined();
  const clientMatters = result.data?.client && 'matters' in result.data.client ? result.data.client.matters : null;
  const ids = (edges: { node: { id: string } }[] | undefined) => (edges ?? []).map((e) => e.node.id).sort();
  return {
    matters: ids(result.data?.matters.edges),
    totalCount: result.data?.matters.totalCount,
    clientMatters: ids(clientMatters?.edges),
    clientTotalCount: clientMatters?.totalCount,
    byNode: all.filter((_, i) => nodes.data?.nodes[i] !== null).sort(),
  };
}

const seeing = (...ids: string[]) => ({
  matters: [...ids].sort(),
  totalCount: ids.length,
  clientMatters: [...ids].sort(),
  clientTotalCount: ids.length,
  byNode: [...ids].sort(),
});

describe('a non-admin', () => {
  it('sees only the matters they are on the team of or responsible for', async () => {
    expect(await sight(firm.paralegal)).toEqual(seeing(teamed));
    expect(await sight(firm.attorney)).toEqual(seeing(responsible));
    expect(await sight(firm.billing)).toEqual(seeing());
    expect(await sight(firm.readOnly)).toEqual(seeing());
  });

  it('sees a matter once added to its team, and no longer once removed', async () => {
    await addMember(unassigned, firm.readOnly);
    expect(await sight(firm.readOnly)).toEqual(seeing(unassigned));
    const removed = await api.gql(RemoveMember, { input: { matterId: unassigned, userId: firm.readOnly.id } }, { token: firm.admin.token });
    expectType(removed.data?.removeMatterMember, 'RemoveMatterMemberPayload');
    expect(await sight(firm.readOnly)).toEqual(seeing());
  });

  it('cannot change a matter hidden from them: it is not found', async () => {
    const result = await api.gql(UpdateMatter, { input: { id: unassigned, title: 'Sneaky' } }, { token: firm.paralegal.token });
    expect(result.data?.updateMatter).toEqual({ __typename: 'NotFoundError', message: 'Matter not found', entity: 'Matter' });
    expect((await api.prisma.matter.findFirstOrThrow({ where: { title: 'Unassigned' } })).title).toBe('Unassigned');
  });

  it('cannot see the team members of a matter hidden from them through node()', async () => {
    const team = await addMember(unassigned, firm.billing);
    const memberId = team.matter.members.edges[0].node.id;
    const result = await api.gql(VisibilityNodes, { ids: [memberId] }, { token: firm.paralegal.token });
    expect(result.data?.nodes).toEqual([null]);
    const own = await api.gql(VisibilityNodes, { ids: [memberId] }, { token: firm.billing.token });
    expect(own.data?.nodes).toEqual([{ __typename: 'MatterMember', id: memberId }]);
  });

  it('creating a matter joins its team as LEAD and keeps seeing it', async () => {
    const created = await createMatter(api, firm.paralegal.token, { clientId, title: 'Paralegal opened' });
    expect(await sight(firm.paralegal, [created.id])).toEqual(seeing(teamed, created.id));
    const team = await api.gql(MatterTeam, { id: created.id }, { token: firm.paralegal.token });
    const members = team.data?.node && 'members' in team.data.node ? team.data.node.members.edges.map((e) => e.node) : [];
    expect(members).toEqual([{ id: expect.any(String), role: 'LEAD', user: { id: firm.paralegal.id } }]);
  });
});

describe('an admin', () => {
  it('sees every matter of the firm without being on any team', async () => {
    expect(await sight(firm.admin)).toEqual(seeing(unassigned, responsible, teamed));
  });

  it('does not join the team of a matter they create', async () => {
    const created = await createMatter(api, firm.admin.token, { clientId, title: 'Admin opened' });
    const team = await api.gql(MatterTeam, { id: created.id }, { token: firm.admin.token });
    expect(team.data?.node && 'members' in team.data.node ? team.data.node.members.edges : null).toEqual([]);
  });
});

describe('the openMatterAccess firm setting', () => {
  it('opens every matter to all staff, and closing it again restores team-only sight', async () => {
    const opened = await api.gql(UpdateFirm, { input: { openMatterAccess: true } }, { token: firm.admin.token });
    expect(expectType(opened.data?.updateFirm, 'UpdateFirmPayload').firm.openMatterAccess).toBe(true);
    for (const actor of [firm.attorney, firm.paralegal, firm.billing, firm.readOnly]) {
      expect(await sight(actor)).toEqual(seeing(unassigned, responsible, teamed));
    }
    const update = await api.gql(UpdateMatter, { input: { id: unassigned, title: 'Now editable' } }, { token: firm.paralegal.token });
    expectType(update.data?.updateMatter, 'UpdateMatterPayload');

    const closed = await api.gql(UpdateFirm, { input: { openMatterAccess: false } }, { token: firm.admin.token });
    expect(expectType(closed.data?.updateFirm, 'UpdateFirmPayload').firm.openMatterAccess).toBe(false);
    expect(await sight(firm.paralegal)).toEqual(seeing(teamed));
    expect(await sight(firm.readOnly)).toEqual(seeing());
  });
});
