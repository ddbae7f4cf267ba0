import type { WorkerEvents } from 'graphile-worker';
import { jobDuration, jobRuns } from './metrics.ts';

/**
 * Counts every job attempt a Graphile Worker pool finishes, by task and outcome (`success`;
 * `error`, to be retried; `failed`, its last attempt), with how long it ran.
 */
export function countJobs(events: WorkerEvents): void {
  const started = new Map<string, number>();
  events.on('job:start', ({ job }) => started.set(job.id, performance.now()));
  const finished = (job: { id: string; task_identifier: string }, outcome: string) => {
    const labels = { task: job.task_identifier, outcome };
    jobRuns.inc(labels);
    const start = started.get(job.id);
    started.delete(job.id);
    if (start !== undefined) jobDuration.observe(labels, (performance.now() - start) / 1000);
  };
  events.on('job:success', ({ job }) => finished(job, 'success'));
  events.on('job:error', ({ job }) => finished(job, job.attempts >= job.max_attempts ? 'failed' : 'error'));
}
