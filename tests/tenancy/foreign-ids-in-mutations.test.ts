import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { expectType } from '../support/fixtures.ts';
import { missingId } from '../support/ids.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { AddMember, buildWorld, CloseMatter, type World } from './two-firms.ts';

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
