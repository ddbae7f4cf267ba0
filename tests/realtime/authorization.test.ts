import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, type FirmFixture } from '../support/fixtures.ts';
import { collect, eventually, type RealtimeTestServer, startRealtimeServer, untilReceived, wsClient } from '../support/realtime.ts';
import { MATTER_EVENTS, MATTER_UPDATED, type MatterEventData, type MatterUpdatedData, renameMatter, setMembership } from './operations.ts';

let api: RealtimeTestServer;
let firmA: FirmFixture;
let matter: { id: string };
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
  firmA = await createFirm(api, 'Alpha');
  const client = await createClient(api, firmA.admin.token);
  matter = await createMatter(api, firmA.admin.token, { clientId: client.id, title: 'Alpha v. Beta' });
});

describe('per-event authorization', () => {
  it("gives a subscriber of firm B nothing of firm A's changes", async () => {
    const firmB = await createFirm(api, 'Bravo');
    const outsider = collect<MatterEventData>(connect(firmB.admin.token), MATTER_EVENTS);
    const foreignMatter = collect<MatterUpdatedData>(connect(firmB.admin.token), MATTER_UPDATED, { matterId: matter.id });
    const insider = collect<MatterEventData>(connect(firmA.admin.token), MATTER_EVENTS);

    await untilReceived(
      () => renameMatter(api, firmA.admin.token, matter.id, `Renamed ${Date.now()}`),
      () => insider.results.length > 0,
    );
    await renameMatter(api, firmA.admin.token, matter.id, 'Last word');
    await insider.next((d) => d.matterEvents.matter.title === 'Last word');

    expect(outsider.results).toEqual([]);
    expect(foreignMatter.results).toEqual([
      { errors: [expect.objectContaining({ message: 'Matter not found', extensions: { code: 'NOT_FOUND' } })] },
    ]);
  });

  it("stops sending a matter's events to a user removed from its team", async () => {
    const paralegalId = (await api.prisma.user.findFirstOrThrow({ where: { email: firmA.paralegal.email } })).id;
    const client = await createClient(api, firmA.admin.token);
    // A non-admin who opens a matter joins its team.
    matter = await createMatter(api, firmA.paralegal.token, { clientId: client.id, title: 'Team matter' });
    expect(await api.prisma.matterMember.count({ where: { userId: paralegalId } })).toBe(1);
    const member = collect<MatterEventData>(connect(firmA.paralegal.token), MATTER_EVENTS);
    const memberWatch = collect<MatterUpdatedData>(connect(firmA.paralegal.token), MATTER_UPDATED, { matterId: matter.id });
    const admin = collect<MatterEventData>(connect(firmA.admin.token), MATTER_EVENTS);

    await untilReceived(
      () => renameMatter(api, firmA.admin.token, matter.id, `While a member ${Date.now()}`),
      () => member.results.length > 0 && memberWatch.results.length > 0 && admin.results.length > 0,
    );
    expect(await setMembership(api, firmA.admin.token, false, matter.id, firmA.paralegal.id)).toBe('RemoveMatterMemberPayload');
    expect(await api.prisma.matterMember.count({ where: { userId: paralegalId } })).toBe(0);
    await renameMatter(api, firmA.admin.token, matter.id, 'After removal');
    await admin.next((d) => d.matterEvents.matter.title === 'After removal');

    const titles = member.results.map((r) => r.data?.matterEvents.matter.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles).not.toContain('After removal');
    expect(member.results.map((r) => r.data?.matterEvents.type)).not.toContain('MEMBER_REMOVED');
    expect(memberWatch.results.map((r) => r.data?.matterUpdated.title)).not.toContain('After removal');
  });

  it('publishes nothing for a mutation whose transaction rolls back', async () => {
    // Fails at COMMIT, after the domain event has been written: the last moment a change can fail.
    await api.prisma.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION realtime_test_veto() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.payload->>'title' = 'Rolled back' THEN RAISE EXCEPTION 'vetoed by test'; END IF; RETURN NEW; END $$`);
    await api.prisma.$executeRawUnsafe(`
      CREATE CONSTRAINT TRIGGER realtime_test_veto AFTER INSERT ON "DomainEvent"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION realtime_test_veto()`);
    try {
      const watcher = collect<MatterEventData>(connect(firmA.admin.token), MATTER_EVENTS);
      await untilReceived(
        () => renameMatter(api, firmA.admin.token, matter.id, `Warm-up ${Date.now()}`),
        () => watcher.results.length > 0,
      );
      const seenBefore = watcher.results.length;

      const failed = await renameMatter(api, firmA.admin.token, matter.id, 'Rolled back');
      expect(failed).toMatch(/Internal server error/);
      await renameMatter(api, firmA.admin.token, matter.id, 'Committed');
      await watcher.next((d) => d.matterEvents.matter.title === 'Committed');

      const after = watcher.results.slice(seenBefore).map((r) => r.data?.matterEvents.matter.title);
      expect(after).toEqual(['Committed']);
      expect(await api.prisma.domainEvent.count({ where: { payload: { path: ['title'], equals: 'Rolled back' } } })).toBe(0);
    } finally {
      await api.prisma.$executeRawUnsafe('DROP TRIGGER IF EXISTS realtime_test_veto ON "DomainEvent"');
      await api.prisma.$executeRawUnsafe('DROP FUNCTION IF EXISTS realtime_test_veto()');
    }
  });

  it('sends matterUpdated only for the watched matter, with its current state', async () => {
    const client = await createClient(api, firmA.admin.token);
    const other = await createMatter(api, firmA.admin.token, { clientId: client.id, title: 'Other' });
    const watch = collect<MatterUpdatedData>(connect(firmA.admin.token), MATTER_UPDATED, { matterId: matter.id });
    await untilReceived(
      () => renameMatter(api, firmA.admin.token, matter.id, `Watched ${Date.now()}`),
      () => watch.results.length > 0,
    );
    await renameMatter(api, firmA.admin.token, other.id, 'Not watched');
    await renameMatter(api, firmA.admin.token, matter.id, 'Watched last');
    await eventually(() => watch.results.find((r) => r.data?.matterUpdated.title === 'Watched last'));
    expect(watch.results.every((r) => r.data?.matterUpdated.id === matter.id)).toBe(true);
  });
});
