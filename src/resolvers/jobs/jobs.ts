import { z } from 'zod';
import { ADMINS, requireRole, WRITERS } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { ConflictError, NotFoundError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { defineList } from '../../core/lists.ts';
import { parseInput } from '../../core/validation.ts';
import type { BackgroundJob, Prisma } from '../../generated/prisma/client.ts';
import type { JobStatus } from '../../generated/prisma/enums.ts';
import { enqueueJob } from '../../queue/enqueue.ts';
import { jobRetried, pdfRequested } from './jobs.actions.ts';
import { JobEntity, StoredFileEntity } from './jobs.entities.ts';
import { DocumentDefinition, RENDER_PDF } from './pdf-document.ts';

/** The firm's background jobs, newest first, optionally with one status. Admins only. */
export const jobList = defineList<{ status?: JobStatus | null }, 'CREATED_AT'>({
  entity: JobEntity,
  orders: { CREATED_AT: 'createdAt' },
  defaultOrder: { field: 'CREATED_AT', direction: 'DESC' },
  where: (input): Prisma.BackgroundJobWhereInput => (input.status ? { status: input.status } : {}),
});

/**
 * Runs a FAILED job again from its first attempt with the payload it had. Admins only; a job that
 * is queued, running or done is a conflict.
 */
export async function retryJob(ctx: Context, input: { id: string }): Promise<BackgroundJob> {
  requireRole(ctx, ADMINS);
  return change(ctx, async (w) => {
    const { tx } = w;
    const before = isUuid(input.id) ? await tx.backgroundJob.findFirst({ where: { id: input.id, firmId: w.firmId } }) : null;
    if (!before) throw new NotFoundError('Job');
    if (before.status !== 'FAILED') throw new ConflictError(`Only a failed job can be retried; this one is ${before.status}`);
    await tx.backgroundJob.update({
      where: { id: before.id },
      data: { attempts: 0, progressDone: null, progressTotal: null, result: undefined },
    });
    const { firmId: _firm, jobId: _job, ...payload } = before.payload as Record<string, unknown>;
    await enqueueJob(
      tx,
      { firmId: w.firmId, task: before.task, payload, jobKey: before.jobKey ?? undefined, maxAttempts: before.maxAttempts },
      before.id,
    );
    const after = await tx.backgroundJob.findUniqueOrThrow({ where: { id: before.id } });
    await w.record(jobRetried, { before, after });
    return after;
  });
}

const RenderPdfInput = z.object({ document: DocumentDefinition });

/** Queues a PDF rendering of a document definition; the job's result names the stored file. Every role but READ_ONLY. */
export async function requestPdf(ctx: Context, input: z.input<typeof RenderPdfInput>): Promise<BackgroundJob> {
  const viewer = requireRole(ctx, WRITERS);
  const data = parseInput(RenderPdfInput, input);
  return change(ctx, async (w) => {
    const { tx } = w;
    const id = await enqueueJob(tx, {
      firmId: w.firmId,
      task: RENDER_PDF,
      payload: { createdById: viewer.id, document: data.document },
      maxAttempts: ctx.jobs.jobs.maxAttempts,
    });
    const job = await tx.backgroundJob.findUniqueOrThrow({ where: { id } });
    await w.record(pdfRequested, { id, after: { task: job.task, title: data.document.title } });
    return job;
  });
}

/** The firm's stored files, newest first. */
export const fileList = defineList<Record<string, never>, 'CREATED_AT'>({
  entity: StoredFileEntity,
  orders: { CREATED_AT: 'createdAt' },
  defaultOrder: { field: 'CREATED_AT', direction: 'DESC' },
});
