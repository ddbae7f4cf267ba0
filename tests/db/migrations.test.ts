import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../src/db/migrate.ts';
import { adminDatabaseUrl, databaseUrl, runPrefix, withAdminClient } from '../support/database.ts';

const MIGRATIONS = join(process.cwd(), 'prisma/migrations');
// CREATE and DROP DATABASE wait for a checkpoint, which on a busy server (other suites, benchmarks)
// can take well over the default hook timeout.
const DATABASE_DDL_MS = 180_000;

async function migrationNames(dir = MIGRATIONS): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe('the migration runner', () => {
  let name: string;
  let url: string;
  let scratchDirs: string[] = [];

  beforeEach(async () => {
    name = `${runPrefix()}_mig_${randomBytes(4).toString('hex')}`;
    url = databaseUrl(name);
    await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
  }, DATABASE_DDL_MS);
  afterEach(async () => {
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    await Promise.all(scratchDirs.map((dir) => rm(dir, { recursive: true, force: true })));
    scratchDirs = [];
  }, DATABASE_DDL_MS);

  /** A copy of the committed migrations that a test may edit. */
  async function copyOfMigrations(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'lexgraph-migrations-'));
    scratchDirs.push(dir);
    await cp(MIGRATIONS, dir, { recursive: true });
    return dir;
  }

  it('builds the whole schema on an empty database, recording each migration with its checksum', async () => {
    const names = await migrationNames();
    expect(names.length).toBeGreaterThan(0);
    expect(await applyMigrations(url)).toEqual({ applied: names });

    const tables = (await query<{ tablename: string }>(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).map(
      (r) => r.tablename,
    );
    expect(tables).toEqual(
      expect.arrayContaining(['Firm', 'User', 'Client', 'Matter', 'MatterMember', 'AuditEvent', '_prisma_migrations']),
    );

    const recorded = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      url,
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    const expected = await Promise.all(
      names.map(async (migration) => ({
        migration_name: migration,
        // Prisma's checksum: SHA-256 of the file, hex; `prisma migrate deploy` would accept these rows.
        checksum: createHash('sha256')
          .update(await readFile(join(MIGRATIONS, migration, 'migration.sql')))
          .digest('hex'),
        finished_at: expect.any(Date),
        applied_steps_count: 1,
      })),
    );
    expect(recorded).toEqual(expected);
  });

  it('applies nothing the second time', async () => {
    await applyMigrations(url);
    const before = await query(url, 'SELECT id, finished_at FROM "_prisma_migrations" ORDER BY id');
    expect(await applyMigrations(url)).toEqual({ applied: [] });
    expect(await query(url, 'SELECT id, finished_at FROM "_prisma_migrations" ORDER BY id')).toEqual(before);
  });

  it('applies each migration once when several processes start at the same time', async () => {
    const results = await Promise.all([applyMigrations(url), applyMigrations(url), applyMigrations(url)]);
    const names = await migrationNames();
    expect(results.flatMap((r) => r.applied).sort()).toEqual(names);
    expect(await query(url, 'SELECT migration_name FROM "_prisma_migrations"')).toHaveLength(names.length);
  });

  it('refuses to run when an applied migration was edited afterwards, changing nothing', async () => {
    const dir = await copyOfMigrations();
    await applyMigrations(url, dir);
    const [first] = await migrationNames(dir);
    const file = join(dir, first, 'migration.sql');
    await writeFile(file, `${await readFile(file, 'utf8')}\nCREATE TABLE "Sneaky" (id int);\n`);

    await expect(applyMigrations(url, dir)).rejects.toThrow(`Migration ${first} was edited after it was applied`);
    expect(await query(url, `SELECT to_regclass('public."Sneaky"') AS t`)).toEqual([{ t: null }]);
  });

  it('rolls a failing migration back whole, records nothing for it, and applies it once fixed', async () => {
    const dir = await copyOfMigrations();
    const broken = join(dir, '99991231000000_broken');
    await mkdir(broken);
    await writeFile(join(broken, 'migration.sql'), 'CREATE TABLE "HalfDone" (id int);\nSELECT no_such_function();\n');

    await expect(applyMigrations(url, dir)).rejects.toThrow(/^Migration 99991231000000_broken failed: .*no_such_function/);
    // The earlier migrations stay applied; the broken one left neither its table nor a history row.
    expect(await query(url, 'SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name')).toEqual(
      (await migrationNames()).map((migration_name) => ({ migration_name })),
    );
    expect(await query(url, `SELECT to_regclass('public."HalfDone"') AS t`)).toEqual([{ t: null }]);

    await writeFile(join(broken, 'migration.sql'), 'CREATE TABLE "HalfDone" (id int);\n');
    expect(await applyMigrations(url, dir)).toEqual({ applied: ['99991231000000_broken'] });
  });
});

/** Runs Prisma 6.19's WebAssembly schema engine (as scripts/migration-new.sh does) in `cwd`. */
function migrateDiff(cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        join(cwd, 'node_modules/prisma-wasm-migrate/build/index.js'),
        'migrate',
        'diff',
        '--config',
        'prisma.migrate.config.ts',
        '--from-migrations',
        'prisma/migrations',
        '--to-schema-datamodel',
        'node_modules/.cache/prisma-wasm-migrate/schema.prisma',
        '--script',
        '--exit-code',
      ],
      { cwd, env: { ...process.env, DATABASE_URL: adminDatabaseUrl() }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('schema.prisma and prisma/migrations', () => {
  const scratch: string[] = [];
  afterAll(() => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('agree: replaying the migrations yields exactly the schema in schema.prisma', { timeout: 120_000 }, async () => {
    const result = await migrateDiff(process.cwd());
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.stdout).toContain('This is an empty migration.');
    expect(result.code, `schema.prisma and prisma/migrations disagree; run npm run migration:new\n${result.stdout}`).toBe(0);
  });

  it('are reported as drifted (exit code 2, with the SQL) when schema.prisma gains a column', { timeout: 120_000 }, async () => {
    // A copy of the project whose schema has one extra column; node_modules is linked entry by entry,
    // so the derived schema the config writes into node_modules/.cache stays in the copy.
    const root = await mkdtemp(join(tmpdir(), 'lexgraph-drift-'));
    scratch.push(root);
    await mkdir(join(root, 'node_modules'));
    for (const entry of await readdir(join(process.cwd(), 'node_modules'))) {
      if (entry !== '.cache') await symlink(join(process.cwd(), 'node_modules', entry), join(root, 'node_modules', entry));
    }
    await cp(join(process.cwd(), 'prisma'), join(root, 'prisma'), { recursive: true });
    await cp(join(process.cwd(), 'prisma.migrate.config.ts'), join(root, 'prisma.migrate.config.ts'));
    await cp(join(process.cwd(), 'package.json'), join(root, 'package.json'));
    const schemaFile = join(root, 'prisma/schema.prisma');
    const schema = await readFile(schemaFile, 'utf8');
    const drifted = schema.replace(/(model Matter \{\n)/, '$1  driftCheck String?\n');
    expect(drifted).not.toBe(schema);
    await writeFile(schemaFile, drifted);

    const result = await migrateDiff(root);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/ALTER TABLE "Matter" ADD COLUMN\s+"driftCheck" TEXT/);
  });
});
