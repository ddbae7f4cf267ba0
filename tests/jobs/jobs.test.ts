import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../src/queue/enqueue.ts';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createFirm, expectType, type FirmFixture } from '../support/fixtures.ts';
import { eventually } from '../support/receivers.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const Jobs = graphql(`
  query JobsList($status: JobStatus) {
    jobs(first: 20, status: $status) {
      totalCount
      edges { node { id task status attempts maxAttempts lastError progress result } }
    }
  }
`);

const RetryJob = graphql(`
  mutation JobsRetry($input: RetryJobInput!) {
    retryJob(input: $input) {
      __typename
      ... on RetryJobPayload { job { status attempts } }
      ... on Error { message }
    }
  }
`);

const RenderPdf = graphql(`
  mutation JobsRenderPdf($input: RenderPdfInput!) {
    renderPdf(input: $input) { __typename ... on RenderPdfPayload { job { id status } } ... on Error { message } }
  }
`);

let api: TestServer;
let firm: FirmFixture;
let firmId: string;

beforeAll(async () => {
  api = await startTestServer({ worker: true });
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Jobs');
  ({ firmId } = await api.prisma.user.findFirstOrThrow({ where: { email: firm.admin.email } }));
});

const listJobs = async (token: string, status?: 'QUEUED' | 'RUNNING' | 'FAILED') => {
  const result = await api.gql(Jobs, { status }, { token });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.jobs;
};

describe('a malformed job payload', () => {
  it('fails the job at once with a clear message, and the worker keeps working', async () => {
    await enqueueJob(api.prisma, { firmId, task: 'send_email', payload: { messageId: 'not-a-uuid' }, maxAttempts: 5 });
    const failed = await eventually(async () => (await listJobs(firm.admin.token, 'FAILED')).edges[0]?.node, 10_000, 'the job to fail');
    expect(failed).toMatchObject({
      task: 'send_email',
      status: 'FAILED',
      attempts: 1,
      lastError: 'Malformed send_email payload: messageId: Invalid UUID',
    });

    const response = await fetch(`${api.url}/health/ready`);
    expect(await response.json()).toMatchObject({ checks: { worker: { status: 'up' } } });
    const queued = await api.gql(
      RenderPdf,
      { input: { title: 'After', fileName: 'after.pdf', blocks: [{ kind: 'paragraph', text: 'still working' }] } },
      { token: firm.admin.token },
    );
    const { job } = expectType(queued.data?.renderPdf, 'RenderPdfPayload');
    await eventually(() => api.prisma.backgroundJob.findFirst({ where: { status: 'SUCCEEDED' } }), 10_000, 'the next job');
    expect(job.status).toBe('QUEUED');
  });

  it('without even a job envelope, stops Graphile Worker retrying it and keeps the reason', async () => {
    await api.prisma.$executeRaw`SELECT graphile_worker.add_job('deliver_webhook', '{"deliveryId": 42}'::json)`;
    const [job] = await eventually(
      () =>
        api.prisma.$queryRaw<{ attempts: number; max_attempts: number; last_error: string }[]>`
        SELECT attempts, max_attempts, last_error FROM graphile_worker._private_jobs WHERE last_error IS NOT NULL`.then((rows) =>
          rows.length ? rows : null,
        ),
      10_000,
      'the job to fail',
    );
    expect(job.attempts).toBe(job.max_attempts);
    expect(job.last_error).toMatch(/^Malformed deliver_webhook payload: firmId: .*; jobId: /);
  });
});

describe('jobs and retryJob', () => {
  it("shows admins their own firm's jobs only, and runs a failed job again", async () => {
    const other = await createFirm(api, 'Other');
    const jobId = await enqueueJob(api.prisma, { firmId, task: 'send_email', payload: { messageId: 'bad' }, maxAttempts: 3 });
    await eventually(() => api.prisma.backgroundJob.findFirst({ where: { id: jobId, status: 'FAILED' } }), 10_000, 'failure');
    const [edge] = (await listJobs(firm.admin.token)).edges;

    expect((await listJobs(other.admin.token)).totalCount).toBe(0);
    const foreign = await api.gql(RetryJob, { input: { id: edge.node.id } }, { token: other.admin.token });
    expect(expectType(foreign.data?.retryJob, 'NotFoundError').message).toBe('Job not found');
    const node = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: edge.node.id }, { token: other.admin.token });
    expect(node.data).toEqual({ node: null });
    expect(node.errors).toBeUndefined();
    const attorney = await api.gql(Jobs, {}, { token: firm.attorney.token });
    expect(attorney.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const retried = await api.gql(RetryJob, { input: { id: edge.node.id } }, { token: firm.admin.token });
    expect(expectType(retried.data?.retryJob, 'RetryJobPayload').job).toEqual({ status: 'QUEUED', attempts: 0 });
    await eventually(
      () => api.prisma.backgroundJob.findFirst({ where: { id: jobId, status: 'FAILED', attempts: 1 } }),
      10_000,
      'second failure',
    );
    const again = await api.gql(RetryJob, { input: { id: edge.node.id } }, { token: firm.admin.token });
    expect(expectType(again.data?.retryJob, 'RetryJobPayload').job.status).toBe('QUEUED');
    const audit = await api.prisma.auditEvent.count({ where: { action: 'job.retried', entityId: jobId } });
    expect(audit).toBe(2);
  });

  it('reports progress and the result of a job with steps', async () => {
    const queued = await api.gql(
      RenderPdf,
      {
        input: {
          title: 'Progress',
          fileName: 'progress.pdf',
          blocks: [
            { kind: 'heading', text: 'One' },
            { kind: 'table', columns: ['A', 'B'], rows: [['1', '2']] },
          ],
        },
      },
      { token: firm.attorney.token },
    );
    expectType(queued.data?.renderPdf, 'RenderPdfPayload');
    await eventually(() => api.prisma.backgroundJob.findFirst({ where: { status: 'SUCCEEDED' } }), 10_000, 'the rendering');
    const [job] = (await listJobs(firm.admin.token)).edges.map((e) => e.node);
    expect(job).toMatchObject({ task: 'render_pdf', status: 'SUCCEEDED', progress: 1, result: { fileId: expect.any(String) } });
  });
});
