import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase, workerDatabaseUrl } from '../support/database.ts';
import { type Actor, createClient, createFirm, createMatter, expectType, type FirmFixture, PASSWORD } from '../support/fixtures.ts';
import { globalId, localId } from '../support/ids.ts';
import { waitForLockWaiters } from '../support/locks.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const Me = graphql(`
  query RolesMe { me { id role } }
`);

const AuditTrail = graphql(`
  query RolesAuditTrail { auditEvents(first: 5) { totalCount } }
`);

const ChangeRole = graphql(`
  mutation RolesChangeRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      __typename
      ... on ChangeUserRolePayload { user { id role } }
      ... on Error { message }
    }
  }
`);

const ChangePassword = graphql(`
  mutation RolesChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ... on ChangePasswordPayload { user { id } }
      ... on ValidationError { message issues { path message } }
      ... on Error { message }
    }
  }
`);

const Login = graphql(`
  mutation RolesLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginPayload { token user { id } }
      ... on Error { message }
    }
  }
`);

const CloseMatter = graphql(`
  mutation RolesCloseMatter($input: CloseMatterInput!) {
    closeMatter(input: $input) {
      __typename
      ... on CloseMatterPayload { matter { id status } }
      ... on Error { message }
    }
  }
`);

const AddMember = graphql(`
  mutation RolesAddMember($input: AddMatterMemberInput!) {
    addMatterMember(input: $input) {
      __typename
      ... on AddMatterMemberPayload { matter { id } }
      ... on Error { message }
    }
  }
`);

const UpdateFirm = graphql(`
  mutation RolesUpdateFirm($input: UpdateFirmInput!) {
    updateFirm(input: $input) {
      __typename
      ... on UpdateFirmPayload { firm { id name openMatterAccess } }
      ... on Error { message }
    }
  }
`);

const CreateUser = graphql(`
  mutation RolesCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      __typename
      ... on CreateUserPayload { user { id role } }
      ... on Error { message }
    }
  }
`);

const CreateClient = graphql(`
  mutation RolesCreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      __typename
      ... on CreateClientPayload { client { id } }
      ... on Error { message }
    }
  }
