import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenService } from '../../src/auth/token.ts';
import { createPrisma } from '../../src/db/client.ts';
import { createLogger } from '../../src/logger.ts';
import { createApp } from '../../src/server.ts';
import { workerDatabaseUrl } from '../support/database.ts';
import { startTestServer, TEST_JWT_SECRET, type TestServer } from '../support/server.ts';

/** A TCP port on which nothing listens: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('with the database up', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(() => api.close());

  it('reports live with 200', async () => {
    const response = await fetch(`${api.url}/health/live`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('reports ready with 200 and the database check up', async () => {
    const response = await fetch(`${api.url}/health/ready`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.status).toBe('ok');
    expect(body.checks.database).toEqual({ status: 'up', latencyMs: expect.any(Number) });
    expect(body.checks.server).toEqual({ status: 'up' });
  });

  it('stays ready after PostgreSQL drops every connection of the pool', async () => {
    expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
    const admin = new pg.Client({ connectionString: workerDatabaseUrl() });
    await admin.connect();
    try {
      const { rowCount } = await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      expect(rowCount).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    // The pool notices the dead connections and opens new ones; at most the first probe may fail.
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await fetch(`${api.url}/health/ready`)).status);
    expect(statuses.at(-1)).toBe(200);
    expect(statuses.filter((s) => s !== 200).length).toBeLessThanOrEqual(1);
  });
});

describe('with the database unreachable', () => {
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const prisma = createPrisma(`postgresql://postgres@127.0.0.1:${await closedPort()}/lexgraph`);
    const app = await createApp({
      config: { NODE_ENV: 'test', BODY_LIMIT_BYTES: 100_000, SHUTDOWN_TIMEOUT_MS: 1_000 },
      prisma,
      tokens: new TokenService(TEST_JWT_SECRET, '1h'),
      log: createLogger('silent'),
    });
    url = await app.listen(0, '127.0.0.1');
    close = async () => {
      await app.close();
      await prisma.$disconnect();
    };
  });
  afterAll(() => close());

  it('reports not ready with 503 and the database check down, within the two-second timeout', async () => {
    const started = performance.now();
    const response = await fetch(`${url}/health/ready`);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.status).toBe('unavailable');
    expect(body.checks.database).toMatchObject({ status: 'down', error: expect.any(String) });
  });

  it('still reports live with 200: the process is up, only its dependency is not', async () => {
    const response = await fetch(`${url}/health/live`);
    expect(response.status).toBe(200);
  });

  it('answers GraphQL with a masked error rather than hanging or crashing', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(input: { email: "a@b.test", password: "whatever-123" }) { __typename } }' }),
    });
    const body = await response.json();
    expect(body.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
  });
});
