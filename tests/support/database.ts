import pg from 'pg';

/** The server the tests use: TEST_DATABASE_URL, else the local PostgreSQL on 127.0.0.1:5432. */
export function adminDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
}

export function databaseUrl(name: string): string {
  const url = new URL(adminDatabaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export const WORKER_DATABASES = 4;

/**
 * Databases of one test run share a prefix that global setup picks (and passes to the workers
 * through the environment), so two runs on one machine never touch each other's data.
 */
export function runPrefix(): string {
  const prefix = process.env.LEXGRAPH_TEST_DB_PREFIX;
  if (!prefix) throw new Error('LEXGRAPH_TEST_DB_PREFIX is unset: run the tests through vitest (global setup sets it)');
  return prefix;
}

export const templateDatabase = () => `${runPrefix()}_template`;
export const workerDatabase = (index: number) => `${runPrefix()}_${index}`;

/** The database of this test worker: each of the (at most four) workers has its own copy of the template. */
export function workerDatabaseUrl(): string {
  const pool = Number(process.env.VITEST_POOL_ID ?? '1');
  return databaseUrl(workerDatabase(((pool - 1) % WORKER_DATABASES) + 1));
}

/**
 * Empties every table but the migration history, and Graphile Worker's jobs, queues and cron
 * bookkeeping, so each test starts from a clean database. A worker still finishing the previous
 * test's job can hold locks in the other order; PostgreSQL then picks one side as the deadlock
 * victim, and the reset simply runs again.
 */
export async function resetDatabase(url = workerDatabaseUrl()): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) AS name FROM pg_tables
       WHERE (schemaname = 'public' AND tablename <> '_prisma_migrations')
          OR (schemaname = 'graphile_worker' AND tablename IN ('_private_jobs', '_private_job_queues', '_private_known_crontabs'))`,
    );
    for (let attempt = 1; ; attempt += 1) {
      try {
        await client.query(`TRUNCATE ${rows.map((r) => r.name).join(', ')} RESTART IDENTITY CASCADE`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '40P01' || attempt === 5) throw error;
      }
    }
  } finally {
    await client.end();
  }
}

export async function withAdminClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
