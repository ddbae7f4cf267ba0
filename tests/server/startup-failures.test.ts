import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerDatabaseUrl } from '../support/database.ts';
import { freePort, startServerProcess } from '../support/process.ts';

// What every start below shares: no Redis, no worker, nothing from the test runner's environment
// that would change the outcome.
const BASE = { REDIS_URL: undefined, WORKER: 'off', JWT_SECRET: undefined, METRICS_PORT: undefined, LOG_LEVEL: 'info' };

/** Starts src/main.ts expecting it to fail: resolves with what it said, once it has exited. */
async function failedStart(env: Record<string, string | undefined>): Promise<string> {
  const error = await startServerProcess({ ...BASE, ...env }, 60_000).then(
    () => {
      throw new Error('the server started');
    },
    (e: Error) => e,
  );
  return error.message;
}

let dataDir: string;
let occupied: Server;
let occupiedPort: number;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lexgraph-startup-'));
  await chmod(dataDir, 0o755);
  occupied = createServer();
  await new Promise<void>((resolve) => occupied.listen(0, '127.0.0.1', resolve));
  occupiedPort = (occupied.address() as { port: number }).port;
});
afterAll(async () => {
  occupied?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('start-up failures say what to do and exit non-zero', () => {
  it('refuses NODE_ENV=production without DATABASE_URL at once, starting no embedded database', async () => {
    const said = await failedStart({ NODE_ENV: 'production', DATABASE_URL: undefined, DATA_DIR: dataDir });
    expect(said).toMatch(/exited with 1/);
    expect(said).toContain('LexGraph cannot start: NODE_ENV=production needs DATABASE_URL');
    expect(said).not.toMatch(/\n\s+at /);
  });

  it('names an invalid setting and what is wrong with it', async () => {
    const said = await failedStart({ NODE_ENV: 'development', CORS_ORIGINS: 'https://app.example.com/path' });
    expect(said).toMatch(/exited with 1/);
    expect(said).toContain('CORS_ORIGINS');
    expect(said).toContain('is not an origin');
    expect(said).not.toMatch(/\n\s+at /);
  });

  it('says when the embedded database’s data folder is used by another process', async () => {
    const folder = join(dataDir, 'busy');
    await mkdir(join(folder, 'pg'), { recursive: true });
    // PostgreSQL's lock file, naming a live process (this test runner) as the owner.
    await writeFile(join(folder, 'pg', 'postmaster.pid'), `${process.pid}\n${join(folder, 'pg')}\n`);
    const said = await failedStart({
      NODE_ENV: 'development',
      DATABASE_URL: undefined,
      DATA_DIR: folder,
      EMBEDDED_PG_PORT: String(await freePort()),
    });
    expect(said).toMatch(/exited with 1/);
    expect(said).toContain(`is in use by another process (pid ${process.pid})`);
    expect(said).toContain('set DATA_DIR to another folder');
    expect(said).not.toMatch(/\n\s+at /);
  });

  it('says when the embedded database’s port is taken', async () => {
    const said = await failedStart({
      NODE_ENV: 'development',
      DATABASE_URL: undefined,
      DATA_DIR: join(dataDir, 'fresh'),
      EMBEDDED_PG_PORT: String(occupiedPort),
    });
    expect(said).toMatch(/exited with 1/);
    expect(said).toContain(`EMBEDDED_PG_PORT ${occupiedPort} is already in use`);
    expect(said).not.toMatch(/\n\s+at /);
  });

  it('says when PORT is taken', async () => {
    const said = await failedStart({
      NODE_ENV: 'development',
      DATABASE_URL: workerDatabaseUrl(),
      MIGRATE_ON_START: 'false',
      SEED_ON_START: 'false',
      PORT: String(occupiedPort),
      HOST: '127.0.0.1',
    });
    expect(said).toMatch(/exited with 1/);
    expect(said).toContain(`PORT ${occupiedPort} is already in use`);
    expect(said).not.toMatch(/\n\s+at /);
  });
});

describe('production warnings', () => {
  it('warns when APP_URL is the localhost default and email goes to files', async () => {
    const server = await startServerProcess({
      ...BASE,
      NODE_ENV: 'production',
      DATABASE_URL: workerDatabaseUrl(),
      MIGRATE_ON_START: 'false',
      JWT_SECRET: 'a-production-secret-that-is-long-enough-for-hs256',
      APP_URL: undefined,
      SMTP_URL: undefined,
      DATA_DIR: dataDir,
    });
    try {
      const warnings = server.logs.filter((l) => l.level === 40).map((l) => String(l.msg));
      expect(warnings).toEqual(
        expect.arrayContaining([expect.stringContaining('APP_URL is http://localhost:4000'), expect.stringContaining('SMTP_URL is unset')]),
      );
      // GraphiQL and introspection are off by default in production.
      const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('GraphiQL');
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
