import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { addUser, createFirm, type FirmFixture } from '../support/fixtures.ts';
import { globalId } from '../support/ids.ts';
import { collect, eventually, type RealtimeTestServer, startRealtimeServer, wsClient } from '../support/realtime.ts';

const WATCH = 'subscription($id: ID!) { jobProgress(jobId: $id) { status progress } }';

let api: RealtimeTestServer;
let firm: FirmFixture;
const clients: { dispose(): unknown }[] = [];

beforeAll(async () => {
  // Each admin's connection sends its connection_init and 20 subscriptions at once: 21 messages, one
  // more than the default burst, which a fast server would rightly refuse.
  api = await startRealtimeServer({ realtime: { maxConnectionsPerUser: 10, maxWatchesPerUser: 20, messageBurst: 25 } });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await api.close();
});
beforeEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
  await resetDatabase();
  firm = await createFirm(api, 'Progress');
});

function connect(token: string) {
  const client = wsClient(api.wsUrl, token);
  clients.push(client);
  return client;
}

async function queuedJobs(count: number): Promise<string[]> {
  const firmId = (await api.prisma.user.findFirstOrThrow({ where: { email: firm.admin.email } })).firmId;
  const ids = Array.from({ length: count }, () => randomUUID());
  await api.prisma.backgroundJob.createMany({
    data: ids.map((id) => ({ id, firmId, task: 'render_pdf', payload: {}, status: 'QUEUED' as const, maxAttempts: 3 })),
  });
  return ids;
}

describe('jobProgress', () => {
  it('reads nothing from the database while 100 watched jobs stay queued, and pushes a change to every watcher', async () => {
    const admins = [firm.admin, ...(await Promise.all(Array.from({ length: 4 }, () => addUser(api, firm.admin.token, 'ADMIN'))))];
    const jobs = await queuedJobs(20);
    const watches = admins.flatMap((admin) => {
      const client = connect(admin.token);
      return jobs.map((id) => collect<{ jobProgress: { status: string } }>(client, WATCH, { id: globalId('Job', id) }));
    });
    await eventually(() => watches.every((w) => w.results.length > 0) || undefined, 20_000, 'every first result');
    expect(watches.every((w) => w.results[0].data?.jobProgress.status === 'QUEUED')).toBe(true);

    api.statements.length = 0;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(api.statements.filter((s) => s.includes('"BackgroundJob"'))).toEqual([]);

    await api.prisma.backgroundJob.update({ where: { id: jobs[0] }, data: { status: 'RUNNING', progressDone: 1, progressTotal: 2 } });
    const watching = watches.filter((_, i) => i % jobs.length === 0);
    await eventually(
      () => watching.every((w) => w.results.some((r) => r.data?.jobProgress.status === 'RUNNING')) || undefined,
      10_000,
      'the pushed change',
    );
    // One read for the change, however many watch it.
    expect(api.statements.filter((s) => s.includes('"BackgroundJob"')).length).toBeLessThanOrEqual(2);
  }, 60_000);

  it('refuses a user more than 20 jobProgress subscriptions with LIMIT_EXCEEDED', async () => {
    const jobs = await queuedJobs(21);
    // Over two connections (a connection takes at most WS_MESSAGE_BURST messages at once): the limit is the user's.
    const [first, second] = [connect(firm.admin.token), connect(firm.admin.token)];
    const watches = jobs.map((id, i) => collect(i < 10 ? first : second, WATCH, { id: globalId('Job', id) }));
    await eventually(() => watches.every((w) => w.results.length > 0) || undefined, 10_000, 'every answer');
    const refused = watches.filter((w) => w.results[0].errors?.[0]?.extensions?.code === 'LIMIT_EXCEEDED');
    expect(refused).toHaveLength(1);
    expect(refused[0].results[0].errors?.[0].message).toMatch(/at most 20/);
    // Once one ends, another may start.
    watches.find((w) => !w.results[0].errors)?.stop();
    const again = collect(first, WATCH, { id: globalId('Job', jobs[20]) });
    await eventually(() => again.results[0], 10_000);
    expect(again.results[0].data).toEqual({ jobProgress: { status: 'QUEUED', progress: null } });
  }, 30_000);
});
