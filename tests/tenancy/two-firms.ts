import { graphql } from '../gql/index.ts';
import { createClient, createFirm, createMatter, expectType, type FirmFixture } from '../support/fixtures.ts';
import type { TestServer } from '../support/server.ts';

export const MatterSetup = graphql(`
  query TenancyMatterSetup($id: ID!) {
    node(id: $id) { ... on Matter { members(first: 10) { edges { node { id user { id } } } } } }
    auditEvents(first: 1) { edges { node { id } } }
  }
`);

export const AddMember = graphql(`
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

export const CloseMatter = graphql(`
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

/** One firm with a row of every kind: a client, an open matter with a team, a closed matter, audit events. */
export interface World {
  firm: FirmFixture;
  clientId: string;
  matterId: string;
  closedMatterId: string;
  /** The paralegal's membership of `matterId`. */
  memberId: string;
  auditEventId: string;
}

export async function buildWorld(api: TestServer, name: string): Promise<World> {
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
