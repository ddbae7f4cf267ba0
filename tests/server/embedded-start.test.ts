import { existsSync, statSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort, startServerProcess } from '../support/process.ts';

const DEMO = { email: 'admin@demo.law', password: 'lexgraph-demo' };

async function post(url: string, query: string, token?: string): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

const LOGIN = `mutation { login(input: { email: "${DEMO.email}", password: "${DEMO.password}" }) { ... on LoginPayload { token } } }`;

describe('npm start without DATABASE_URL', () => {
  let dataDir: string;
  let env: Record<string, string | undefined>;

  beforeAll(async () => {
    // PostgreSQL runs as the `postgres` system user when the tests run as root: it must be able to enter the folder.
    dataDir = await mkdtemp(join(tmpdir(), 'lexgraph-embedded-'));
    await chmod(dataDir, 0o755);
    env = {
      DATABASE_URL: undefined,
      JWT_SECRET: undefined,
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      REDIS_URL: undefined,
      WORKER: 'off',
    };
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('starts an embedded PostgreSQL, seeds the demo firm, serves it, and keeps data and secret across restarts', async () => {
    const first = await startServerProcess(env, 120_000);
    const messages = () => first.logs.map((l) => String(l.msg));
    expect(messages()).toContain('DATABASE_URL is unset: using the embedded PostgreSQL');
    // The demo login is printed right after the ready line that startServerProcess waits for.
    await vi.waitFor(() => expect(messages()).toContain(`Demo login (development seed only): ${DEMO.email} / ${DEMO.password}`));
    const login = await post(first.url, LOGIN);
    const token = String((login.data?.login as { token?: string } | undefined)?.token);
    const counts = await post(
      first.url,
      '{ matters(first: 1) { totalCount } clients(first: 1) { totalCount } users { totalCount } }',
      token,
    );
    expect(counts.data).toEqual({ matters: { totalCount: 50 }, clients: { totalCount: 20 }, users: { totalCount: 8 } });
    const secret = join(dataDir, 'jwt-secret');
    expect(existsSync(secret)).toBe(true);
    expect(statSync(secret).mode & 0o777).toBe(0o600);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = await startServerProcess(env, 120_000);
    try {
      expect(second.logs.map((l) => String(l.msg))).not.toContain('seeded the demo firm');
      const again = await post(second.url, '{ me { email } matters(first: 1) { totalCount } }', token);
      expect(again.data).toEqual({ me: { email: DEMO.email }, matters: { totalCount: 50 } });
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
    // Two starts of up to two minutes each (a first start initialises a cluster), and two shutdowns.
  }, 300_000);
});
