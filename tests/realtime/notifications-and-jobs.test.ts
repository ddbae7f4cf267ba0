import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, type FirmFixture } from '../support/fixtures.ts';
import { collect, eventually, type RealtimeTestServer, startRealtimeServer, untilReceived, wsClient } from '../support/realtime.ts';

let api: RealtimeTestServer;
let firm: FirmFixture;
const clients: { dispose(): unknown }[] = [];

const connect = (token: string) => {
  const client = wsClient(api.wsUrl, token);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  api = await startRealtimeServer();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await api.close();
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Notify');
});

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

describe('notificationReceived', () => {
  it('delivers a notification to its recipient only, once its change commits', async () => {
    interface Received {
      notificationReceived: { title: string };
    }
    const attorney = collect<Received>(connect(firm.attorney.token), 'subscription { notificationReceived { title } }');
    const bystander = collect<Received>(connect(firm.paralegal.token), 'subscription { notificationReceived { title } }');
    const client = await createClient(api, firm.admin.token);
    await untilReceived(
      () =>
        createMatter(api, firm.admin.token, {
          clientId: client.id,
          title: `Assigned ${Date.now()}`,
          responsibleAttorneyId: firm.attorney.id,
        }),
      () => attorney.results.length > 0,
    );
    expect(attorney.results[0].data?.notificationReceived.title).toMatch(/^You are responsible for .*Assigned/);
    await createMatter(api, firm.admin.token, { clientId: client.id, title: 'Final assignment', responsibleAttorneyId: firm.attorney.id });
    await attorney.next((d) => d.notificationReceived.title.includes('Final assignment'));
    expect(bystander.results).toEqual([]);
  });
});

describe('jobProgress', () => {
  it("sends an admin the job's progress as it changes and completes when the job finishes", async () => {
    const firmId = (await api.prisma.user.findFirstOrThrow({ where: { email: firm.admin.email } })).firmId;
    const job = await api.prisma.backgroundJob.create({
      data: {
        id: randomUUID(),
        firmId,
        task: 'render_pdf',
        payload: {},
        status: 'RUNNING',
        maxAttempts: 3,
        progressDone: 0,
        progressTotal: 4,
      },
    });
    interface Progress {
      jobProgress: { status: string; progress: number | null };
    }
    const watch = collect<Progress>(connect(firm.admin.token), 'subscription($id: ID!) { jobProgress(jobId: $id) { status progress } }', {
      id: globalId('Job', job.id),
    });
    await watch.next((d) => d.jobProgress.progress === 0);
    await api.prisma.backgroundJob.update({ where: { id: job.id }, data: { progressDone: 2 } });
    await watch.next((d) => d.jobProgress.progress === 0.5);
    await api.prisma.backgroundJob.update({ where: { id: job.id }, data: { progressDone: 4, status: 'SUCCEEDED' } });
    await eventually(() => watch.completed || undefined, 5_000, 'the subscription to complete');
    expect(watch.results.map((r) => r.data?.jobProgress)).toEqual([
      { status: 'RUNNING', progress: 0 },
      { status: 'RUNNING', progress: 0.5 },
      { status: 'SUCCEEDED', progress: 1 },
    ]);
  });

  it("treats another firm's job, and a non-admin, as not allowed", async () => {
    const other = await createFirm(api, 'Other');
    const otherFirmId = (await api.prisma.user.findFirstOrThrow({ where: { email: other.admin.email } })).firmId;
    const job = await api.prisma.backgroundJob.create({
      data: { id: randomUUID(), firmId: otherFirmId, task: 'render_pdf', payload: {}, status: 'RUNNING', maxAttempts: 3 },
    });
    const query = 'subscription($id: ID!) { jobProgress(jobId: $id) { status } }';
    const foreign = collect(connect(firm.admin.token), query, { id: globalId('Job', job.id) });
    const nonAdmin = collect(connect(other.attorney.token), query, { id: globalId('Job', job.id) });
    await eventually(() => foreign.results[0] && nonAdmin.results[0]);
    expect(foreign.results[0].errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(nonAdmin.results[0].errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
