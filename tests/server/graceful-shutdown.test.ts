import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, workerDatabaseUrl } from '../support/database.ts';

const JWT_SECRET = 'graceful-shutdown-test-secret-at-least-32-chars';

interface Child {
  process: ChildProcess;
  url: string;
  logs: Record<string, unknown>[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `src/main.ts` as a real process on a free port and resolves once it logs its URL. */
async function startServer(): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      DATABASE_URL: workerDatabaseUrl(),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      MIGRATE_ON_START: 'true',
      SEED_ON_START: 'false',
      JWT_SECRET,
      SHUTDOWN_TIMEOUT_MS: '20000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk) => stderr.push(String(chunk)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${stderr.join('')}`)), 30_000);
    void exited.then(({ code }) =>
      reject(
        new Error(`server exited with ${code} before starting:\n${stderr.join('')}\n${logs.map((l) => JSON.stringify(l)).join('\n')}`),
      ),
    );
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      logs.push(entry);
      if (typeof entry.url === 'string') {
        clearTimeout(timer);
        resolve(entry.url);
      }
    });
  });
  return { process: child, url, logs, exited };
}

/** Whether a brand-new TCP connection to the server's port is accepted. */
function acceptsConnections(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The fields of the operations this file sends. */
interface Data {
  registerFirm: { token: string };
  createClient: { client: { id: string } };
  createMatter: unknown;
}

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Data; errors?: unknown[] } };
}

const until = async (what: string, check: () => Promise<boolean>, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting until ${what}`);
};

describe('graceful shutdown', () => {
  let server: Child | undefined;
  let locker: pg.Client | undefined;
  let observer: pg.Client | undefined;

  beforeEach(() => resetDatabase());
  afterEach(async () => {
    await locker?.end().catch(() => undefined);
    await observer?.end().catch(() => undefined);
    if (server && server.process.exitCode === null && server.process.signalCode === null) server.process.kill('SIGKILL');
  });

  it('on SIGTERM refuses new connections, finishes the in-flight mutation, and exits 0', { timeout: 60_000 }, async () => {
    server = await startServer();
    const registered = await gql(
      server.url,
      `mutation ($input: RegisterFirmInput!) { registerFirm(input: $input) {
         ... on RegisterFirmPayload { token user { firm { id } } } } }`,
      { input: { firmName: 'Drain LLP', adminName: 'Dee Drain', adminEmail: 'dee@drain.test', password: 'correct-horse-battery' } },
    );
    const token = registered.body.data?.registerFirm.token ?? '';
    expect(token).toBeTruthy();
    const clientResult = await gql(
      server.url,
      'mutation { createClient(input: { name: "Slow Client", kind: PERSON }) { ... on CreateClientPayload { client { id } } } }',
      {},
      token,
    );
    const clientId = clientResult.body.data?.createClient.client.id ?? '';
    expect(clientId).toBeTruthy();

    // Hold the firm row's lock: createMatter numbers the matter with `UPDATE "Firm" …`, so it waits for us.
    locker = new pg.Client({ connectionString: workerDatabaseUrl() });
    await locker.connect();
    await locker.query('BEGIN');
    observer = new pg.Client({ connectionString: workerDatabaseUrl() });
    await observer.connect();
    const { rows } = await locker.query<{ id: string }>(`SELECT id FROM "Firm" WHERE name = 'Drain LLP' FOR UPDATE`);
    expect(rows).toHaveLength(1);

    const inFlight = gql(
      server.url,
      `mutation ($input: CreateMatterInput!) { createMatter(input: $input) {
         __typename ... on CreateMatterPayload { matter { number title } } } }`,
      { input: { clientId, title: 'Finished during shutdown' } },
      token,
    );
    let settled: unknown;
    inFlight.then(
      (value) => {
        settled = value;
      },
      (error) => {
        settled = error;
      },
    );
    await until('the mutation waits on the lock', async () => {
      if (settled) throw new Error(`the mutation finished without waiting: ${JSON.stringify(settled)}`);
      // Asked outside the locking transaction, which would see one frozen snapshot of pg_stat_activity.
      const waiting = await observer?.query(
        `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%UPDATE "Firm"%'`,
      );
      return (waiting?.rowCount ?? 0) > 0;
    });
    await observer.end();

    server.process.kill('SIGTERM');
    await until('the server stops accepting connections', async () => !(await acceptsConnections(server?.url ?? '')));
    // The process is still alive, waiting for the request we are holding up.
    expect(server.process.exitCode).toBeNull();
    expect(server.logs.some((l) => l.msg === 'shutting down: finishing in-flight requests' && l.signal === 'SIGTERM')).toBe(true);

    await locker.query('COMMIT');
    const finished = await inFlight;
    expect(finished.status).toBe(200);
    expect(finished.body.errors).toBeUndefined();
    expect(finished.body.data?.createMatter).toEqual({
      __typename: 'CreateMatterPayload',
      matter: { number: `${new Date().getUTCFullYear()}-0001`, title: 'Finished during shutdown' },
    });

    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.logs.some((l) => l.msg === 'shutdown complete')).toBe(true);

    // The in-flight work was committed, not cut off.
    const check = new pg.Client({ connectionString: workerDatabaseUrl() });
    await check.connect();
    try {
      const matters = await check.query(`SELECT title FROM "Matter" WHERE title = 'Finished during shutdown'`);
      expect(matters.rowCount).toBe(1);
    } finally {
      await check.end();
    }
  });

  it('exits 0 promptly on SIGINT when idle', { timeout: 60_000 }, async () => {
    server = await startServer();
    expect((await fetch(`${server.url.replace('/graphql', '')}/health/live`)).status).toBe(200);
    const started = Date.now();
    server.process.kill('SIGINT');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(server.logs.some((l) => l.msg === 'shutting down: finishing in-flight requests' && l.signal === 'SIGINT')).toBe(true);
  });
});
