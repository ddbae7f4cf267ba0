import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, workerDatabaseUrl } from '../support/database.ts';
import { createClient, createFirm, type FirmFixture } from '../support/fixtures.ts';
import { localId } from '../support/ids.ts';
import { waitForLockWaiters } from '../support/locks.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const CREATE_MATTER = `mutation M($input: CreateMatterInput!) { createMatter(input: $input) { __typename ... on CreateMatterPayload { matter { number } } } }`;
const CREATE_CLIENT = `mutation C($input: CreateClientInput!) { createClient(input: $input) { __typename } }`;

type Outcome = {
  status: number;
  headers: Headers;
  data?: { createMatter?: { __typename: string; matter?: { number: string } } | null; createClient?: { __typename: string } | null } | null;
  errors?: { extensions?: Record<string, unknown> }[];
};

let api: TestServer;
let busy: FirmFixture;
let other: FirmFixture;
let clientId: string;

beforeAll(async () => {
  api = await startTestServer({ database: { poolMax: 4, poolTimeoutMs: 500 } });
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  busy = await createFirm(api, 'Burst');
  other = await createFirm(api, 'Bystander');
  clientId = (await createClient(api, busy.admin.token)).id;
});

describe('a burst of 50 concurrent createMatter', () => {
  it('ends in created matters with distinct numbers or 503 SERVICE_BUSY with Retry-After, never an internal error', async () => {
    // The client row is held for three seconds, longer than any wait for a connection: every insert
    // of a matter for it waits inside its transaction, the burst fills the pool and the rest must be
    // turned away as busy, not fail inside. (Numbers are given, so no firm turn spreads the burst out.)
    const db = new pg.Client({ connectionString: workerDatabaseUrl() });
    await db.connect();
    let outcomes: Outcome[];
    let bystander: Outcome;
    try {
      await db.query('BEGIN');
      await db.query('SELECT 1 FROM "Client" WHERE id = $1 FOR UPDATE', [localId(clientId)]);
      const burst = Array.from(
        { length: 50 },
        (_, i) =>
          api.gql(
            CREATE_MATTER,
            { input: { clientId, title: `Burst ${i}`, number: `B-${i}` } },
            { token: busy.admin.token },
          ) as Promise<Outcome>,
      );
      await waitForLockWaiters(db, 1);
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      bystander = (await api.gql(CREATE_CLIENT, { input: { name: 'Calm', kind: 'PERSON' } }, { token: other.admin.token })) as Outcome;
      await db.query('COMMIT');
      outcomes = await Promise.all(burst);
    } finally {
      await db.end();
    }
    const created = outcomes.filter((o) => o.data?.createMatter?.__typename === 'CreateMatterPayload');
    const refused = outcomes.filter((o) => o.errors?.[0]?.extensions?.code === 'SERVICE_BUSY');
    expect(created.length + refused.length).toBe(50);
    expect(refused.length).toBeGreaterThan(0);
    for (const o of refused) {
      expect(o.status).toBe(503);
      expect(Number(o.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(outcomes.some((o) => o.status === 500 || o.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR'))).toBe(false);
    const numbers = created.map((o) => o.data?.createMatter?.matter?.number);
    expect(new Set(numbers).size).toBe(created.length);
    expect(await api.prisma.matter.count()).toBe(created.length);
    expect([200, 503]).toContain(bystander.status);
    expect(bystander.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') ?? false).toBe(false);
  }, 60_000);

  it('while the firm row is held, numbered creations wait their turn without connections: all 50 are created with consecutive numbers and another firm is served', async () => {
    const db = new pg.Client({ connectionString: workerDatabaseUrl() });
    await db.connect();
    let outcomes: Outcome[];
    let bystander: Outcome;
    try {
      await db.query('BEGIN');
      await db.query('SELECT 1 FROM "Firm" WHERE id = $1 FOR UPDATE', [localId(busy.firmId)]);
      const burst = Array.from(
        { length: 50 },
        (_, i) => api.gql(CREATE_MATTER, { input: { clientId, title: `Turn ${i}` } }, { token: busy.admin.token }) as Promise<Outcome>,
      );
      await waitForLockWaiters(db, 1);
      bystander = (await api.gql(CREATE_CLIENT, { input: { name: 'Calm', kind: 'PERSON' } }, { token: other.admin.token })) as Outcome;
      await db.query('COMMIT');
      outcomes = await Promise.all(burst);
    } finally {
      await db.end();
    }
    expect(bystander.status).toBe(200);
    expect(bystander.data?.createClient?.__typename).toBe('CreateClientPayload');
    const sequence = outcomes.map((o) => Number(o.data?.createMatter?.matter?.number?.split('-')[1])).sort((a, b) => a - b);
    expect(sequence).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  }, 60_000);

  it('without contention, all 50 are created with 50 distinct numbers', async () => {
    const outcomes = (await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        api.gql(CREATE_MATTER, { input: { clientId, title: `Calm ${i}` } }, { token: busy.admin.token }),
      ),
    )) as Outcome[];
    const numbers = outcomes.map((o) => o.data?.createMatter?.matter?.number).filter(Boolean);
    const busyCount = outcomes.filter((o) => o.errors?.[0]?.extensions?.code === 'SERVICE_BUSY').length;
    expect(numbers.length + busyCount).toBe(50);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(outcomes.some((o) => o.status === 500)).toBe(false);
  }, 60_000);
});
