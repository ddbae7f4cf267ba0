import { EventEmitter } from 'node:events';
import { Logger as GraphileLogger, type Runner, run, runMigrations, type TaskList, type WorkerEvents } from 'graphile-worker';
import type { Config } from '../config.ts';
import type { PrismaClient } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { countJobs } from '../observability/jobs.ts';
import type { JobSettings } from './settings.ts';
import type { TaskDeps } from './task.ts';

export interface WorkerOptions {
  databaseUrl: string;
  prisma: PrismaClient;
  settings: JobSettings;
  log: Logger;
  /** The task handlers by name (every domain's, from the registry). */
  tasks: (deps: TaskDeps) => TaskList;
  /** Recurring tasks, as a crontab. */
  crontab: string;
  /** Jobs run at once in this process; default 5. */
  concurrency?: number;
  /** Tasks that run in pools of their own, each with its concurrency (outside `concurrency`). */
  pools?: Readonly<Record<string, number>>;
  /** How often to look for jobs scheduled for later (new jobs arrive by LISTEN/NOTIFY at once); default 2 s. */
  pollIntervalMs?: number;
  /** A worker unseen for this long is presumed dead and its jobs are released to others; default 60 s. */
  lockTimeoutMs?: number;
}

export interface WorkerStatus {
  status: 'up' | 'down';
  error?: string;
}

/** A running Graphile Worker pool inside this process. */
export interface WorkerRuntime {
  status(): WorkerStatus;
  /** Stops taking jobs and waits for the running ones to finish. */
  stop(): Promise<void>;
}

/** The worker settings the environment gives (WORKER_CONCURRENCY, WORKER_POLL_INTERVAL_MS, JOB_LOCK_TIMEOUT_MS). */
export function workerOptionsFrom(
  config: Pick<Config, 'WORKER_CONCURRENCY' | 'WORKER_POLL_INTERVAL_MS' | 'JOB_LOCK_TIMEOUT_MS'>,
): Pick<WorkerOptions, 'concurrency' | 'pollIntervalMs' | 'lockTimeoutMs'> {
  return {
    concurrency: config.WORKER_CONCURRENCY,
    pollIntervalMs: config.WORKER_POLL_INTERVAL_MS,
    lockTimeoutMs: config.JOB_LOCK_TIMEOUT_MS,
  };
}

/** Installs or upgrades Graphile Worker's own schema (`graphile_worker`); safe to run from several processes. */
export async function installWorkerSchema(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: new GraphileLogger(() => () => undefined) });
}

function graphileLogger(log: Logger): GraphileLogger {
  return new GraphileLogger((scope) => (level, message, meta) => {
    const child = log.child({ worker: scope.workerId, task: scope.taskIdentifier, graphileJobId: scope.jobId });
    if (level === 'error') child.error(meta ?? {}, message);
    else if (level === 'warning') child.warn(meta ?? {}, message);
    else if (level === 'info') child.debug(meta ?? {}, message);
    else child.trace(meta ?? {}, message);
  });
}

/**
 * Starts a Graphile Worker pool with the given tasks and crontab. Graphile Worker only
 * releases the jobs of a crashed worker after four hours, so each process also keeps a heartbeat
 * per worker and releases the jobs of workers whose heartbeat is older than `lockTimeoutMs`.
 */
export async function startWorker(options: WorkerOptions): Promise<WorkerRuntime> {
  const { prisma, log } = options;
  const lockTimeoutMs = options.lockTimeoutMs ?? 60_000;
  const workerIds = new Set<string>();
  let lastBeat = Date.now();
  let beatError: string | undefined;
  let stopped = false;

  // Listening before `run` starts the pool, since the pool creates its workers during start-up.
  const events: WorkerEvents = new EventEmitter();
  // Jobs are locked by the pool's id when fetched in batches and by a worker's id otherwise: beat for both.
  events.on('pool:create', ({ workerPool }) => workerIds.add(workerPool.id));
  events.on('worker:create', ({ worker }) => workerIds.add(worker.workerId));
  events.on('worker:stop', ({ worker }) => workerIds.delete(worker.workerId));
  countJobs(events);
  const allTasks = options.tasks({ prisma, settings: options.settings, log });
  const pools = Object.entries(options.pools ?? {}).filter(([task]) => task in allTasks);
  const shared = Object.fromEntries(Object.entries(allTasks).filter(([task]) => !pools.some(([own]) => own === task)));
  const common = {
    events,
    connectionString: options.databaseUrl,
    pollInterval: options.pollIntervalMs ?? 2_000,
    noHandleSignals: true,
    logger: graphileLogger(log),
  };
  // One Graphile runner per pool: each fetches only its own tasks, so each has its own slots.
  const runners: Runner[] = [await run({ ...common, concurrency: options.concurrency ?? 5, taskList: shared, crontab: options.crontab })];
  for (const [task, concurrency] of pools) runners.push(await run({ ...common, concurrency, taskList: { [task]: allTasks[task] } }));

  const beat = async () => {
    try {
      const ids = [...workerIds];
      if (ids.length > 0) {
        await prisma.$executeRaw`
          INSERT INTO "WorkerHeartbeat" ("workerId", "seenAt") SELECT unnest(${ids}::text[]), now()
          ON CONFLICT ("workerId") DO UPDATE SET "seenAt" = now()`;
      }
      const dead = await prisma.$queryRaw<{ workerId: string }[]>`
        DELETE FROM "WorkerHeartbeat" WHERE "seenAt" < now() - make_interval(secs => ${lockTimeoutMs / 1000}::float8)
        RETURNING "workerId"`;
      if (dead.length > 0) {
        await prisma.$executeRaw`SELECT graphile_worker.force_unlock_workers(${dead.map((d) => d.workerId)}::text[])`;
        log.warn({ workers: dead.map((d) => d.workerId) }, 'released the jobs of workers that stopped answering');
      }
      lastBeat = Date.now();
      beatError = undefined;
    } catch (error) {
      beatError = (error as Error).message;
      log.error({ err: error }, 'worker heartbeat failed');
    }
  };
  await beat();
  const timer = setInterval(() => void beat(), Math.max(100, Math.floor(lockTimeoutMs / 4)));
  timer.unref();
  log.info({ concurrency: options.concurrency ?? 5, pools: Object.fromEntries(pools) }, 'background worker started');

  return {
    status() {
      if (stopped) return { status: 'down', error: 'stopped' };
      if (beatError) return { status: 'down', error: beatError };
      if (Date.now() - lastBeat > lockTimeoutMs) return { status: 'down', error: 'heartbeat is late' };
      return { status: 'up' };
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      const ids = [...workerIds];
      await Promise.all(runners.map((r) => r.stop()));
      if (ids.length > 0)
        await prisma.$executeRaw`DELETE FROM "WorkerHeartbeat" WHERE "workerId" = ANY(${ids}::text[])`.catch(() => undefined);
    },
  };
}
