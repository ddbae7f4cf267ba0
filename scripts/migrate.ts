import { applyMigrations } from '../src/db/migrate.ts';
import { installWorkerSchema } from '../src/queue/runtime.ts';

// `npm run db:migrate`: applies pending migrations to DATABASE_URL, for operators who run
// migrations as a deploy step and start the server with MIGRATE_ON_START=false.
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required');
  process.exit(1);
}
const { applied } = await applyMigrations(url);
// Graphile Worker's schema too: mutations enqueue jobs with graphile_worker.add_job.
await installWorkerSchema(url);
console.log(applied.length ? `Applied ${applied.join(', ')}` : 'No pending migrations.');
