import { applyMigrations } from '../../src/db/migrate.ts';
import { installWorkerSchema } from '../../src/queue/runtime.ts';
import { databaseUrl, templateDatabase, WORKER_DATABASES, withAdminClient, workerDatabase } from './database.ts';

async function dropRunDatabases(): Promise<void> {
  await withAdminClient(async (client) => {
    for (let i = 1; i <= WORKER_DATABASES; i += 1) await client.query(`DROP DATABASE IF EXISTS ${workerDatabase(i)} WITH (FORCE)`);
    await client.query(`DROP DATABASE IF EXISTS ${templateDatabase()} WITH (FORCE)`);
  });
}

/**
 * Builds the schema once in a template database, then gives every test worker its own copy,
 * so test files run in parallel without sharing rows. The databases are dropped afterwards.
 */
export default async function setup(): Promise<() => Promise<void>> {
  process.env.LEXGRAPH_TEST_DB_PREFIX = `lexgraph_test_${process.pid}`;
  await dropRunDatabases();
  await withAdminClient((client) => client.query(`CREATE DATABASE ${templateDatabase()}`));
  await applyMigrations(databaseUrl(templateDatabase()));
  // Every copy then has graphile_worker.add_job, which mutations call to enqueue jobs.
  await installWorkerSchema(databaseUrl(templateDatabase()));
  await withAdminClient(async (client) => {
    for (let i = 1; i <= WORKER_DATABASES; i += 1)
      await client.query(`CREATE DATABASE ${workerDatabase(i)} TEMPLATE ${templateDatabase()}`);
  });
  return dropRunDatabases;
}
