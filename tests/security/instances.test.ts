import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, workerDatabaseUrl } from '../support/database.ts';
import { addUser, createFirm, type FirmFixture, PASSWORD } from '../support/fixtures.ts';
import { type ServerProcess, startServerProcess } from '../support/process.ts';
import { collect, eventually, remoteApi, TEST_REDIS_URL, uniqueRedisPrefix, wsClient } from '../support/realtime.ts';

const ENV = {
  NODE_ENV: 'test',
  DATABASE_URL: workerDatabaseUrl(),
  MIGRATE_ON_START: 'false',
  SEED_ON_START: 'false',
  WORKER: 'off',
  REDIS_URL: TEST_REDIS_URL,
  REDIS_KEY_PREFIX: uniqueRedisPrefix(),
  JWT_SECRET: 'lexgraph-test-secret-that-is-long-enough-for-hs256',
  // The periodic re-check is out of reach: what the tests see travels through pub/sub.
  WS_SESSION_CHECK_MS: '600000',
  AUTH_MAX_PER_ADDRESS: '1000',
  AUTH_MAX_FAILURES_PER_ACCOUNT: '5',
};

let a: ServerProcess;
let b: ServerProcess;
let firm: FirmFixture;

beforeAll(async () => {
  [a, b] = await Promise.all([startServerProcess(ENV), startServerProcess(ENV)]);
}, 120_000);
afterAll(async () => {
  for (const instance of [a, b]) {
    instance?.child.kill('SIGTERM');
    await instance?.exited;
  }
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(remoteApi(a.url), 'Instances');
});

const ws = (instance: ServerProcess) => `${instance.url.replace(/^http/, 'ws')}/graphql`;
const me = async (instance: ServerProcess, token: string) => {
  const result = await remoteApi(instance.url).gql<{ me: { role: string } | null }, unknown>('{ me { role } }', {}, { token });
  return result.errors?.[0]?.extensions?.code ?? result.data?.me?.role;
};
const login = (instance: ServerProcess, email: string, password: string) =>
  remoteApi(instance.url).gql<{ login: { __typename: string; token?: string; retryAfterSeconds?: number } }, unknown>(
    'mutation L($input: LoginInput!) { login(input: $input) { __typename ... on LoginPayload { token } ... on RateLimitedError { retryAfterSeconds } } }',
    { input: { email, password } },
  );

describe('two instances sharing Postgres and Redis', () => {
  it('a demoted admin’s socket on the other instance is refused at once, and nothing it sends is done', async () => {
    const second = await addUser(remoteApi(a.url), firm.admin.token, 'ADMIN');
    const client = wsClient(ws(b), firm.admin.token);
    await client.connected;
    await remoteApi(a.url).gql(
      'mutation C($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { __typename } }',
      { input: { userId: firm.admin.id, role: 'READ_ONLY' } },
      { token: second.token },
    );
    const attempt = collect(
      client,
      'mutation { createUser(input: { name: "Mole", email: "mole@instances.test", role: ADMIN, password: "mole-password-1" }) { __typename } }',
    );
    await eventually(() => client.closes[0], 10_000, 'the socket on the other instance to close');
    expect(client.closes[0].code).toBe(4403);
    expect(
      attempt.results.some(
        (r) => (r.data as { createUser?: { __typename: string } } | null)?.createUser?.__typename === 'CreateUserPayload',
      ),
    ).toBe(false);
    const moles = await remoteApi(a.url).gql<{ users: { edges: { node: { email: string } }[] } }, unknown>(
      '{ users(first: 100) { edges { node { email } } } }',
      {},
      { token: second.token },
    );
    expect(moles.data?.users.edges.map((e) => e.node.email)).not.toContain('mole@instances.test');
    expect(await me(b, firm.admin.token)).toBe('READ_ONLY');
    await client.dispose();
  }, 30_000);

  it('a disabled user’s socket on the other instance is closed with 4403, and their token refused there', async () => {
    const client = wsClient(ws(b), firm.attorney.token);
    await client.connected;
    expect(await me(b, firm.attorney.token)).toBe('ATTORNEY');
    await remoteApi(a.url).gql(
      'mutation D($input: DisableUserInput!) { disableUser(input: $input) { __typename } }',
      { input: { userId: firm.attorney.id } },
      { token: firm.admin.token },
    );
    await eventually(() => client.closes[0], 10_000, 'the socket to close');
    expect(client.closes[0].code).toBe(4403);
    expect(
      await eventually(async () => ((await me(b, firm.attorney.token)) === 'UNAUTHENTICATED' ? true : undefined), 2_000, 'B to refuse'),
    ).toBe(true);
    await client.dispose();
  }, 30_000);

  it('a password changed on one instance ends the old token on the other', async () => {
    expect(await me(b, firm.paralegal.token)).toBe('PARALEGAL');
    await remoteApi(a.url).gql(
      'mutation P($input: ChangePasswordInput!) { changePassword(input: $input) { __typename } }',
      { input: { currentPassword: PASSWORD, newPassword: 'a-completely-new-one' } },
      { token: firm.paralegal.token },
    );
    expect(
      await eventually(async () => ((await me(b, firm.paralegal.token)) === 'UNAUTHENTICATED' ? true : undefined), 2_000, 'B to refuse'),
    ).toBe(true);
  }, 30_000);

  it('count failed sign-ins of one account together: after 5 across both, even the right password is refused', async () => {
    for (const instance of [a, b, a, b, a])
      expect((await login(instance, firm.billing.email, 'wrong-password')).data?.login.__typename).toBe('InvalidCredentialsError');
    for (const instance of [b, a]) {
      const refused = await login(instance, firm.billing.email, PASSWORD);
      expect(refused.data?.login.__typename).toBe('RateLimitedError');
      expect(refused.data?.login.retryAfterSeconds).toBeGreaterThan(0);
    }
  }, 30_000);
});

describe('connection slots after a crash', () => {
  it('free within about a lease (15 s) once the instance holding them is killed', async () => {
    const doomed = await startServerProcess(ENV);
    const held = Array.from({ length: 5 }, () => wsClient(ws(doomed), firm.readOnly.token));
    await Promise.all(held.map((c) => c.connected));
    const refused = wsClient(ws(b), firm.readOnly.token);
    await eventually(() => refused.closes[0], 10_000, 'the sixth connection to be refused');
    expect(refused.closes[0].code).toBe(4430);
    await refused.dispose();
    doomed.child.kill('SIGKILL');
    await doomed.exited;
    const killedAt = Date.now();
    let accepted: ReturnType<typeof wsClient> | undefined;
    await eventually(
      async () => {
        const attempt = wsClient(ws(b), firm.readOnly.token);
        const outcome = await Promise.race([
          attempt.connected.then(() => 'ok'),
          eventually(() => attempt.closes[0], 5_000).then(() => 'closed'),
        ]);
        if (outcome === 'ok') accepted = attempt;
        else await attempt.dispose();
        return accepted;
      },
      40_000,
      'a connection to be accepted again',
    );
    expect(Date.now() - killedAt).toBeLessThan(40_000);
    await accepted?.dispose();
    await Promise.all(held.map((c) => c.dispose()));
  }, 90_000);
});
