import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createFirm, expectType, PASSWORD } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const Login = graphql(`
  mutation LoginTest($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginPayload { token user { email role } }
      ... on Error { message }
    }
  }
`);

const Me = graphql(`
  query MeTest { me { email role firm { name } } }
`);

const RegisterFirm = graphql(`
  mutation RegisterFirmTest($input: RegisterFirmInput!) {
    registerFirm(input: $input) {
      __typename
      ... on RegisterFirmPayload { token user { email role firm { name } } }
      ... on ValidationError { message issues { path message } }
      ... on Error { message }
    }
  }
`);

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());
beforeEach(() => resetDatabase());

describe('registration', () => {
  it('creates a firm with its admin and returns a working token', async () => {
    const result = await api.gql(RegisterFirm, {
      input: { firmName: 'Hale & Co', adminName: 'Ada Hale', adminEmail: 'Ada@Hale.test', password: PASSWORD },
    });
    const payload = expectType(result.data?.registerFirm, 'RegisterFirmPayload');
    expect(payload.user).toEqual({ email: 'ada@hale.test', role: 'ADMIN', firm: { name: 'Hale & Co' } });
    const me = await api.gql(Me, {}, { token: payload.token });
    expect(me.data?.me).toEqual({ email: 'ada@hale.test', role: 'ADMIN', firm: { name: 'Hale & Co' } });
    expect(await api.prisma.user.findFirstOrThrow({ where: { email: 'ada@hale.test' } })).toMatchObject({
      passwordHash: expect.stringMatching(/^\$argon2id\$/),
    });
  });

  it('refuses a short password and a bad email with field paths, writing nothing', async () => {
    const result = await api.gql(RegisterFirm, {
      input: { firmName: 'Hale & Co', adminName: 'Ada', adminEmail: 'not-an-email', password: 'short' },
    });
    const error = expectType(result.data?.registerFirm, 'ValidationError');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: ['adminEmail'], message: 'Enter a valid email address' },
        { path: ['password'], message: 'Password must be at least 10 characters' },
      ]),
    );
    expect(await api.prisma.firm.count()).toBe(0);
  });

  it('refuses an email that already has an account', async () => {
    const firm = await createFirm(api, 'First');
    const result = await api.gql(RegisterFirm, {
      input: { firmName: 'Second', adminName: 'B', adminEmail: firm.admin.email, password: PASSWORD },
    });
    expect(expectType(result.data?.registerFirm, 'ConflictError').message).toBe('An account with this email already exists');
    expect(await api.prisma.firm.count()).toBe(1);
  });
});

describe('login', () => {
  it('signs in with the right password', async () => {
    const firm = await createFirm(api, 'Login');
    const result = await api.gql(Login, { input: { email: firm.attorney.email, password: PASSWORD } });
    const payload = expectType(result.data?.login, 'LoginPayload');
    expect(payload.user).toEqual({ email: firm.attorney.email, role: 'ATTORNEY' });
    expect((await api.gql(Me, {}, { token: payload.token })).data?.me?.email).toBe(firm.attorney.email);
  });

  it('refuses a wrong password and an unknown user with the same error', async () => {
    const firm = await createFirm(api, 'Login');
    const wrong = await api.gql(Login, { input: { email: firm.admin.email, password: 'wrong-password' } });
    const unknown = await api.gql(Login, { input: { email: 'nobody@example.test', password: PASSWORD } });
    expect(expectType(wrong.data?.login, 'InvalidCredentialsError').message).toBe('Email or password is incorrect');
    expect(expectType(unknown.data?.login, 'InvalidCredentialsError').message).toBe('Email or password is incorrect');
  });

  it('answers a forged token with 401 UNAUTHENTICATED', async () => {
    const result = await api.gql(Me, {}, { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad' });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('gives a signed-out caller a null `me` and refuses everything else', async () => {
    expect((await api.gql(Me, {})).data?.me).toBeNull();
    const matters = await api.gql('{ matters(first: 1) { totalCount } }');
    expect(matters.errors?.[0]).toMatchObject({ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED' } });
  });
});
