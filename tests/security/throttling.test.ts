import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { createFirm, type FirmFixture, PASSWORD } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { __typename ... on RateLimitedError { retryAfterSeconds message } } }`;
const RESET = `mutation R($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { __typename ... on RateLimitedError { retryAfterSeconds } } }`;

type Outcome = {
  data?: Record<string, { __typename: string; retryAfterSeconds?: number }> | null;
  status: number;
  headers: Headers;
  errors?: { extensions?: Record<string, unknown> }[];
};

let api: TestServer;
let firm: FirmFixture;

describe('sign-in throttling', () => {
  // A fresh server (and so fresh counters) for each test.
  beforeEach(async () => {
    api = await startTestServer({ security: { authMaxPerAddress: 40, authMaxFailuresPerAccount: 10, passwordResetsPerAccount: 3 } });
    await resetDatabase();
    firm = await createFirm(api, 'Throttle');
    return () => api.close();
  });

  const login = (email: string, password: string, headers?: Record<string, string>) =>
    api.gql(LOGIN, { input: { email, password } }, { headers }) as Promise<Outcome>;

  it('refuses an account after 10 wrong passwords, the right one included, with retryAfterSeconds', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 30; i += 1) outcomes.push((await login(firm.attorney.email, `wrong-${i}`)).data?.login.__typename ?? '');
    expect(outcomes.slice(0, 10)).toEqual(Array(10).fill('InvalidCredentialsError'));
    expect(new Set(outcomes.slice(10))).toEqual(new Set(['RateLimitedError']));
    const right = await login(firm.attorney.email, PASSWORD);
    expect(right.data?.login).toMatchObject({ __typename: 'RateLimitedError', retryAfterSeconds: expect.any(Number) });
    expect(right.data?.login.retryAfterSeconds).toBeGreaterThan(0);
    expect(right.data?.login.retryAfterSeconds).toBeLessThanOrEqual(900);
    // Another account from the same address is not locked with it.
    expect((await login(firm.paralegal.email, PASSWORD)).data?.login.__typename).toBe('LoginPayload');
  });

  it('limits one address across accounts, and a forged X-Forwarded-For does not get around it', async () => {
    let limited = 0;
    for (let i = 0; i < 45; i += 1) {
      const outcome = await login(`nobody-${i}@example.test`, 'whatever-password', { 'x-forwarded-for': `203.0.113.${i}` });
      if (outcome.data?.login.__typename === 'RateLimitedError') limited += 1;
    }
    // createFirm already registered and signed in five times from this address.
    expect(limited).toBe(10);
    expect((await login(firm.billing.email, PASSWORD)).data?.login.__typename).toBe('RateLimitedError');
  });

  it('sends at most 3 reset emails to one victim, however often it is asked', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 11; i += 1) {
      outcomes.push(
        ((await api.gql(RESET, { input: { email: firm.readOnly.email } })) as Outcome).data?.requestPasswordReset.__typename ?? '',
      );
    }
    expect(outcomes.filter((o) => o === 'RequestPasswordResetPayload')).toHaveLength(3);
    expect(outcomes.filter((o) => o === 'RateLimitedError')).toHaveLength(8);
    const [{ count }] = await api.prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM graphile_worker.jobs WHERE task_identifier = 'send_password_reset'`;
    expect(count).toBe(3);
  });
});

describe('behind a trusted proxy', () => {
  beforeAll(async () => {
    api = await startTestServer({ security: { trustProxy: 1, authMaxPerAddress: 3 } });
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  it('counts each client address the proxy reports on its own', async () => {
    const from = (ip: string) =>
      api.gql(
        LOGIN,
        { input: { email: 'someone@example.test', password: 'wrong-password' } },
        { headers: { 'x-forwarded-for': `198.51.100.7, ${ip}` } },
      ) as Promise<Outcome>;
    for (let i = 0; i < 3; i += 1) expect((await from('192.0.2.1')).data?.login.__typename).toBe('InvalidCredentialsError');
    expect((await from('192.0.2.1')).data?.login.__typename).toBe('RateLimitedError');
    expect((await from('192.0.2.2')).data?.login.__typename).toBe('InvalidCredentialsError');
  });
});

describe('password hashing under a burst of anonymous sign-ins', () => {
  beforeAll(async () => {
    api = await startTestServer({ security: { hashConcurrency: 1, hashMaxQueued: 3 } });
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    await resetDatabase();
    firm = await createFirm(api, 'Burst');
  });

  it('takes on at most 1 running and 3 waiting; the rest get 503 SERVICE_BUSY with Retry-After, and signed-in reads are served meanwhile', async () => {
    const burst = Array.from(
      { length: 12 },
      (_, i) => api.gql(LOGIN, { input: { email: `nobody-${i}@example.test`, password: 'some-password' } }) as Promise<Outcome>,
    );
    const read = await api.gql('{ me { role } }', {}, { token: firm.admin.token });
    expect(read.data).toEqual({ me: { role: 'ADMIN' } });
    const outcomes = await Promise.all(burst);
    const busy = outcomes.filter((o) => o.errors?.[0]?.extensions?.code === 'SERVICE_BUSY');
    expect(busy.length).toBeGreaterThanOrEqual(1);
    for (const refused of busy) {
      expect(refused.status).toBe(503);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(outcomes.filter((o) => o.data?.login?.__typename === 'InvalidCredentialsError').length).toBeGreaterThanOrEqual(4);
    expect(outcomes.every((o) => o.status !== 500)).toBe(true);
  });
});

describe('requestPasswordReset', () => {
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    await resetDatabase();
    firm = await createFirm(api, 'Enumeration');
  });

  it('does the same work for a known and an unknown address: the same statements, one queued job each', async () => {
    const run = async (email: string) => {
      api.statements.length = 0;
      const outcome = (await api.gql(RESET, { input: { email } })) as Outcome;
      expect(outcome.data?.requestPasswordReset.__typename).toBe('RequestPasswordResetPayload');
      return [...api.statements];
    };
    const known = await run(firm.attorney.email);
    const unknown = await run('nobody-at-all@example.test');
    expect(known.length).toBeGreaterThan(0);
    expect(unknown).toEqual(known);
    const [{ count }] = await api.prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM graphile_worker.jobs WHERE task_identifier = 'send_password_reset'`;
    expect(count).toBe(2);
  });
});
