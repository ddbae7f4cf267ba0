import { ADMINS, requireRole } from '../../core/access.ts';
import type { Context } from '../../core/context.ts';
import { NotFoundError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { defineService, type ServiceDeps } from '../../core/services.ts';
import type { BackgroundJob } from '../../generated/prisma/client.ts';
import { RealtimeLimitError } from '../../realtime/errors.ts';
import { type EventStream, eventQueue } from '../../realtime/event-stream.ts';

/** The channel a trigger on "BackgroundJob" notifies with a job's id whenever its record changes (see its migration). */
const CHANNEL = 'lexgraph_job_progress';

const FINISHED = new Set(['SUCCEEDED', 'FAILED']);

const signature = (job: BackgroundJob) => `${job.status}:${job.attempts}:${job.progressDone}:${job.progressTotal}`;

interface Watch {
  firmId: string;
  userId: string;
  push(job: BackgroundJob): void;
}

/**
 * The one feed of job changes of this process: workers (in any process) change a job's record, the
 * database notifies its id, and the feed reads that job once and hands it to every local watcher
 * of it. Nothing is read while nothing changes, whatever the number of watchers.
 */
class JobProgressFeed {
  private readonly watches = new Map<string, Set<Watch>>();
  private readonly reading = new Map<string, Promise<BackgroundJob | null>>();
  private readonly perUser = new Map<string, number>();
  private readonly stop: () => void;
  /** Settles once changes are being pushed: a watch reads its job only after, so no change falls between. */
  readonly ready: Promise<void>;

  constructor(private readonly deps: ServiceDeps) {
    const listening = deps.listen(
      CHANNEL,
      (jobId) => void this.changed(jobId),
      () => {
        for (const jobId of this.watches.keys()) void this.changed(jobId);
      },
    );
    this.stop = listening.stop;
    this.ready = listening.ready;
  }

  /** The job as it is now; watchers asking at the same moment share one read. */
  read(jobId: string): Promise<BackgroundJob | null> {
    let pending = this.reading.get(jobId);
    if (!pending) {
      pending = this.deps.prisma.backgroundJob.findUnique({ where: { id: jobId } }).finally(() => this.reading.delete(jobId));
      this.reading.set(jobId, pending);
    }
    return pending;
  }

  private async changed(jobId: string): Promise<void> {
    const watchers = this.watches.get(jobId);
    if (!watchers?.size) return;
    try {
      const job = await this.read(jobId);
      if (job) for (const watch of watchers) if (watch.firmId === job.firmId) watch.push(job);
    } catch (error) {
      this.deps.log.warn({ err: (error as Error).message, jobId }, 'could not read a changed job');
    }
  }

  /** How many watches one user may hold. */
  get limit(): number {
    return this.deps.maxWatchesPerUser;
  }

  /** Registers a watch of `jobId` and returns its remover; null when the user already holds their limit. */
  add(jobId: string, watch: Watch): (() => void) | null {
    const held = this.perUser.get(watch.userId) ?? 0;
    if (held >= this.deps.maxWatchesPerUser) return null;
    this.perUser.set(watch.userId, held + 1);
    const watchers = this.watches.get(jobId) ?? new Set();
    watchers.add(watch);
    this.watches.set(jobId, watchers);
    return () => {
      if (!watchers.delete(watch)) return;
      if (watchers.size === 0) this.watches.delete(jobId);
      const left = (this.perUser.get(watch.userId) ?? 1) - 1;
      if (left > 0) this.perUser.set(watch.userId, left);
      else this.perUser.delete(watch.userId);
    };
  }

  close(): void {
    this.stop();
    this.watches.clear();
  }
}

const jobProgressFeed = defineService({
  name: 'jobProgressFeed',
  create: (deps) => new JobProgressFeed(deps),
  close: (feed) => feed.close(),
});

/**
 * A background job now and whenever its status or progress changes, ending once it has finished.
 * Changes are pushed (a database notification per changed job, read once per instance for all its
 * watchers), never polled. Admins only, like the `job` query; a user may hold
 * JOB_PROGRESS_MAX_PER_USER (default 20) of these per instance.
 */
export async function watchJobProgress(ctx: Context, jobId: string): Promise<EventStream<BackgroundJob>> {
  const viewer = requireRole(ctx, ADMINS);
  if (!isUuid(jobId)) throw new NotFoundError('Job');
  let last = '';
  let remove: () => void = () => {};
  const queue = eventQueue<BackgroundJob>(() => remove());
  const push = (job: BackgroundJob) => {
    if (signature(job) === last) return;
    last = signature(job);
    queue.push(job);
    if (FINISHED.has(job.status)) queue.end();
  };
  // Watching starts before the first read, so a change between the two is not missed.
  const feed = ctx.services.get(jobProgressFeed);
  const added = feed.add(jobId, { firmId: viewer.firmId, userId: viewer.id, push });
  if (!added) throw new RealtimeLimitError(`Too many jobProgress subscriptions (at most ${feed.limit}); complete some first`);
  remove = added;
  await feed.ready;
  const found = await feed.read(jobId).catch((error: unknown) => {
    remove();
    throw error;
  });
  const first = found?.firmId === viewer.firmId ? found : null;
  if (!first) {
    remove();
    throw new NotFoundError('Job');
  }
  push(first);
  return queue.stream;
}
