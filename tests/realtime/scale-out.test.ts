import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, workerDatabaseUrl } from '../support/database.ts';
import { createClient, createFirm, createMatter, type FirmFixture } from '../support/fixtures.ts';
import { type ServerProcess, startServerProcess } from '../support/process.ts';
import { collect, remoteApi, TEST_REDIS_URL, uniqueRedisPrefix, untilReceived, wsClient } from '../support/realtime.ts';
import { MATTER_EVENTS, type MatterEventData, renameMatter } from './operations.ts';

let instances: ServerProcess[] = [];
let firm: FirmFixture;
let matter: { id: string };

beforeAll(async () => {
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: workerDatabaseUrl(),
    MIGRATE_ON_START: 'false',
    SEED_ON_START: 'false',
    WORKER: 'off',
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: uniqueRedisPrefix(),
    JWT_SECRET: 'lexgraph-test-secret-that-is-long-enough-for-hs256',
  };
  instances = await Promise.all([startServerProcess(env), startServerProcess(env)]);
}, 120_000);
afterAll(async () => {
  for (const instance of instances) {
    instance.child.kill('SIGTERM');
    await instance.exited;
  }
});
beforeEach(async () => {
  await resetDatabase();
  const a = remoteApi(instances[0].url);
  firm = await createFirm(a, 'Scale');
  const client = await createClient(a, firm.admin.token);
  matter = await createMatter(a, firm.admin.token, { clientId: client.id, title: 'Shared' });
});

describe('two server processes sharing Postgres and Redis', () => {
  it('announce Redis pub/sub in their start logs', () => {
    for (const instance of instances) expect(instance.logs.map((l) => l.msg)).toContain('subscriptions use Redis pub/sub');
  });

  it('deliver a mutation served by one instance to a subscriber connected to the other', async () => {
    const [a, b] = instances.map((i) => remoteApi(i.url));
    const client = wsClient(`${b.url.replace(/^http/, 'ws')}/graphql`, firm.admin.token);
    const onB = collect<MatterEventData>(client, MATTER_EVENTS);
    try {
      await untilReceived(
        () => renameMatter(a, firm.admin.token, matter.id, `From A ${Date.now()}`),
        () => onB.results.length > 0,
      );
      await renameMatter(a, firm.admin.token, matter.id, 'Served by A');
      const event = await onB.next((d) => d.matterEvents.matter.title === 'Served by A');
      expect(event.matterEvents).toMatchObject({ type: 'UPDATED', matter: { id: matter.id, status: 'OPEN' } });
    } finally {
      await client.dispose();
    }
  });
});
