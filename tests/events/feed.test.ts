import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { adminDatabaseUrl, resetDatabase, workerDatabaseUrl } from '../support/database.ts';
import { createClient, createFirm, createMatter, type FirmFixture } from '../support/fixtures.ts';
import { eventually } from '../support/receivers.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const Feed = graphql(`
  query EventFeed($after: String, $first: Int, $types: [String!]) {
    events(after: $after, first: $first, types: $types) {
      edges { cursor node { id type entityType payload } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

let api: TestServer;
let firm: FirmFixture;

beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Feed');
});

async function page(after: string | null, first = 7, types?: string[]) {
  const result = await api.gql(Feed, { after, first, types }, { token: firm.admin.token });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.events;
}

/** Reads the feed from `after` to its current end. */
async function drain(after: string | null): Promise<{ ids: string[]; cursor: string | null }> {
  const ids: string[] = [];
  let cursor = after;
  for (;;) {
    const events = await page(cursor);
    ids.push(...events.edges.map((e) => e.node.id));
    cursor = events.pageInfo.endCursor ?? cursor;
    if (!events.pageInfo.hasNextPage) return { ids, cursor };
  }
}

describe('events(after)', () => {
  it('returns every event exactly once, in commit order, across pages while events are being written', async () => {
    const writers = Array.from({ length: 4 }, async () => {
      for (let i = 0; i < 12; i += 1) await createClient(api, firm.attorney.token);
    });
    let writing = true;
    const done = Promise.all(writers).finally(() => {
      writing = false;
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    while (writing) {
      const read = await drain(cursor);
      seen.push(...read.ids);
      cursor = read.cursor;
    }
    await done;
    // The feed holds events back while any older transaction on the server is open (other test
    // files run beside this one), so the last ones may take a moment to appear.
    await eventually(
      async () => {
        const read = await drain(cursor);
        seen.push(...read.ids);
        cursor = read.cursor;
        return seen.length >= 48;
      },
      10_000,
      'the last events',
    );

    const stored = await api.prisma.domainEvent.findMany({
      where: { type: 'client.created' },
      orderBy: [{ txid: 'asc' }, { position: 'asc' }],
      select: { id: true },
    });
    expect(stored).toHaveLength(48);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(stored.map((e) => Buffer.from(`DomainEvent:${e.id}`).toString('base64')));
  });

  it('withholds events committed after a transaction that is still open, then returns both in commit order', async () => {
    const { firmId } = await api.prisma.user.findFirstOrThrow({ where: { email: firm.admin.email } });
    const start = await drain(null);
    const open = new pg.Client({ connectionString: workerDatabaseUrl() });
    await open.connect();
    try {
      await open.query('BEGIN');
      await open.query(
        `INSERT INTO "DomainEvent" (id, "firmId", type, "entityType", "entityId", payload)
         VALUES ('00000000-0000-7000-8000-000000000001', $1, 'client.updated', 'Client', '00000000-0000-7000-8000-000000000002', '{}')`,
        [firmId],
      );
      await createClient(api, firm.attorney.token, 'Committed Later');
      expect((await drain(start.cursor)).ids).toEqual([]);
      await open.query('COMMIT');
    } finally {
      await open.end();
    }
    const after = await eventually(
      async () => {
        const read = await page(start.cursor, 10);
        return read.edges.length >= 2 ? read : null;
      },
      10_000,
      'both events',
    );
    expect(after.edges.map((e) => [e.node.type, (e.node.payload as { name?: string }).name ?? null])).toEqual([
      ['client.updated', null],
      ['client.created', 'Committed Later'],
    ]);
  });

  it('is not held back by a transaction that is open in another database on the same server', async () => {
    const start = await drain(null);
    const elsewhere = new pg.Client({ connectionString: adminDatabaseUrl() });
    await elsewhere.connect();
    try {
      await elsewhere.query('BEGIN');
      await elsewhere.query('SELECT pg_current_xact_id()');
      await createClient(api, firm.attorney.token, 'Not Held Back');
      const read = await drain(start.cursor);
      expect(read.ids).toHaveLength(1);
    } finally {
      await elsewhere.query('ROLLBACK');
      await elsewhere.end();
    }
  });

  it('filters by type and carries the changed object as it stood after the change', async () => {
    const client = await createClient(api, firm.attorney.token, 'Typed');
    await createMatter(api, firm.attorney.token, { clientId: client.id, title: 'Typed matter' });
    const events = await eventually(
      async () => {
        const read = await page(null, 10, ['matter.created']);
        return read.edges.length ? read : null;
      },
      10_000,
      'the event',
    );
    expect(events.edges.map((e) => [e.node.type, e.node.entityType, (e.node.payload as { title: string }).title])).toEqual([
      ['matter.created', 'Matter', 'Typed matter'],
    ]);
  });

  it('refuses unknown types, pages above 100, backward paging and non-admins', async () => {
    const unknown = await api.gql(Feed, { types: ['matter.exploded'] }, { token: firm.admin.token });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Unknown event types: matter.exploded' });
    const big = await api.gql(Feed, { first: 101 }, { token: firm.admin.token });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const backward = await api.gql('{ events(last: 5) { edges { cursor } } }', {}, { token: firm.admin.token });
    expect(backward.errors?.[0]?.message).toMatch(/forward only/);
    const attorney = await api.gql(Feed, {}, { token: firm.attorney.token });
    expect(attorney.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("never shows another firm's events", async () => {
    const other = await createFirm(api, 'Other');
    await createClient(api, other.attorney.token);
    await createClient(api, firm.attorney.token, 'Mine');
    await createClient(api, other.attorney.token);
    const events = await eventually(
      async () => {
        const read = await page(null, 50);
        return read.edges.length ? read : null;
      },
      10_000,
      'the event',
    );
    expect(events.edges.map((e) => (e.node.payload as { name: string }).name)).toEqual(['Mine']);
  });
});
