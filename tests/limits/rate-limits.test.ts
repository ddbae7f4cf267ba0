import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { createFirm, type FirmFixture } from '../support/fixtures.ts';
import { globalId } from '../support/ids.ts';
import { collect, eventually, type RealtimeTestServer, startRealtimeServer, uniqueRedisPrefix, wsClient } from '../support/realtime.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// A small bucket: two operations of 24 fill 48 of 50 points; 5 flow back each second, so a third
// fits only after 4.4 s, and the bucket is full again after 10.
const SMALL = { rateLimitBucket: 50, rateLimitRestorePerSecond: 5 };
// Twelve objects and their firms: what it costs does not depend on the data, so nothing is refunded.
const COSTS_24 = `{ ${Array.from({ length: 12 }, (_, i) => `m${i}: me { firm { name } }`).join(' ')} }`;

let a: RealtimeTestServer;
let b: RealtimeTestServer;
let firm: FirmFixture;

beforeAll(async () => {
  const prefix = uniqueRedisPrefix();
  a = await startRealtimeServer({ prefix, security: SMALL });
  b = await startRealtimeServer({ prefix, security: SMALL });
});
afterAll(async () => {
  await a?.close();
  await b?.close();
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(a, 'Throttled');
});

// The admin's bucket paid for the fixture's users: the attorney's is full.
const post = async (api: TestServer, query: string, token = firm.attorney.token) => {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: { message: string; extensions: Record<string, unknown> }[];
    extensions?: { cost: { requestedQueryCost: number; throttleStatus: { currentlyAvailable: number } } };
  };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ...body };
};

describe('rate limits shared by every instance', () => {
  it('refuses a burst past the bucket with 429 and RATE_LIMITED on both instances, and recovers after the restore period', async () => {
    const burst = await Promise.all([a, b, a, b, a, b].map((instance) => post(instance, COSTS_24)));
    const served = burst.filter((r) => r.status === 200);
    expect(served).toHaveLength(2);
    for (const instance of [0, 1]) {
      const refused = burst.filter((r, i) => i % 2 === instance && r.status === 429);
      expect(refused.length).toBeGreaterThan(0);
      expect(refused[0].errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      expect(Number(refused[0].retryAfter)).toBeGreaterThanOrEqual(1);
      expect(refused[0].data).toBeUndefined();
    }
    // Both instances serve again once the bucket has room.
    for (const instance of [a, b])
      await eventually(async () => (await post(instance, COSTS_24)).status === 200 || undefined, 15_000, 'served again');
  });

  it('answers rateLimit like GitHub, with what this operation cost and what is left across instances', async () => {
    await post(a, COSTS_24);
    const result = await post(b, '{ rateLimit { limit cost remaining resetAt } }');
    const rate = result.data?.rateLimit as { limit: number; cost: number; remaining: number; resetAt: string };
    expect(rate).toMatchObject({ limit: 50, cost: 1 });
    // The 24 spent on the other instance shows (less what has flowed back since).
    expect(rate.remaining).toBeLessThan(49);
    expect(rate.remaining).toBe(result.extensions?.cost.throttleStatus.currentlyAvailable);
    expect(new Date(rate.resetAt).getTime()).toBeGreaterThan(Date.now() - 1_000);
  });

  it('keeps each user’s bucket apart', async () => {
    await Promise.all([post(a, COSTS_24), post(a, COSTS_24)]);
    expect((await post(b, COSTS_24, firm.readOnly.token)).status).toBe(200);
  });

  it('spends from the same bucket when an operation starts over WebSocket', async () => {
    await Promise.all([post(a, COSTS_24), post(b, COSTS_24), post(a, COSTS_24)]);
    const client = wsClient(b.wsUrl, firm.attorney.token);
    try {
      await client.connected;
      // 23 points: more than the 8 left and what flows back meanwhile.
      const subscription = collect(
        client,
        'subscription W($id: ID!) { matterUpdated(matterId: $id) { client { matters(first: 20) { edges { node { id } } } } } }',
        { id: globalId('Matter', randomUUID()) },
      );
      const refused = (await subscription.failure()) as { extensions: { code: string } }[];
      expect(refused[0].extensions.code).toBe('RATE_LIMITED');
    } finally {
      await client.dispose();
    }
  });
});

describe('rate limits without Redis', () => {
  let solo: TestServer;
  beforeAll(async () => {
    solo = await startTestServer({ security: SMALL });
  });
  afterAll(() => solo.close());

  it('holds the bucket in the process', async () => {
    const burst = await Promise.all(Array.from({ length: 4 }, () => post(solo, COSTS_24)));
    expect(burst.map((r) => r.status).sort()).toEqual([200, 200, 429, 429]);
  });
});
