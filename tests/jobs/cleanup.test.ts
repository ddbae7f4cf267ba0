import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, type FirmFixture } from '../support/fixtures.ts';
import { eventually } from '../support/receivers.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let api: TestServer;
let firm: FirmFixture;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lexgraph-mail-'));
  api = await startTestServer({ worker: true, jobs: { DATA_DIR: dataDir, EVENT_RETENTION_DAYS: '30', RECORD_RETENTION_DAYS: '7' } });
});
afterAll(async () => {
  await api.close();
  await rm(dataDir, { recursive: true, force: true });
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Cleanup');
});

describe('cleanup (cron task)', () => {
  it('deletes webhook attempts, sent emails, finished jobs and events older than their retention, and keeps newer ones', async () => {
    const { firmId } = await api.prisma.user.findFirstOrThrow({ where: { email: firm.admin.email } });
    await createClient(api, firm.attorney.token);
    await createClient(api, firm.attorney.token);
    const days = (n: number) => new Date(Date.now() - n * 86_400_000);
    const [oldEvent] = await api.prisma.domainEvent.findMany({ orderBy: { position: 'asc' } });
    await api.prisma.domainEvent.update({ where: { id: oldEvent.id }, data: { occurredAt: days(31) } });
    const endpoint = await api.prisma.webhookEndpoint.create({
      data: { firmId, url: 'http://example.test/hook', secretCiphertext: 'v1.a.b.c', active: false },
    });
    const [, newEvent] = await api.prisma.domainEvent.findMany({ orderBy: { position: 'asc' } });
    const delivery = await api.prisma.webhookDelivery.create({
      data: { firmId, endpointId: endpoint.id, eventId: newEvent.id, eventType: newEvent.type },
    });
    await api.prisma.webhookAttempt.createMany({
      data: [
        { firmId, deliveryId: delivery.id, number: 1, succeeded: false, durationMs: 5, createdAt: days(8) },
        { firmId, deliveryId: delivery.id, number: 2, succeeded: true, durationMs: 5, createdAt: days(1) },
      ],
    });
    const email = { firmId, to: 'x@example.test', template: 'notification', subject: 's', html: 'h', text: 't' };
    await api.prisma.emailMessage.createMany({
      data: [
        { ...email, status: 'SENT', createdAt: days(8) },
        { ...email, status: 'QUEUED', createdAt: days(8) },
        { ...email, status: 'SENT', createdAt: days(1) },
      ],
    });

    const job = { firmId, task: 'render_pdf', payload: {}, maxAttempts: 1 };
    await api.prisma.backgroundJob.createMany({
      data: [
        { ...job, id: '00000000-0000-7000-8000-00000000000a', status: 'SUCCEEDED', finishedAt: days(8) },
        { ...job, id: '00000000-0000-7000-8000-00000000000b', status: 'FAILED', finishedAt: days(1) },
        { ...job, id: '00000000-0000-7000-8000-00000000000c', status: 'QUEUED', createdAt: days(9) },
      ],
    });
    await api.prisma.$executeRaw`SELECT graphile_worker.add_job('cleanup', '{}'::json)`;
    await eventually(
      async () => (await api.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs`)[0].n === 0n,
      10_000,
      'the cleanup to finish',
    );
    expect(await api.prisma.domainEvent.findMany({ select: { id: true } })).toEqual([{ id: newEvent.id }]);
    expect((await api.prisma.emailMessage.findMany({ orderBy: { createdAt: 'asc' } })).map((m) => m.status)).toEqual(['QUEUED', 'SENT']);
    expect(await api.prisma.webhookAttempt.findMany({ select: { number: true } })).toEqual([{ number: 2 }]);
    expect((await api.prisma.backgroundJob.findMany({ orderBy: { id: 'asc' } })).map((j) => j.status)).toEqual(['FAILED', 'QUEUED']);
  });
});

describe('email without SMTP_URL', () => {
  it('is written as an .eml file under <DATA_DIR>/mail', async () => {
    await api.gql(
      'mutation($input: InviteUserInput!) { inviteUser(input: $input) { __typename } }',
      { input: { name: 'Eml Person', email: 'eml@example.test', role: 'ATTORNEY' } },
      { token: firm.admin.token },
    );
    const message = await eventually(() => api.prisma.emailMessage.findFirst({ where: { status: 'SENT' } }), 10_000, 'the email');
    const files = await readdir(join(dataDir, 'mail'));
    expect(files).toContain(`${message.id}.eml`);
    const eml = await readFile(join(dataDir, 'mail', `${message.id}.eml`), 'utf8');
    expect(eml).toMatch(/^To: eml@example.test$/m);
    expect(eml).toMatch(/^Subject: Cleanup Admin invited you to Cleanup LLP on LexGraph$/m);
  });
});
