import type { JobHelpers, Task } from 'graphile-worker';
import { z } from 'zod';
import type { PrismaClient } from '../db/client.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Logger } from '../logger.ts';
import { enqueueJob } from './enqueue.ts';
import { type JobSettings, retryDelayMs } from './settings.ts';

/** What a job handler is given besides its payload. */
export interface TaskContext {
  prisma: PrismaClient;
  settings: JobSettings;
  log: Logger;
  jobId: string;
  firmId: string;
  /** This run's number, from 1. */
  attempt: number;
  maxAttempts: number;
  /** Records how far a job with steps has come; shown as the job's progress. */
  progress(done: number, total: number): Promise<void>;
}

export interface TaskDeps {
  prisma: PrismaClient;
  settings: JobSettings;
  log: Logger;
}

/** A failure that retrying cannot fix (a malformed payload, a permanent SMTP rejection): the job fails at once. */
export class PermanentJobError extends Error {}

/**
 * Not an attempt: the job should run later (its target is known to be down). The job goes back to
 * the queue for `until` without using up an attempt or holding a worker meanwhile.
 */
export class JobDeferral extends Error {
  constructor(
    readonly until: Date,
    reason: string,
  ) {
    super(reason);
  }
}

export interface TaskDefinition<S extends z.ZodType> {
  name: string;
  payload: S;
  /** The queue a job runs in (jobs of one queue run one at a time); kept when it is retried or deferred. */
  queueOf?(payload: z.output<S>): string | undefined;
  run(payload: z.output<S>, ctx: TaskContext): Promise<Prisma.InputJsonValue | undefined>;
}

const Envelope = z.object({ firmId: z.uuid(), jobId: z.uuid() });

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ');
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2000);

/**
 * Wraps a handler into a Graphile Worker task that keeps the job's LexGraph record: RUNNING with
 * its attempt number on start, SUCCEEDED with its result, or, on failure, either FAILED (a
 * {@link PermanentJobError}, a malformed payload, the last attempt) or QUEUED again after a backoff
 * delay (exponential with jitter: JOB_RETRY_BASE_MS doubling up to JOB_RETRY_MAX_MS). LexGraph
 * rather than Graphile Worker schedules retries so that backoff and attempt limits are configurable
 * (Graphile's is a fixed exp(attempts) seconds); Graphile's own retry only comes in when a worker
 * dies mid-job.
 */
export function defineTask<S extends z.ZodType>(definition: TaskDefinition<S>): (deps: TaskDeps) => Task {
  return (deps) => async (raw: unknown, helpers: JobHelpers) => {
    const log = deps.log.child({ task: definition.name, graphileJobId: helpers.job.id });
    const envelope = Envelope.safeParse(raw);
    if (!envelope.success) {
      // Without a record there is nothing to mark failed: stop Graphile retrying and keep the reason on its row.
      await helpers.query('UPDATE graphile_worker._private_jobs SET max_attempts = attempts WHERE id = $1', [helpers.job.id]);
      throw new Error(`Malformed ${definition.name} payload: ${describe(envelope.error)}`);
    }
    const { jobId, firmId } = envelope.data;
    const [record] = await deps.prisma.$queryRaw<{ attempts: number; maxAttempts: number }[]>`
      UPDATE "BackgroundJob" SET status = 'RUNNING', attempts = attempts + 1, "startedAt" = now(), "updatedAt" = now()
      WHERE id = ${jobId}::uuid RETURNING attempts, "maxAttempts"`;
    if (!record) {
      log.warn({ jobId }, 'job record is gone (firm deleted or retention); skipping');
      return;
    }
    const finish = (status: 'SUCCEEDED' | 'FAILED', data: { lastError?: string; result?: Prisma.InputJsonValue }) =>
      deps.prisma.backgroundJob.update({ where: { id: jobId }, data: { status, finishedAt: new Date(), ...data } });
    const parsed = definition.payload.safeParse(raw);
    if (!parsed.success) {
      const reason = `Malformed ${definition.name} payload: ${describe(parsed.error)}`;
      log.error({ jobId }, reason);
      await finish('FAILED', { lastError: reason });
      return;
    }
    const ctx: TaskContext = {
      ...deps,
      log,
      jobId,
      firmId,
      attempt: record.attempts,
      maxAttempts: record.maxAttempts,
      progress: async (done, total) => {
        await deps.prisma.backgroundJob.update({ where: { id: jobId }, data: { progressDone: done, progressTotal: total } });
      },
    };
    const queueName = definition.queueOf?.(parsed.data);
    const requeue = (runAt: Date, data: { attempts?: { decrement: number }; lastError?: string }) =>
      deps.prisma.$transaction(async (tx) => {
        await tx.backgroundJob.update({ where: { id: jobId }, data });
        await enqueueJob(
          tx,
          {
            firmId,
            task: definition.name,
            payload: raw as Record<string, unknown>,
            jobKey: helpers.job.key ?? undefined,
            runAt,
            maxAttempts: record.maxAttempts,
            queueName,
          },
          jobId,
        );
      });
    try {
      const result = await definition.run(parsed.data, ctx);
      await finish('SUCCEEDED', { result: result ?? undefined });
    } catch (error) {
      if (error instanceof JobDeferral) {
        log.info({ jobId, until: error.until, reason: error.message }, 'job deferred');
        await requeue(error.until, { attempts: { decrement: 1 } });
        return;
      }
      const lastError = message(error);
      if (error instanceof PermanentJobError || record.attempts >= record.maxAttempts) {
        log.warn({ jobId, err: error, attempt: record.attempts }, 'job failed');
        await finish('FAILED', { lastError });
        return;
      }
      const delay = retryDelayMs(record.attempts, deps.settings.jobs.retryBaseMs, deps.settings.jobs.retryMaxMs);
      log.info({ jobId, attempt: record.attempts, delay, error: lastError }, 'job attempt failed; retrying later');
      await requeue(new Date(Date.now() + delay), { lastError });
    }
  };
}
