import { applyMigrations } from '../../src/db/migrate.ts';
import { databaseUrl, TEMPLATE_DATABASE, WORKER_DATABASES, withAdminClient } from './database.ts';

/**
 * Builds the schema once in a template database, then gives every test worker its own copy,
 * so test files run in parallel without sharing rows.
 */
export default async function setup(): Promise<void> {
  await withAdminClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  await applyMigrations(databaseUrl(TEMPLATE_DATABASE));
  await withAdminClient(async (client) => {
    for (let i = 1; i <= WORKER_DATABASES; i += 1) {
      await client.query(`DROP DATABASE IF EXISTS lexgraph_test_${i} WITH (FORCE)`);
      await client.query(`CREATE DATABASE lexgraph_test_${i} TEMPLATE ${TEMPLATE_DATABASE}`);
    }
  });
}
