import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { expectType, PASSWORD } from '../support/fixtures.ts';
import {
  type Attempt,
  api,
  attempt,
  ChangePassword,
  everything,
  FIRM_MUTATIONS,
  firm,
  freshWorld,
  NEW_PASSWORD,
  useRolesWorld,
} from './roles-world.ts';

useRolesWorld();

const Login = graphql(`
  mutation RolesLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginPayload { token user { id } }
      ... on Error { message }
    }
  }
`);

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
