import { z } from 'zod';
import type { Context } from '../context.ts';
import type { BackgroundJob, Prisma, StoredFile } from '../generated/prisma/client.ts';
import type { JobStatus } from '../generated/prisma/enums.ts';
import { DocumentDefinition } from '../jobs/render_pdf.ts';
import { enqueueJob, type TaskName } from '../queue/enqueue.ts';
import { requireRole, requireViewer, WRITERS } from './access.ts';
import { recordAudit } from './audit.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import { transaction } from './transaction.ts';
import { isUuid, parseInput } from './validation.ts';

function jobWhere(firmId: string, status?: JobStatus | null): Prisma.BackgroundJobWhereInput {
  return { firmId, ...(status ? { status } : {}) };
}

/** The firm's background jobs, newest first, optionally with one status. Admins only. */
export function listJobs(
  ctx: Context,
  input: { status?: JobStatus | null },
  page: Prisma.BackgroundJobFindManyArgs,
): Promise<BackgroundJob[]> {
  const admin = requireRole(ctx, ['ADMIN']);
  return ctx.prisma.backgroundJob.findMany({
    ...page,
    where: jobWhere(admin.firmId, input.status),
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
}

export function countJobs(ctx: Context, input: { status?: JobStatus | null }): Promise<number> {
  const admin = requireRole(ctx, ['ADMIN']);
  return ctx.prisma.backgroundJob.count({ where: jobWhere(admin.firmId, input.status) });
}

/**
 * Runs a FAILED job again from its first attempt with the payload it had. Admins only; a job that
 * is queued, running or done is a conflict.
 */
export async function retryJob(ctx: Context, input: { id: string }): Promise<BackgroundJob> {
  const admin = requireRole(ctx, ['ADMIN']);
  return transaction(ctx, async (tx) => {
    const before = isUuid(input.id) ? await tx.backgroundJob.findFirst({ where: { id: input.id, firmId: admin.firmId } }) : null;
    if (!before) throw new NotFoundError('Job');
    if (before.status !== 'FAILED') throw new ConflictError(`Only a failed job can be retried; this one is ${before.status}`);
    await tx.backgroundJob.update({
      where: { id: before.id },
      data: { attempts: 0, progressDone: null, progressTotal: null, result: undefined },
    });
    const { firmId: _firm, jobId: _job, ...payload } = before.payload as Record<string, unknown>;
    await enqueueJob(
      tx,
      { firmId: admin.firmId, task: before.task as TaskName, payload, jobKey: before.jobKey ?? undefined, maxAttempts: before.maxAttempts },
      before.id,
    );
    const after = await tx.backgroundJob.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, ctx, admin.firmId, { action: 'job.retried', entityType: 'BackgroundJob', entityId: before.id, before, after });
    return after;
  });
}

const RenderPdfInput = z.object({ document: DocumentDefinition });

/** Queues a PDF rendering of a document definition; the job's result names the stored file. Every role but READ_ONLY. */
export async function requestPdf(ctx: Context, input: z.input<typeof RenderPdfInput>): Promise<BackgroundJob> {
  const viewer = requireRole(ctx, WRITERS);
  const data = parseInput(RenderPdfInput, input);
  return transaction(ctx, async (tx) => {
    const id = await enqueueJob(tx, {
      firmId: viewer.firmId,
      task: 'render_pdf',
      payload: { createdById: viewer.id, document: data.document },
      maxAttempts: ctx.jobs.jobs.maxAttempts,
    });
    const job = await tx.backgroundJob.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, ctx, viewer.firmId, {
      action: 'pdf.requested',
      entityType: 'BackgroundJob',
      entityId: id,
      after: { task: job.task, title: data.document.title },
    });
    return job;
  });
}

/** The firm's stored files, newest first. */
export function listFiles(ctx: Context, page: Prisma.StoredFileFindManyArgs): Promise<StoredFile[]> {
  const viewer = requireViewer(ctx);
  return ctx.prisma.storedFile.findMany({ ...page, where: { firmId: viewer.firmId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
}
