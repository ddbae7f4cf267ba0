import { builder } from '../../core/graphql/builder.ts';
import { listConnection, listPages } from '../../core/graphql/lists.ts';
import { defineMutation } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import type { BackgroundJob } from '../../generated/prisma/client.ts';
import { JobStatus } from '../../generated/prisma/enums.ts';
import { watchJobProgress } from '../../resolvers/jobs/job-progress.ts';
import { JobEntity, StoredFileEntity } from '../../resolvers/jobs/jobs.entities.ts';
import { fileList, jobList, requestPdf, retryJob } from '../../resolvers/jobs/jobs.ts';

const JobStatusEnum = builder.enumType(JobStatus, {
  name: 'JobStatus',
  description: 'Where a background job stands.',
  values: {
    QUEUED: { description: 'Waiting to run (first time, or again after a failed attempt).' },
    RUNNING: { description: 'A worker is running it.' },
    SUCCEEDED: { description: 'Done.' },
    FAILED: { description: 'Gave up: every attempt failed, or the failure was permanent. `retryJob` runs it again.' },
  },
});

export const StoredFileRef = builder.prismaNode('StoredFile', {
  ...firmNode(StoredFileEntity),
  description: 'A file LexGraph produced for the firm (e.g. a rendered PDF). Download it from `downloadPath` with your bearer token.',
  // Select mode keeps the file's bytes out of every query that does not need them.
  select: { id: true },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'File name, e.g. "invoice-42.pdf".' }),
    mimeType: t.exposeString('mimeType', { description: 'MIME type, e.g. "application/pdf".' }),
    size: t.exposeInt('size', { description: 'Size in bytes.' }),
    sha256: t.exposeString('sha256', { description: 'Hex SHA-256 of the content (also the download ETag).' }),
    downloadPath: t.string({
      description: 'Path to GET the content with `Authorization: Bearer <token>`; only users of the owning firm may.',
      select: { id: true },
      resolve: (f) => `/files/${f.id}`,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was stored.' }),
  }),
});

export const JobRef = builder.prismaNode('BackgroundJob', {
  ...firmNode(JobEntity),
  description: "A background job run for the firm (an email, a webhook delivery, a PDF). Admins see the firm's jobs.",
  fields: (t) => ({
    task: t.exposeString('task', { description: 'The task: send_email, deliver_webhook or render_pdf.' }),
    status: t.expose('status', { type: JobStatusEnum, description: 'Where the job stands.' }),
    attempts: t.exposeInt('attempts', { description: 'Attempts started so far.' }),
    maxAttempts: t.exposeInt('maxAttempts', { description: 'Attempts before it fails for good.' }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Why the last attempt failed.' }),
    runAt: t.expose('runAt', { type: 'DateTime', description: 'When it runs (or ran) next.' }),
    progress: t.float({
      nullable: true,
      description: 'How far a job with steps has come, 0–1; null for jobs without steps.',
      resolve: (j) => (j.progressTotal ? (j.progressDone ?? 0) / j.progressTotal : j.progressTotal === 0 ? 1 : null),
    }),
    result: t.expose('result', { type: 'JSON', nullable: true, description: "The task's result, e.g. the stored file of a PDF." }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was queued.' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true, description: 'When it succeeded or failed for good.' }),
  }),
});

builder.queryFields((t) => ({
  jobs: t.prismaConnection(
    {
      type: JobRef,
      cursor: 'id',
      description: "The firm's background jobs, newest first. Admins only.",
      authScopes: { admin: true },
      args: { status: t.arg({ type: JobStatusEnum, description: 'Only jobs with this status.' }) },
      ...listConnection(jobList, (args: { status?: JobStatus | null }) => args),
    },
    { name: 'JobConnection', description: 'A page of jobs.' },
    { name: 'JobEdge', description: 'A job in a page.' },
  ),
  files: t.prismaConnection(
    {
      type: 'StoredFile',
      cursor: 'id',
      description: "The firm's stored files, newest first.",
      ...listPages(fileList, (_args: object) => ({})),
    },
    { name: 'StoredFileConnection', description: 'A page of stored files.' },
    { name: 'StoredFileEdge', description: 'A stored file in a page.' },
  ),
}));

defineMutation('retryJob', {
  description: 'Runs a FAILED job again from its first attempt. Admins only.',
  input: builder.inputType('RetryJobInput', {
    description: 'The job to retry.',
    fields: (t) => ({ id: t.globalID({ required: true, for: JobRef, description: 'A failed job of your firm.' }) }),
  }),
  payload: { description: 'The job after `retryJob`.', field: 'job', type: JobRef },
  resolve: async (input, ctx) => ({ job: await retryJob(ctx, { id: input.id.id }) }),
});

const PdfBlockKind = builder.enumType('PdfBlockKind', {
  description: 'A kind of block in a PDF document definition.',
  values: {
    heading: { description: 'A heading line (`text`).' },
    paragraph: { description: 'A paragraph (`text`).' },
    table: { description: 'A table (`columns`, `rows`).' },
  },
});

const PdfBlock = builder.inputType('PdfBlockInput', {
  description: 'One block of a PDF document, drawn in order.',
  fields: (t) => ({
    kind: t.field({ type: PdfBlockKind, required: true, description: 'What the block is.' }),
    text: t.string({ description: 'Text of a heading or paragraph.' }),
    columns: t.stringList({ description: 'Column titles of a table.' }),
    rows: t.field({ type: [['String']], description: 'Rows of a table, one list of cells each.' } as never),
  }),
});

defineMutation('renderPdf', {
  description: "Queues a PDF rendering; the job's result names the stored file when it succeeds. Every role but READ_ONLY.",
  input: builder.inputType('RenderPdfInput', {
    description: 'A document definition.',
    fields: (t) => ({
      title: t.string({ required: true, description: 'Title printed at the top.' }),
      fileName: t.string({ required: true, description: 'File name ending in .pdf.' }),
      blocks: t.field({ type: [PdfBlock], required: true, description: 'The content, in order.' }),
    }),
  }),
  payload: { description: 'The queued rendering job.', field: 'job', type: JobRef },
  resolve: async (input, ctx) => ({
    job: await requestPdf(ctx, {
      document: {
        title: input.title,
        fileName: input.fileName,
        blocks: input.blocks.map((b) => ({
          kind: b.kind,
          text: b.text ?? undefined,
          columns: b.columns ?? undefined,
          rows: (b as { rows?: string[][] }).rows ?? undefined,
        })) as never,
      },
    }),
  }),
});

builder.subscriptionField('jobProgress', (t) =>
  t.field({
    type: JobRef,
    description: 'A background job now and whenever its status or progress changes; completes once it has finished. Admins only.',
    args: { jobId: t.arg.globalID({ for: JobRef, required: true, description: 'The job to watch.' }) },
    subscribe: (_root, args, ctx) => watchJobProgress(ctx, args.jobId.id),
    resolve: (job: BackgroundJob) => job,
  }),
);
