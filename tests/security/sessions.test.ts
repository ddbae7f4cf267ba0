import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { createFirm, type FirmFixture, PASSWORD } from '../support/fixtures.ts';
import { localId } from '../support/ids.ts';
import { collect, eventually, type RealtimeTestServer, startRealtimeServer, wsClient } from '../support/realtime.ts';

const ME = '{ me { id role } }';
const LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { __typename ... on LoginPayload { token } } }`;
const CHANGE_PASSWORD = `mutation P($input: ChangePasswordInput!) { changePassword(input: $input) { __typename ... on ChangePasswordPayload { token user { id } } } }`;
const RESET = `mutation R($input: ResetPasswordInput!) { resetPassword(input: $input) { __typename } }`;
const DISABLE = `mutation D($input: DisableUserInput!) { disableUser(input: $input) { __typename ... on Error { message } } }`;
const CHANGE_ROLE = `mutation C($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { __typename } }`;
const UPDATE_FIRM = `mutation U($input: UpdateFirmInput!) { updateFirm(input: $input) { __typename } }`;

let api: RealtimeTestServer;
let firm: FirmFixture;

// The periodic re-check is pushed out of reach: whatever a test sees happens through the announcements.
beforeAll(async () => {
  api = await startRealtimeServer({ realtime: { sessionCheckMs: 600_000 } });
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Sessions');
});

async function me(token: string) {
  const result = await api.gql<{ me: { id: string; role: string } | null }, unknown>(ME, {}, { token });
  return result.errors?.[0]?.extensions?.code ?? result.data?.me?.role;
}

async function signIn(email: string, password = PASSWORD): Promise<string> {
  const result = await api.gql<{ login: { __typename: string; token?: string } }, unknown>(LOGIN, { input: { email, password } });
  if (!result.data?.login.token) throw new Error(JSON.stringify(result));
  return result.data.login.token;
}

describe('a stolen token', () => {
  it('dies when its owner changes the password; the new token from the payload works', async () => {
    const stolen = await signIn(firm.paralegal.email);
    expect(await me(stolen)).toBe('PARALEGAL');
    const changed = await api.gql<{ changePassword: { token: string } }, unknown>(
      CHANGE_PASSWORD,
      { input: { currentPassword: PASSWORD, newPassword: 'a-brand-new-password' } },
      { token: firm.paralegal.token },
    );
    expect(await me(stolen)).toBe('UNAUTHENTICATED');
    expect(await me(firm.paralegal.token)).toBe('UNAUTHENTICATED');
    expect(await me(changed.data?.changePassword.token ?? '')).toBe('PARALEGAL');
  });

  it('dies when its owner resets the password', async () => {
    const stolen = firm.attorney.token;
    expect(await me(stolen)).toBe('ATTORNEY');
    const user = await api.prisma.user.findUniqueOrThrow({ where: { email: firm.attorney.email } });
    const token = randomBytes(32).toString('base64url');
    await api.prisma.userToken.create({
      data: {
        firmId: user.firmId,
        userId: user.id,
        purpose: 'PASSWORD_RESET',
        tokenHash: createHash('sha256').update(token).digest('hex'),
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    expect(
      (await api.gql<{ resetPassword: { __typename: string } }, unknown>(RESET, { input: { token, password: 'reset-to-this-one' } })).data
        ?.resetPassword.__typename,
    ).toBe('ResetPasswordPayload');
    expect(await me(stolen)).toBe('UNAUTHENTICATED');
  });

  it('dies when its owner is disabled', async () => {
    const stolen = firm.billing.token;
    expect(await me(stolen)).toBe('BILLING');
    await api.gql(DISABLE, { input: { userId: firm.billing.id } }, { token: firm.admin.token });
    expect(await me(stolen)).toBe('UNAUTHENTICATED');
    expect(
      (await api.gql<{ login: { __typename: string } }, unknown>(LOGIN, { input: { email: firm.billing.email, password: PASSWORD } })).data
        ?.login.__typename,
    ).toBe('InvalidCredentialsError');
  });

  it('carries the new role at once when its owner’s role changes', async () => {
    const token = firm.attorney.token;
    expect(await me(token)).toBe('ATTORNEY');
    await api.gql(CHANGE_ROLE, { input: { userId: firm.attorney.id, role: 'READ_ONLY' } }, { token: firm.admin.token });
    expect(await me(token)).toBe('READ_ONLY');
  });
});

describe('logout and signOutEverywhere', () => {
  it('logout ends only the token it was sent with', async () => {
    const laptop = await signIn(firm.attorney.email);
    const phone = await signIn(firm.attorney.email);
    const out = await api.gql<{ logout: { signedOut: boolean } }, unknown>(
      'mutation { logout { ... on LogoutPayload { signedOut } } }',
      {},
      { token: laptop },
    );
    expect(out.data?.logout.signedOut).toBe(true);
    expect(await me(laptop)).toBe('UNAUTHENTICATED');
    expect(await me(phone)).toBe('ATTORNEY');
  });

  it('signOutEverywhere ends every token of the user, and no one else’s', async () => {
    const laptop = await signIn(firm.attorney.email);
    const phone = await signIn(firm.attorney.email);
    await api.gql('mutation { signOutEverywhere { __typename } }', {}, { token: laptop });
    expect(await me(laptop)).toBe('UNAUTHENTICATED');
    expect(await me(phone)).toBe('UNAUTHENTICATED');
    expect(await me(firm.paralegal.token)).toBe('PARALEGAL');
    expect(await me(await signIn(firm.attorney.email))).toBe('ATTORNEY');
  });
});

describe('authentication of a known session', () => {
  it('sends no SQL: only the query itself reaches the database', async () => {
    await me(firm.admin.token);
    api.statements.length = 0;
    await api.gql('{ matters(first: 1) { edges { cursor } } }', {}, { token: firm.admin.token });
    expect(api.statements.filter((s) => s.includes('"User"') || s.includes('"RevokedSession"'))).toEqual([]);
  });
});

describe('over an open WebSocket', () => {
  it('a demoted admin can no longer create users or change the firm, and the socket is closed with 4403', async () => {
    const client = wsClient(api.wsUrl, firm.admin.token);
    await client.connected;
    const admin2 = await api.gql<{ createUser: { user: { id: string } } }, unknown>(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { ... on CreateUserPayload { user { id } } } }',
      { input: { name: 'Second Admin', email: 'second@sessions.test', role: 'ADMIN', password: PASSWORD } },
      { token: firm.admin.token },
    );
    const second = await signIn('second@sessions.test');
    await api.gql(CHANGE_ROLE, { input: { userId: firm.admin.id, role: 'READ_ONLY' } }, { token: second });
    const attempt = collect(client, 'mutation { updateFirm(input: { name: "Taken over" }) { __typename } }');
    await eventually(
      () => client.closes[0] ?? (attempt.results[0] || attempt.errors[0] ? true : undefined),
      10_000,
      'the socket to refuse',
    );
    await eventually(() => client.closes[0], 10_000, 'the socket to close');
    expect(client.closes[0].code).toBe(4403);
    expect(
      attempt.results.some(
        (r) => (r.data as { updateFirm?: { __typename: string } } | null)?.updateFirm?.__typename === 'UpdateFirmPayload',
      ),
    ).toBe(false);
    const row = await api.prisma.firm.findUniqueOrThrow({ where: { id: localId(firm.firmId) } });
    expect(row.name).not.toBe('Taken over');
    expect(admin2.data?.createUser.user.id).toBeTruthy();
    await client.dispose();
  });

  it('a disabled user’s socket is closed with 4403 at once, long before the periodic re-check', async () => {
    const client = wsClient(api.wsUrl, firm.attorney.token);
    const metrics = collect(client, 'subscription { matterEvents { type } }');
    await client.connected;
    await api.gql(DISABLE, { input: { userId: firm.attorney.id } }, { token: firm.admin.token });
    await eventually(() => client.closes[0], 10_000, 'the socket to close');
    expect(client.closes[0].code).toBe(4403);
    metrics.stop();
    await client.dispose();
  });

  it('a logged-out token’s socket is closed with 4401', async () => {
    const token = await signIn(firm.paralegal.email);
    const client = wsClient(api.wsUrl, token);
    await client.connected;
    await api.gql('mutation { logout { __typename } }', {}, { token });
    await eventually(() => client.closes[0], 10_000, 'the socket to close');
    expect(client.closes[0].code).toBe(4401);
    await client.dispose();
  });

  it('a firm opening its matters reaches the sessions of its users at once', async () => {
    await api.gql(UPDATE_FIRM, { input: { openMatterAccess: true } }, { token: firm.admin.token });
    const client = wsClient(api.wsUrl, firm.paralegal.token);
    await client.connected;
    const seen = collect(client, '{ me { firm { openMatterAccess } } }');
    await eventually(() => seen.results[0]);
    expect(seen.results[0].data).toEqual({ me: { firm: { openMatterAccess: true } } });
    await client.dispose();
  });
});
