import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { change } from '../../src/core/change.ts';
import type { Context } from '../../src/core/context.ts';
import { createPrisma, type PrismaClient } from '../../src/db/client.ts';
import type { FirmEventMessage } from '../../src/realtime/topics.ts';
import { matterUpdated } from '../../src/resolvers/cases/cases.events.ts';
import { createClient } from '../../src/resolvers/cases/clients.ts';
import { createMatter, updateMatter } from '../../src/resolvers/cases/matters.ts';
import { registerFirm } from '../../src/resolvers/identity/session.ts';
import { createUser } from '../../src/resolvers/identity/users.ts';
import { type ServiceHarness, serviceHarness, viewerOf } from '../support/context.ts';
import { resetDatabase, workerDatabaseUrl } from '../support/database.ts';

let prisma: PrismaClient;
let harness: ServiceHarness;
let admin: Context;
let attorneyId: string;
let clientId: string;
const published: FirmEventMessage[] = [];

beforeAll(async () => {
  prisma = createPrisma(workerDatabaseUrl());
  harness = await serviceHarness(prisma);
});
afterAll(async () => {
  await harness.close();
  await prisma.$disconnect();
});
beforeEach(async () => {
  await resetDatabase();
  published.length = 0;
  const session = await registerFirm(harness.context(null), {
    firmName: 'Write Path LLP',
    adminName: 'Wanda Admin',
    adminEmail: 'wanda@write-path.test',
    password: 'write path password',
  });
  admin = harness.context(session.viewer);
  harness.pubsub.subscribe('firmEvents', session.viewer.firmId, (message) => published.push(message));
  const attorney = await createUser(admin, {
    name: 'Arlo Attorney',
    email: 'arlo@write-path.test',
    role: 'ATTORNEY',
    password: 'write path password',
  });
  attorneyId = attorney.id;
  clientId = (await createClient(admin, { name: 'Acme Corp.', kind: 'ORGANIZATION' })).id;
});

describe('the write path', () => {
  it('records a change with its audit row and its event (public payload, no raw row), and publishes the event once it commits', async () => {
    const matter = await createMatter(admin, { clientId, title: 'Acme v. Widgets' });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'matter.created', entityId: matter.id } });
    const event = await prisma.domainEvent.findFirstOrThrow({ where: { type: 'matter.created', entityId: matter.id } });
    expect(audit).toMatchObject({ entityType: 'Matter', actorId: admin.viewer?.id, requestId: admin.requestId });
    expect(event).toMatchObject({ entityType: 'Matter', matterId: matter.id, actorId: admin.viewer?.id });
    expect(event.payload).toMatchObject({
      id: matter.id,
      title: 'Acme v. Widgets',
      status: 'OPEN',
      openedAt: matter.openedAt.toISOString(),
    });
    await expect.poll(() => published.map((m) => m.id)).toContain(event.id);
  });

  it('rolls back the audit row, the event and its webhook deliveries with a change that fails, and publishes nothing', async () => {
    const matter = await createMatter(admin, { clientId, title: 'Before' });
    await prisma.webhookEndpoint.create({ data: { firmId: matter.firmId, url: 'http://127.0.0.1:9/hook', secretCiphertext: 'v1.a.b.c' } });
    const counts = async () => ({
      audit: await prisma.auditEvent.count(),
      events: await prisma.domainEvent.count(),
      deliveries: await prisma.webhookDelivery.count(),
    });
    const before = await counts();
    const seen = published.length;
    const failing = change(admin, async (w) => {
      const after = await w.tx.matter.update({ where: { id: matter.id }, data: { title: 'After' } });
      await w.record(matterUpdated, { before: matter, after });
      throw new Error('the commit fails');
    });
    await expect(failing).rejects.toThrow('the commit fails');
    expect(await counts()).toEqual(before);
    expect((await prisma.matter.findUniqueOrThrow({ where: { id: matter.id } })).title).toBe('Before');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(published.length).toBe(seen);
  });

  it('tells an attorney made responsible by an update, and no one when an update leaves the attorney as it was', async () => {
    const matter = await createMatter(admin, { clientId, title: 'Unassigned' });
    const assignedNotices = () => prisma.notification.count({ where: { userId: attorneyId, type: 'matter.assigned' } });
    await updateMatter(admin, { id: matter.id, responsibleAttorneyId: attorneyId });
    expect(await assignedNotices()).toBe(1);
    await updateMatter(admin, { id: matter.id, title: 'Still theirs' });
    expect(await assignedNotices()).toBe(1);
  });

  it('names the new admin as the actor of a registration, which has no viewer yet', async () => {
    const viewer = await viewerOf(prisma, 'wanda@write-path.test');
    const registered = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'firm.registered' } });
    expect(registered).toMatchObject({ firmId: viewer.firmId, entityId: viewer.firmId, actorId: viewer.id });
  });
});