`);

const NEW_PASSWORD = 'a-brand-new-passphrase';

let api: TestServer;
let firm: FirmFixture;
let clientId: string;
/** An open matter whose team holds every non-admin but billing. */
let matterId: string;
/** A closed matter with the same team. */
let closedMatterId: string;

beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());
/** A fresh firm: refusals share one (they write nothing), changes get their own. */
async function freshWorld() {
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

type Attempt = [mutation: string, inputType: string, input: () => Record<string, unknown>];

/** Every mutation of the firm's data, with input that would succeed for an admin. */
const FIRM_MUTATIONS: Attempt[] = [
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

/** What only admins and attorneys may do to a matter. */
const MANAGER_MUTATIONS = FIRM_MUTATIONS.filter(([name]) =>
  ['closeMatter', 'reopenMatter', 'addMatterMember', 'removeMatterMember'].includes(name),
);

function attempt(actor: Actor | null, [mutation, inputType, input]: Attempt) {
  return api.gql(
    `mutation Attempt($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`,
    { input: input() },
    actor ? { token: actor.token } : {},
  );
}

const forbidden = (field: string) => ({
  data: null,
  errors: [expect.objectContaining({ message: 'Your role does not allow this action', path: [field], extensions: { code: 'FORBIDDEN' } })],
});

describe('READ_ONLY', () => {
  beforeAll(freshWorld);

  it.each(FIRM_MUTATIONS)('cannot run %s: a FORBIDDEN error and nothing written', async (...args) => {
    const before = await everything();
    const result = await attempt(firm.readOnly, args);
    expect({ data: result.data, errors: result.errors }).toEqual(forbidden(args[0]));
    expect(await everything()).toEqual(before);
  });
});

// Each of these changes different rows, so they share one firm.
describe('READ_ONLY, for comparison', () => {
  beforeAll(freshWorld);

  it.each(FIRM_MUTATIONS)('is the only reason %s was refused: an admin may run it', async (...args) => {
    const result = await attempt(firm.admin, args);
    expect(result.errors).toBeUndefined();
    expect((result.data as Record<string, { __typename: string }>)[args[0]].__typename).toMatch(/Payload$/);
  });

  it('may change their own password', async () => {
    const result = await api.gql(
      ChangePassword,
      { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } },
      { token: firm.readOnly.token },
    );
    expect(expectType(result.data?.changePassword, 'ChangePasswordPayload').user.id).toBe(firm.readOnly.id);
  });
});

describe('admin-only operations', () => {
  beforeAll(freshWorld);
  const staff = ['attorney', 'paralegal', 'billing'] as const;

  it.each(staff)('a %s cannot create users, change roles or update the firm, and nothing is written', async (role) => {
    const actor = firm[role];
    const before = await everything();
    for (const args of FIRM_MUTATIONS.filter(([name]) => ['createUser', 'changeUserRole', 'updateFirm'].includes(name))) {
      const result = await attempt(actor, args);
      expect({ data: result.data, errors: result.errors }).toEqual(forbidden(args[0]));
    }
    const selfPromotion = await api.gql(ChangeRole, { input: { userId: actor.id, role: 'ADMIN' } }, { token: actor.token });
    expect({ data: selfPromotion.data, errors: selfPromotion.errors }).toEqual(forbidden('changeUserRole'));
    expect(await everything()).toEqual(before);
  });

  it.each([...staff, 'readOnly'] as const)('a %s cannot query the audit trail', async (role) => {
    const result = await api.gql(AuditTrail, {}, { token: firm[role].token });
    expect({ data: result.data, errors: result.errors }).toEqual(forbidden('auditEvents'));
  });

  it('an admin can query the audit trail', async () => {
    const result = await api.gql(AuditTrail, {}, { token: firm.admin.token });
    expect(result.errors).toBeUndefined();
    expect(result.data?.auditEvents.totalCount).toBe(await api.prisma.auditEvent.count());
  });

  it('only an admin can fetch an audit event through node(); for others it is null, as if missing', async () => {
    const event = await api.prisma.auditEvent.findFirstOrThrow({ where: { action: 'matter.created' } });
    const id = globalId('AuditEvent', event.id);
    const query = 'query AuditNode($id: ID!) { node(id: $id) { __typename id } }';
    expect((await api.gql(query, { id }, { token: firm.admin.token })).data).toEqual({ node: { __typename: 'AuditEvent', id } });
    for (const role of [...staff, 'readOnly'] as const) {
      const result = await api.gql(query, { id }, { token: firm[role].token });
      expect({ data: result.data, errors: result.errors }).toEqual({ data: { node: null }, errors: undefined });
    }
  });
});

describe('PARALEGAL', () => {
  beforeAll(freshWorld);

  it.each(MANAGER_MUTATIONS)('cannot %s, even on a matter on their team, and nothing is written', async (...args) => {
    const before = await everything();
    const result = await attempt(firm.paralegal, args);
    expect({ data: result.data, errors: result.errors }).toEqual(forbidden(args[0]));
    expect(await everything()).toEqual(before);
  });
});

describe('PARALEGAL next to an attorney', () => {
  beforeEach(freshWorld);

  it.each(MANAGER_MUTATIONS)('an attorney on the same team can %s', async (...args) => {
    const result = await attempt(firm.attorney, args);
    expect(result.errors).toBeUndefined();
    expect((result.data as Record<string, { __typename: string }>)[args[0]].__typename).toMatch(/Payload$/);
  });

  it('can still edit a matter on their team', async () => {
    const result = await attempt(firm.paralegal, ['updateMatter', 'UpdateMatterInput', () => ({ id: matterId, title: 'Paralegal edit' })]);
    expect(result.data).toEqual({ updateMatter: { __typename: 'UpdateMatterPayload' } });
  });
});

describe('the last admin', () => {
  beforeEach(freshWorld);

  it('cannot demote themselves: a ConflictError, and the role and audit trail stay as they were', async () => {
    const before = await everything();
    const result = await api.gql(ChangeRole, { input: { userId: firm.admin.id, role: 'ATTORNEY' } }, { token: firm.admin.token });
    expect(result.data?.changeUserRole).toEqual({ __typename: 'ConflictError', message: 'A firm must keep at least one admin' });
    expect(await everything()).toEqual(before);
    expect((await api.gql(Me, {}, { token: firm.admin.token })).data?.me?.role).toBe('ADMIN');
  });

  it('can step down once another admin exists', async () => {
    const promoted = await api.gql(ChangeRole, { input: { userId: firm.attorney.id, role: 'ADMIN' } }, { token: firm.admin.token });
    expect(expectType(promoted.data?.changeUserRole, 'ChangeUserRolePayload').user.role).toBe('ADMIN');
    const demoted = await api.gql(ChangeRole, { input: { userId: firm.admin.id, role: 'ATTORNEY' } }, { token: firm.admin.token });
    expect(expectType(demoted.data?.changeUserRole, 'ChangeUserRolePayload').user).toEqual({ id: firm.admin.id, role: 'ATTORNEY' });
  });
});

describe('two admins demoting each other at the same moment', () => {
  beforeEach(freshWorld);

  it('leave the firm with one admin: one change succeeds, the other is a ConflictError', async () => {
    const promoted = await api.gql(ChangeRole, { input: { userId: firm.attorney.id, role: 'ADMIN' } }, { token: firm.admin.token });
    expectType(promoted.data?.changeUserRole, 'ChangeUserRolePayload');
    // Our own transaction locks both admins' rows, so both requests get as far as writing the
    // role and wait there; when we roll back they proceed together.
    const db = new pg.Client({ connectionString: workerDatabaseUrl() });
    await db.connect();
    try {
      await db.query('BEGIN');
      await db.query('SELECT id FROM "User" WHERE id = ANY($1::uuid[]) FOR UPDATE', [[localId(firm.admin.id), localId(firm.attorney.id)]]);
      const pending = Promise.all([
        api.gql(ChangeRole, { input: { userId: firm.attorney.id, role: 'ATTORNEY' } }, { token: firm.admin.token }),
        api.gql(ChangeRole, { input: { userId: firm.admin.id, role: 'ATTORNEY' } }, { token: firm.attorney.token }),
      ]);
      await waitForLockWaiters(db, 2);
      await db.query('ROLLBACK');
      const outcomes = (await pending).map((r) => r.data?.changeUserRole?.__typename).sort();
      expect(outcomes).toEqual(['ChangeUserRolePayload', 'ConflictError']);
    } finally {
      await db.end();
    }
    expect(await api.prisma.user.count({ where: { firmId: localId(firm.firmId), role: 'ADMIN' } })).toBe(1);
  });
});

describe('signed-out callers', () => {
  beforeAll(freshWorld);

  it('can run an introspection query without a token', async () => {
    const result = await api.gql('{ __schema { queryType { name } mutationType { name } types { name } } }');
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    const schema = (result.data as { __schema: { queryType: { name: string }; mutationType: { name: string }; types: { name: string }[] } })
      .__schema;
    expect(schema.queryType.name).toBe('Query');
    expect(schema.mutationType.name).toBe('Mutation');
    expect(schema.types.map((t) => t.name)).toEqual(expect.arrayContaining(['Matter', 'Client', 'AuditEvent']));
  });

  it('can register a firm and log in', async () => {
    const login = await api.gql(Login, { input: { email: firm.attorney.email, password: PASSWORD } });
    expect(expectType(login.data?.login, 'LoginPayload').user.id).toBe(firm.attorney.id);
    const registered = await attempt(null, [
      'registerFirm',
      'RegisterFirmInput',
      () => ({ firmName: 'Open Door', adminName: 'Olive', adminEmail: 'olive@open.test', password: PASSWORD }),
    ]);
    expect(registered.data).toEqual({ registerFirm: { __typename: 'RegisterFirmPayload' } });
  });

  it.each([
    ['matters', '{ matters(first: 1) { totalCount } }'],
    ['clients', '{ clients(first: 1) { totalCount } }'],
    ['users', '{ users(first: 1) { totalCount } }'],
    ['auditEvents', '{ auditEvents(first: 1) { totalCount } }'],
    ['node', '{ node(id: "TWF0dGVyOjAxOTAwMDAwLTAwMDAtNzAwMC04MDAwLTAwMDAwMDAwMDAwMA==") { id } }'],
  ])('cannot query %s', async (field, query) => {
    const result = await api.gql(query);
    expect(result.errors?.[0]).toMatchObject({ message: 'Sign in to continue', path: [field], extensions: { code: 'UNAUTHENTICATED' } });
    expect((result.data as Record<string, unknown> | null | undefined)?.[field] ?? null).toBeNull();
  });

  it.each([
    ...FIRM_MUTATIONS,
    ['changePassword', 'ChangePasswordInput', () => ({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD })] as Attempt,
  ])('cannot run %s, and nothing is written', async (...args) => {
    const before = await everything();
    const result = await attempt(null, args);
    expect(result.errors?.[0]).toMatchObject({ message: 'Sign in to continue', path: [args[0]], extensions: { code: 'UNAUTHENTICATED' } });
    expect(result.data).toBeNull();
    expect(await everything()).toEqual(before);
  });
});

describe('a changed role', () => {
  beforeEach(freshWorld);

  it('takes effect on the very next request with the same token', async () => {
    const before = await api.gql(CreateClient, { input: { name: 'Before', kind: 'PERSON' } }, { token: firm.attorney.token });
    expectType(before.data?.createClient, 'CreateClientPayload');

    const demoted = await api.gql(ChangeRole, { input: { userId: firm.attorney.id, role: 'READ_ONLY' } }, { token: firm.admin.token });
    expectType(demoted.data?.changeUserRole, 'ChangeUserRolePayload');
    expect((await api.gql(Me, {}, { token: firm.attorney.token })).data?.me?.role).toBe('READ_ONLY');
    const after = await api.gql(CreateClient, { input: { name: 'After', kind: 'PERSON' } }, { token: firm.attorney.token });
    expect({ data: after.data, errors: after.errors }).toEqual(forbidden('createClient'));
    expect(await api.prisma.client.count({ where: { name: 'After' } })).toBe(0);
  });

  it('grants admin rights on the very next request too', async () => {
    expect((await api.gql(AuditTrail, {}, { token: firm.paralegal.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const promoted = await api.gql(ChangeRole, { input: { userId: firm.paralegal.id, role: 'ADMIN' } }, { token: firm.admin.token });
    expectType(promoted.data?.changeUserRole, 'ChangeUserRolePayload');
    const trail = await api.gql(AuditTrail, {}, { token: firm.paralegal.token });
    expect(trail.errors).toBeUndefined();
    expect(trail.data?.auditEvents.totalCount).toBeGreaterThan(0);
    const renamed = await api.gql(UpdateFirm, { input: { name: 'Renamed by paralegal' } }, { token: firm.paralegal.token });
    expect(expectType(renamed.data?.updateFirm, 'UpdateFirmPayload').firm.name).toBe('Renamed by paralegal');
  });
});

describe('changePassword', () => {
  beforeEach(freshWorld);

  it('replaces the password: the old one stops working and the new one signs in', async () => {
    const changed = await api.gql(
      ChangePassword,
      { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } },
      { token: firm.paralegal.token },
    );
    expect(expectType(changed.data?.changePassword, 'ChangePasswordPayload').user.id).toBe(firm.paralegal.id);
    const old = await api.gql(Login, { input: { email: firm.paralegal.email, password: PASSWORD } });
    expect(old.data?.login).toEqual({ __typename: 'InvalidCredentialsError', message: 'Email or password is incorrect' });
    const fresh = await api.gql(Login, { input: { email: firm.paralegal.email, password: NEW_PASSWORD } });
    expect(expectType(fresh.data?.login, 'LoginPayload').user.id).toBe(firm.paralegal.id);
  });

  it('refuses a wrong current password with a ValidationError on ["currentPassword"], changing nothing', async () => {
    const before = await everything();
    const result = await api.gql(
      ChangePassword,
      { input: { currentPassword: 'not-my-password', newPassword: NEW_PASSWORD } },
      { token: firm.paralegal.token },
    );
    expect(result.data?.changePassword).toEqual({
      __typename: 'ValidationError',
      message: 'Current password is incorrect',
      issues: [{ path: ['currentPassword'], message: 'Current password is incorrect' }],
    });
    expect(await everything()).toEqual(before);
    expectType((await api.gql(Login, { input: { email: firm.paralegal.email, password: PASSWORD } })).data?.login, 'LoginPayload');
  });

  it('refuses a too-short new password with a ValidationError on ["newPassword"]', async () => {
    const result = await api.gql(
      ChangePassword,
      { input: { currentPassword: PASSWORD, newPassword: 'short' } },
      { token: firm.paralegal.token },
    );
    expect(result.data?.changePassword).toEqual({
      __typename: 'ValidationError',
      message: 'Password must be at least 10 characters',
      issues: [{ path: ['newPassword'], message: 'Password must be at least 10 characters' }],
    });
  });
});

describe('BILLING', () => {
  beforeEach(freshWorld);

  it('may add clients but not open matters', async () => {
    expectType(
      (await api.gql(CreateClient, { input: { name: 'Billed', kind: 'ORGANIZATION' } }, { token: firm.billing.token })).data?.createClient,
      'CreateClientPayload',
    );
    const before = await everything();
    const result = await attempt(firm.billing, ['createMatter', 'CreateMatterInput', () => ({ clientId, title: 'Billing matter' })]);
    expect({ data: result.data, errors: result.errors }).toEqual(forbidden('createMatter'));
    expect(await everything()).toEqual(before);
  });

  it('cannot create a user of any role', async () => {
    const result = await api.gql(
      CreateUser,
      { input: { name: 'Sneaky', email: 'sneaky@example.test', role: 'READ_ONLY', password: PASSWORD } },
      { token: firm.billing.token },
    );
    expect({ data: result.data, errors: result.errors }).toEqual(forbidden('createUser'));
  });
});
