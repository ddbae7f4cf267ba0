import { randomBytes } from 'node:crypto';
import type { PrismaClient, Tx } from '../db/client.ts';

/**
 * Graphile Worker's own attempts only cover crashes (a worker that died mid-job); failures a
 * handler reports are retried by LexGraph with its own backoff, counted on the job record.
 */
export const CRASH_ATTEMPTS = 25;

export interface JobSpec {
  firmId: string;
  /** A task that runs for one firm and keeps a job record; its file in `src/jobs/<domain>/` is named after it. */
  task: string;
  payload: Record<string, unknown>;
  /** A job with the same key replaces a queued one instead of adding a second. */
  jobKey?: string;
  /** Jobs of one named queue run one at a time, in order (e.g. one endpoint's webhook deliveries). */
  queueName?: string;
  runAt?: Date;
  /** Attempts before the job is recorded as FAILED; defaults to the caller's settings. */
  maxAttempts: number;
}

/** A time-ordered UUID (version 7), like the ids Prisma generates, made here so one statement can use it. */
export function uuidv7(): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(Date.now(), 0, 6);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Adds a Graphile Worker job and its LexGraph job record in one statement on `db`. Called with a
 * transaction, the job commits or vanishes with the change that caused it (the outbox pattern).
 * The payload carries `firmId` and `jobId` so the handler finds its record. Returns the record id.
 */
export async function enqueueJob(db: Tx | PrismaClient, spec: JobSpec, jobId: string = uuidv7()): Promise<string> {
  const payload = JSON.stringify({ ...spec.payload, firmId: spec.firmId, jobId });
  await db.$executeRaw`
    WITH job AS (
      SELECT (graphile_worker.add_job(${spec.task}, ${payload}::json, queue_name := ${spec.queueName ?? null}::text,
        run_at := ${spec.runAt ?? null}::timestamptz, max_attempts := ${CRASH_ATTEMPTS}::int, job_key := ${spec.jobKey ?? null}::text)).id AS id
    )
    INSERT INTO "BackgroundJob" (id, "firmId", task, payload, status, "maxAttempts", "jobKey", "graphileJobId", "runAt", "updatedAt")
    SELECT ${jobId}::uuid, ${spec.firmId}::uuid, ${spec.task}, ${payload}::jsonb, 'QUEUED', ${spec.maxAttempts}, ${spec.jobKey ?? null},
      job.id, coalesce(${spec.runAt ?? null}::timestamptz, now()), now()
    FROM job
    ON CONFLICT (id) DO UPDATE SET status = 'QUEUED', "graphileJobId" = excluded."graphileJobId", "runAt" = excluded."runAt",
      "updatedAt" = now(), "finishedAt" = NULL`;
  return jobId;
}

/**
 * Adds a Graphile Worker job that belongs to no firm and keeps no LexGraph job record (work done
 * on behalf of an anonymous caller, such as a password-reset request): one statement, whatever the
 * payload, so the caller's work does not depend on what the job will find. Graphile retries it up
 * to `maxAttempts` times.
 */
export async function enqueueSystemJob(
  db: Tx | PrismaClient,
  task: string,
  payload: Record<string, unknown>,
  maxAttempts = 5,
): Promise<void> {
  await db.$executeRaw`SELECT graphile_worker.add_job(${task}, ${JSON.stringify(payload)}::json, max_attempts := ${maxAttempts}::int)`;
}
