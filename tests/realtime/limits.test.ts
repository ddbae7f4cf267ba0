import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, type FirmFixture } from '../support/fixtures.ts';
import {
  collect,
  eventually,
  type RealtimeTestServer,
  rawSocket,
  startRealtimeServer,
  uniqueRedisPrefix,
  untilReceived,
  wsClient,
} from '../support/realtime.ts';
import { DASHBOARD, type DashboardData, MATTER_EVENTS, renameMatter } from './operations.ts';

let strict: RealtimeTestServer;
let roomy: RealtimeTestServer;
let firm: FirmFixture;
const clients: { dispose(): unknown }[] = [];

beforeAll(async () => {
  const prefix = uniqueRedisPrefix();
  strict = await startRealtimeServer({ prefix, realtime: { maxMessageBytes: 4_096 } });
  roomy = await startRealtimeServer({ prefix, realtime: { messagesPerSecond: 1_000, messageBurst: 1_000 } });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await strict.close();
  await roomy.close();
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(strict, 'Limits');
});

function connect(server: RealtimeTestServer, token: string) {
  const client = wsClient(server.wsUrl, token);
  clients.push(client);
  return client;
}

async function authenticated(server: RealtimeTestServer, token: string) {
  const raw = rawSocket(server.wsUrl);
  await raw.opened;
  raw.socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  await eventually(() => raw.messages.find((m) => (m as { type: string }).type === 'connection_ack'));
  return raw;
}

const deepSubscription = `subscription Deep($id: ID!) { matterUpdated(matterId: $id) { client { matters { edges { node {
  client { matters { edges { node { client { matters { edges { node { client { name } } } } } } } } } } } } } } }`;

describe('WebSocket limits', () => {
  it("refuses a user's sixth connection with 4430, counting connections on every instance", async () => {
    const open = [...[1, 2, 3].map(() => connect(strict, firm.attorney.token)), ...[1, 2].map(() => connect(roomy, firm.attorney.token))];
    for (const client of open) await client.connected;
    const sixth = connect(roomy, firm.attorney.token);
    await eventually(() => sixth.closes[0], 5_000, 'the sixth connection to close');
    expect(sixth.closes[0]).toMatchObject({ code: 4430, reason: expect.stringMatching(/Too many connections/) });
    expect(open.every((c) => c.closes.length === 0)).toBe(true);

    const other = connect(strict, firm.paralegal.token);
    await other.connected;

    await open[0].dispose();
    const replacement = connect(strict, firm.attorney.token);
    await replacement.connected;
  });

  it('refuses the 101st subscription on a connection with LIMIT_EXCEEDED and keeps the other 100', async () => {
    const client = connect(roomy, firm.admin.token);
    const subscriptions = Array.from({ length: 100 }, () => collect<DashboardData>(client, DASHBOARD));
    await Promise.all(subscriptions.map((s) => s.next()));
    const extra = collect<DashboardData>(client, DASHBOARD);
    const refused = (await extra.failure()) as { message: string; extensions: { code: string } }[];
    expect(refused).toEqual([expect.objectContaining({ extensions: { code: 'LIMIT_EXCEEDED' } })]);
    expect(refused[0].message).toMatch(/at most 100/);
    expect(client.closes).toEqual([]);
    subscriptions[0].stop();
    await eventually(() => true);
    const again = collect<DashboardData>(client, DASHBOARD);
    await again.next();
  });

  it('cuts off a client that floods the connection with close code 4432', async () => {
    const raw = await authenticated(strict, firm.admin.token);
    for (let i = 0; i < 40; i += 1) raw.socket.send(JSON.stringify({ type: 'ping' }));
    expect(await raw.closed).toMatchObject({ code: 4432, reason: expect.stringMatching(/Too many messages/) });
  });

  it('lets a client send at the sustained rate without being cut off', async () => {
    const raw = await authenticated(strict, firm.admin.token);
    for (let i = 0; i < 25; i += 1) {
      raw.socket.send(JSON.stringify({ type: 'ping' }));
      await new Promise((r) => setTimeout(r, 120));
    }
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    raw.socket.close();
  });

  it('closes with 1009 when a message is larger than the limit', async () => {
    const raw = await authenticated(strict, firm.admin.token);
    raw.socket.send(
      JSON.stringify({
        id: '1',
        type: 'subscribe',
        payload: { query: `subscription { dashboardMetrics { openMatters } } #${'x'.repeat(5_000)}` },
      }),
    );
    expect((await raw.closed).code).toBe(1009);
  });

  it('refuses a too-deep subscription over WebSocket exactly as over HTTP', async () => {
    const id = Buffer.from('Matter:00000000-0000-0000-0000-000000000001').toString('base64');
    const overHttp = await strict.gql(deepSubscription, { id }, { token: firm.admin.token });
    expect(overHttp.status).toBe(400);
    const client = connect(strict, firm.admin.token);
    const refused = (await collect(client, deepSubscription, { id }).failure()) as { message: string; extensions: { code: string } }[];
    expect(refused.map((e) => e.message)).toEqual(overHttp.errors?.map((e) => e.message));
    expect(refused[0].message).toMatch(/^Query refused: Query depth limit of 12 exceeded, found \d+\.$/);
    expect(refused[0].extensions.code).toBe(overHttp.errors?.[0].extensions?.code);
  });

  it('refuses connections beyond the server limit with close code 4431', async () => {
    const tiny = await startRealtimeServer({ realtime: { maxConnections: 2 } });
    try {
      const first = rawSocket(tiny.wsUrl);
      const second = rawSocket(tiny.wsUrl);
      await Promise.all([first.opened, second.opened]);
      const third = rawSocket(tiny.wsUrl);
      expect(await third.closed).toMatchObject({ code: 4431 });
      first.socket.close();
      second.socket.close();
    } finally {
      await tiny.close();
    }
  });

  it('masks an unexpected error in a subscription event as over HTTP, without SQL', async () => {
    const client = await createClient(strict, firm.admin.token);
    const matter = await createMatter(strict, firm.admin.token, { clientId: client.id, title: 'Broken soon' });
    const ws = connect(strict, firm.admin.token);
    const events = collect(ws, MATTER_EVENTS);
    await untilReceived(
      () => renameMatter(strict, firm.admin.token, matter.id, `Fine ${Date.now()}`),
      () => events.results.length > 0,
    );
    // Every per-event read of a matter's team now fails inside the database.
    await strict.prisma.$executeRawUnsafe('ALTER TABLE "MatterMember" RENAME COLUMN "userId" TO "userIdGone"');
    try {
      await renameMatter(strict, firm.admin.token, matter.id, 'Breaks the stream');
      const failure = (await events.failure()) as { message: string; extensions: { code: string } }[];
      const overHttp = await strict.gql(
        'query($id: ID!) { node(id: $id) { ... on Matter { members { edges { node { user { id } } } } } } }',
        { id: matter.id },
        { token: firm.admin.token },
      );
      expect(overHttp.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(failure).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    } finally {
      await strict.prisma.$executeRawUnsafe('ALTER TABLE "MatterMember" RENAME COLUMN "userIdGone" TO "userId"');
    }
  });

  it('explains an invalid subscription document without exposing internals', async () => {
    const client = connect(strict, firm.admin.token);
    const refused = (await collect(client, 'subscription { dashboardMetrics { nope } }').failure()) as { message: string }[];
    expect(refused[0].message).toMatch(/Cannot query field "nope"/);
    expect(JSON.stringify(refused)).not.toMatch(/stack|at .*\.ts/);
  });
});
