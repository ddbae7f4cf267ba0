import { ADMINS, requireRole } from '../../core/access.ts';
import type { Context } from '../../core/context.ts';
import { ForbiddenError, NotFoundError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import type { BackgroundJob } from '../../generated/prisma/client.ts';
import { type EventStream, eventQueue } from '../../realtime/event-stream.ts';

const FINISHED = new Set(['SUCCEEDED', 'FAILED']);

const signature = (job: BackgroundJob) => `${job.status}:${job.attempts}:${job.progressDone}:${job.progressTotal}`;

/**
 * A background job now and whenever its status or progress changes, ending once it has finished.
 * Progress is written by worker processes, which hold no pub/sub connection, so the job row is
 * read every `intervalMs` (default 500 ms) while subscribed. Admins only, like the `job` query.
 */
export async function watchJobProgress(ctx: Context, jobId: string, intervalMs = 500): Promise<EventStream<BackgroundJob>> {
  const viewer = requireRole(ctx, ADMINS);
  const load = () => ctx.prisma.backgroundJob.findFirst({ where: { id: jobId, firmId: viewer.firmId } });
  const first = isUuid(jobId) ? await load() : null;
  if (!first) throw new NotFoundError('Job');
  let timer: NodeJS.Timeout | undefined;
  const queue = eventQueue<BackgroundJob>(() => clearInterval(timer));
  let last = signature(first);
  queue.push(first);
  if (FINISHED.has(first.status)) {
    queue.end();
    return queue.stream;
  }
  let polling = false;
  timer = setInterval(async () => {
    if (polling) return;
    polling = true;
    try {
      if (viewer.role !== 'ADMIN') return queue.fail(new ForbiddenError());
      const job = await load();
      if (!job) return queue.fail(new NotFoundError('Job'));
      if (signature(job) !== last) {
        last = signature(job);
        queue.push(job);
      }
      if (FINISHED.has(job.status)) queue.end();
    } catch (error) {
      queue.fail(error as Error);
    } finally {
      polling = false;
    }
  }, intervalMs);
  return queue.stream;
}
