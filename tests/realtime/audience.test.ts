import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { type Actor, addUser, createClient, createFirm, createMatter, type FirmFixture } from '../support/fixtures.ts';
import { collect, type RealtimeTestServer, startRealtimeServer, untilReceived, wsClient } from '../support/realtime.ts';
import { renameMatter, setMembership } from './operations.ts';

const WATCH = 'subscription Watch($matterId: ID!) { matterUpdated(matterId: $matterId) { title client { name } } }';

interface Watched {
  matterUpdated: { title: string; client: { name: string } };
}

let api: RealtimeTestServer;
let firm: FirmFixture;
const admins: Actor[] = [];
const clients: { dispose(): unknown }[] = [];

beforeAll(async () => {
  api = await startRealtimeServer();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await api.close();
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Audience');
  admins.length = 0;
  admins.push(firm.admin);
  for (let i = 0; i < 3; i += 1) admins.push(await addUser(api, firm.admin.token, 'ADMIN'));
});

describe('subscriptions', () => {
  it('run an event once per audience (same operation, role and sight of the rows), however many subscribers share it', async () => {
    const client = await createClient(api, firm.admin.token, 'Acme Corp.');
    const matter = await createMatter(api, firm.admin.token, { clientId: client.id, title: 'Before' });
    await setMembership(api, firm.admin.token, true, matter.id, firm.paralegal.id);
    const watchers = [...admins, firm.paralegal].map((actor) => {
      const ws = wsClient(api.wsUrl, actor.token);
      clients.push(ws);
      return collect<Watched>(ws, WATCH, { matterId: matter.id });
    });
    let round = 0;
    await untilReceived(
      () => {
        round += 1;
        return renameMatter(api, firm.admin.token, matter.id, `warm-up ${round}`);
      },
      () => watchers.every((w) => w.results.length > 0),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    api.statements.length = 0;
    await renameMatter(api, firm.admin.token, matter.id, 'After');
    for (const watcher of watchers)
      expect((await watcher.next((d) => d.matterUpdated.title === 'After')).matterUpdated.client.name).toBe('Acme Corp.');
    // Each execution reads the matter's client once: once for the four admins, once for the paralegal, who sees only their own matters.
    expect(api.statements.filter((sql) => /FROM "public"\."Client"/.test(sql))).toHaveLength(2);
  }, 30_000);
});
