import { afterAll, beforeAll, expect } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { type Actor, createClient, createFirm, createMatter, expectType, type FirmFixture, PASSWORD } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

export const AuditTrail = graphql(`
  query RolesAuditTrail { auditEvents(first: 5) { totalCount } }
`);

export const ChangeRole = graphql(`
  mutation RolesChangeRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      __typename
      ... on ChangeUserRolePayload { user { id role } }
      ... on Error { message }
    }
  }
`);

export const ChangePassword = graphql(`
  mutation RolesChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ... on ChangePasswordPayload { user { id } }
      ... on ValidationError { message issues { path message } }
      ... on Error { message }
    }
  }
`);

export const CloseMatter = graphql(`
  mutation RolesCloseMatter($input: CloseMatterInput!) {
    closeMatter(input: $input) {
      __typename
      ... on CloseMatterPayload { matter { id status } }
      ... on Error { message }
    }
  }
`);

export const AddMember = graphql(`
  mutation RolesAddMember($input: AddMatterMemberInput!) {
    addMatterMember(input: $input) {
      __typename
      ... on AddMatterMemberPayload { matter { id } }
      ... on Error { message }
    }
  }
`);

export const CreateClient = graphql(`
  mutation RolesCreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      __typename
      ... on CreateClientPayload { client { id } }
      ... on Error { message }
    }
  }
`);

export const NEW_PASSWORD = 'a-brand-new-passphrase';

export let api: TestServer;
export let firm: FirmFixture;
export let clientId: string;

/** An open matter whose team holds every non-admin but billing. */
export let matterId: string;

/** A closed matter with the same team. */
export let closedMatterId: string;

/** A fresh firm: refusals share one (they write nothing), changes get their own. */
export async function freshWorld() {
  await resetDatabase();
  firm = await createFirm(api, 'Roles');
  clientId = (await createClient(api, firm.admin.token)).id;
  matterId = (await createMatter(api, firm.admin.token, { clientId, responsibleAttorneyId: firm.attorney.id })).id;
  closedMatterId = (await createMatter(api, firm.admin.token, { clientId })).id;
  for (const id of [matterId, closedMatterId]) {
    for (const user of [firm.paralegal, firm.readOnly, firm.attorney]) {
      const added = await api.gql(AddMember, { input: { matterId: id, userId: user.id } }, { token: firm.admin.token });
      expectType(added.data?.addMatterMember, 'AddMatterMemberPayload');
    }
  }
  expectType(
    (await api.gql(CloseMatter, { input: { id: closedMatterId } }, { token: firm.admin.token })).data?.closeMatter,
    'CloseMatterPayload',
  );
}

/** Every row of every table a mutation could write, to prove a refused one wrote nothing. */
export async function everything() {
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

export type Attempt = [mutation: string, inputType: string, input: () => Record<string, unknown>];

/** Every mutation of the firm's data, with input that would succeed for an admin. */
export const FIRM_MUTATIONS: Attempt[] = [
  ['createClient', 'CreateClientInput', () => ({ name: 'New Client', kind: 'PERSON' })],
  ['updateClient', 'UpdateClientInput', () => ({ id: clientId, name: 'Renamed' })],
  ['createMatter', 'CreateMatterInput', () => ({ clientId, title: 'New matter' })],
  ['updateMatter', 'UpdateMatterInput', () => ({ id: matterId, title: 'Renamed' })],
  ['closeMatter', 'CloseMatterInput', () => ({ id: matterId })],
  ['reopenMatter', 'ReopenMatterInput', () => ({ id: closedMatterId })],
  ['addMatterMember', 'AddMatterMemberInput', () => ({ matterId, userId: firm.billing.id })],
  ['removeMatterMember', 'RemoveMatterMemberInput', () => ({ matterId, userId: firm.paralegal.id })],
  ['createUser', 'CreateUserInput', () => ({ name: 'Mallory', email: 'mallory@example.test', role: 'ADMIN', password: PASSWORD })],
  ['changeUserRole', 'ChangeUserRoleInput', () => ({ userId: firm.readOnly.id, role: 'ADMIN' })],
  ['updateFirm', 'UpdateFirmInput', () => ({ openMatterAccess: true })],
];

export function attempt(actor: Actor | null, [mutation, inputType, input]: Attempt) {
  return api.gql(
    `mutation Attempt($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`,
    { input: input() },
    actor ? { token: actor.token } : {},
  );
}

export const forbidden = (field: string) => ({
  data: null,
  errors: [expect.objectContaining({ message: 'Your role does not allow this action', path: [field], extensions: { code: 'FORBIDDEN' } })],
});

/** Starts the server these tests share before them, and stops it after. */
export function useRolesWorld(): void {
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(() => api.close());
}
