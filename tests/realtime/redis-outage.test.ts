import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter } from '../support/fixtures.ts';
import { freePort } from '../support/process.ts';
import { collect, eventually, type RealtimeTestServer, startRealtimeServer, untilReceived, wsClient } from '../support/realtime.ts';
import { MATTER_EVENTS, type MatterEventData, renameMatter } from './operations.ts';

let port: number;
let redis: ChildProcess | undefined;
let api: RealtimeTestServer;

async function startRedis(): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${out}`)));
  });
  return child;
}

async function stopRedis(): Promise<void> {
  const child = redis;
  redis = undefined;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

const readiness = async () =>
  (await fetch(`${api.url}/health/ready`)).json() as Promise<{ status: string; checks: Record<string, { status: string }> }>;

beforeAll(async () => {
  port = await freePort();
  redis = await startRedis();
  api = await startRealtimeServer({ redisUrl: `redis://127.0.0.1:${port}` });
});
afterAll(async () => {
  await api.close();
  await stopRedis();
});

describe('Redis going away and coming back', () => {
  it('keeps queries and mutations working, reports Redis degraded, and resumes subscriptions without a restart', async () => {
    await resetDatabase();
    const firm = await createFirm(api, 'Outage');
    const client = await createClient(api, firm.admin.token);
    const matter = await createMatter(api, firm.admin.token, { clientId: client.id, title: 'Before' });
    const ws = wsClient(api.wsUrl, firm.admin.token, { retry: true });
    const events = collect<MatterEventData>(ws, MATTER_EVENTS);
    try {
      await untilReceived(
        () => renameMatter(api, firm.admin.token, matter.id, `Up ${Date.now()}`),
        () => events.results.length > 0,
      );
      expect(await readiness()).toMatchObject({ status: 'ok', checks: { redis: { status: 'up' } } });

      await stopRedis();
      await eventually(() => ws.closes.find((c) => c.code === 1012), 5_000, 'subscribers to be told');
      const ready = await fetch(`${api.url}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'degraded', checks: { database: { status: 'up' }, redis: { status: 'down' } } });
      expect(await renameMatter(api, firm.admin.token, matter.id, 'While Redis is down')).toBe('UpdateMatterPayload');
      const me = await api.gql<{ me: { email: string } }, unknown>('query { me { email } }', undefined, { token: firm.admin.token });
      expect(me.data?.me.email).toBe(firm.admin.email);

      redis = await startRedis();
      await eventually(async () => ((await readiness()).status === 'ok' ? true : undefined), 10_000, 'Redis to be reported up');
      await untilReceived(
        () => renameMatter(api, firm.admin.token, matter.id, `Back ${Date.now()}`),
        () => events.results.some((r) => r.data?.matterEvents.matter.title.startsWith('Back')),
        15_000,
      );
      expect(events.results.map((r) => r.data?.matterEvents.matter.title)).not.toContain('While Redis is down');
    } finally {
      await ws.dispose();
    }
  }, 60_000);
});
