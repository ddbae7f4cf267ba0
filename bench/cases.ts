/**
 * The matter record at scale. Builds a throwaway database with one firm of 100,000 matters (one
 * party each: 100,000 parties) and 1,000,000 docket entries (20,000 on one matter, 10 on each of
 * 98,000 others), seeded with generate_series, starts a LexGraph server process on it and
 * measures over HTTP, each as a ratio to the first page of `matters` measured in the same run
 * (requests interleaved, so drift in the machine's load hits all alike):
 *   1. a page 10,000 rows deep in `matters`, for every order and direction, and in a matter's `docketEntries`;
 *   2. `search` for a common and a rare term (absolute p50/p95 too);
 *   3. `conflictCheck` for 10 names against the 100,000 parties (target: p95 under 200 ms).
 *
 *   node --import tsx bench/cases.ts
 *   BENCH_REQUESTS=100 node --import tsx bench/cases.ts
 *
 * Needs PostgreSQL (TEST_DATABASE_URL or 127.0.0.1:5432). The database is dropped afterwards.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import pg from 'pg';
import { applyMigrations } from '../src/db/migrate.ts';

const MATTERS = Number(process.env.BENCH_MATTERS ?? 100_000);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1_000_000);
const BIG_DOCKET = 20_000;
const DEEP = Number(process.env.BENCH_DEEP ?? 10_000);
const PAGE = 50;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DATABASE = `lexgraph_bench_cases_${process.pid}`;

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function startServer(url: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      MIGRATE_ON_START: 'true',
      SEED_ON_START: 'false',
      WORKER: 'off',
      JWT_SECRET: 'cases-benchmark-secret-of-at-least-32-characters',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/health/ready`)).ok) return { child, base };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not become ready');
}

async function gql<T>(base: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const FIRST = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Wonka', 'Tyrell', 'Cyberdyne', 'Soylent', 'Oscorp'];
const SECOND = ['Holdings', 'Industries', 'Logistics', 'Foods', 'Energy', 'Capital', 'Health', 'Media', 'Systems', 'Partners'];
const SUFFIX = ['Inc.', 'Corp.', 'LLC', 'Ltd', 'GmbH', 'Corporation', 'Co.', ''];
const DOCKET_WORDS = ['Motion to dismiss', 'Answer', 'Scheduling order', 'Notice of appearance', 'Deposition transcript', 'Order'];

/** One firm: 1,000 clients, MATTERS matters with one party each, ENTRIES docket entries. */
async function seed(base: string, url: string): Promise<{ token: string; bigMatterId: string }> {
  const { registerFirm } = await gql<{ registerFirm: { token: string } }>(
    base,
    `mutation ($input: RegisterFirmInput!) { registerFirm(input: $input) { ... on RegisterFirmPayload { token } } }`,
    { input: { firmName: 'Benchmark LLP', adminName: 'Bench Admin', adminEmail: 'admin@bench.test', password: 'benchmark-password-1' } },
  );
  const bigMatterId = await withClient(url, async (db) => {
    const {
      rows: [{ firmId }],
    } = await db.query(`SELECT "firmId" FROM "User" WHERE email = 'admin@bench.test'`);
    const words = (list: string[]) => `ARRAY[${list.map((w) => `'${w}'`).join(',')}]`;
    await db.query(
      `INSERT INTO "Client" (id, "firmId", kind, name, "updatedAt")
       SELECT gen_random_uuid(), $1, 'ORGANIZATION', (${words(FIRST)})[1 + i % 12] || ' ' || (${words(SECOND)})[1 + (i / 12) % 10] || ' ' || i, now()
       FROM generate_series(1, 1000) AS i`,
      [firmId],
    );
    await db.query(
      `WITH clients AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM "Client" WHERE "firmId" = $1)
       INSERT INTO "Matter" (id, "firmId", "clientId", number, title, description, status, "openedAt", "updatedAt")
       SELECT gen_random_uuid(), $1, c.id, '2026-' || lpad(i::text, 6, '0'),
              (${words(FIRST)})[1 + i % 12] || ' v. ' || (${words(SECOND)})[1 + i % 10] || ' ' || (i % 5000)
                || CASE WHEN i = $2::int / 2 THEN ' xylophonist' ELSE '' END,
              'Dispute about ' || (${words(SECOND)})[1 + i % 10] || ' contract ' || i,
              (ARRAY['OPEN', 'PENDING', 'CLOSED'])[1 + i % 3]::"MatterStatus",
              timestamp '2020-01-01' + (i % 1500) * interval '1 day', timestamp '2026-01-01' + (i % 9000) * interval '1 minute'
       FROM generate_series(1, $2::int) AS i JOIN clients c ON c.n = i % 1000`,
      [firmId, MATTERS],
    );
    // Parties in bulk with their triggers off, then what the triggers keep, in one statement each.
    await db.query('ALTER TABLE "Party" DISABLE TRIGGER USER');
    await db.query(
      `INSERT INTO "Party" (id, "firmId", "matterId", name, kind, role, "updatedAt")
       SELECT gen_random_uuid(), $1, m.id,
              (${words(FIRST)})[1 + i % 12] || ' ' || (${words(SECOND)})[1 + (i / 12) % 10] || ' ' || (i % 997) || ' ' || (${words(SUFFIX)})[1 + i % 8],
              'ORGANIZATION', (ARRAY['DEFENDANT', 'PLAINTIFF', 'RESPONDENT', 'WITNESS'])[1 + i % 4]::"PartyRole", now()
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS i FROM "Matter" WHERE "firmId" = $1) m`,
      [firmId],
    );
    await db.query('ALTER TABLE "Party" ENABLE TRIGGER USER');
    await db.query(
      `INSERT INTO "ConflictName" ("firmId", source, "partyId", name, key)
       SELECT "firmId", 'PARTY', id, name, lexgraph_conflict_key(name) FROM "Party" WHERE "firmId" = $1`,
      [firmId],
    );
    await db.query(`UPDATE "Matter" SET "searchNames" = lexgraph_matter_search_names(id, "clientId") WHERE "firmId" = $1`, [firmId]);
    const {
      rows: [{ id: bigId }],
    } = await db.query(`SELECT id FROM "Matter" WHERE "firmId" = $1 ORDER BY id LIMIT 1`, [firmId]);
    await db.query(
      `INSERT INTO "DocketEntry" (id, "firmId", "matterId", number, "filedAt", description, "filedBy")
       SELECT gen_random_uuid(), $1, $2, i, date '2020-01-01' + (i / 7), (${words(DOCKET_WORDS)})[1 + i % 6] || ' ' || i, 'Plaintiff'
       FROM generate_series(1, $3::int) AS i`,
      [firmId, bigId, BIG_DOCKET],
    );
    await db.query(
      `INSERT INTO "DocketEntry" (id, "firmId", "matterId", number, "filedAt", description)
       SELECT gen_random_uuid(), $1, m.id, k, date '2020-01-01' + k * 9, (${words(DOCKET_WORDS)})[1 + (m.i + k) % 6] || ' ' || k
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS i FROM "Matter" WHERE "firmId" = $1 AND id <> $2) m
       CROSS JOIN generate_series(1, 10) AS k
       WHERE m.i <= $3::int / 10`,
      [firmId, bigId, ENTRIES - BIG_DOCKET],
    );
    await db.query('ANALYZE');
    return bigId as string;
  });
  return { token: registerFirm.token, bigMatterId };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Stats {
  p50: number;
  p95: number;
}

/** Runs every probe REQUESTS times, interleaved, after WARMUP rounds; p50/p95 per probe. */
async function measure(probes: Record<string, () => Promise<void>>): Promise<Record<string, Stats>> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(probes).map((k) => [k, []]));
  for (let round = 0; round < WARMUP + REQUESTS; round += 1) {
    for (const [name, probe] of Object.entries(probes)) {
      const started = performance.now();
      await probe();
      if (round >= WARMUP) times[name].push(performance.now() - started);
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([name, list]) => {
      const sorted = list.sort((a, b) => a - b);
      return [name, { p50: percentile(sorted, 50), p95: percentile(sorted, 95) }];
    }),
  );
}

const ORDERS = { OPENED_AT: '"openedAt"', NUMBER: 'number', TITLE: 'title', UPDATED_AT: '"updatedAt"' } as const;

const MATTERS_PAGE = `query ($first: Int!, $after: String, $orderBy: MatterOrder) {
  matters(first: $first, after: $after, orderBy: $orderBy) { edges { cursor node { id number title } } }
}`;
const DOCKET_PAGE = `query ($id: ID!, $first: Int!, $after: String) {
  node(id: $id) { ... on Matter { docketEntries(first: $first, after: $after) { edges { cursor node { id number } } } } }
}`;
const SEARCH = `query ($query: String!) { search(query: $query, first: 20) { edges { node { rank snippet node { id } } } } }`;
const CONFLICTS = `query ($names: [String!]!) { conflictCheck(names: $names) { name hits { score name } } }`;
const CONFLICT_NAMES = [
  'ACME Holdings 17 Inc',
  'Globex Industries',
  'Initech Logistics 500 Corporation',
  'Umbrela Foods',
  'Hooli Energy 42 GmbH',
  'Stark Capital Ltd.',
  'Wayne Health 3',
  'Wonka Media Co',
  'Tyrell Systems 999',
  'Unrelated Name Ventures',
];

/** A cursor of `type` for row `id`, in the encoding the API uses (learned from a cursor it returned for `sampleId`). */
function cursorFor(sampleCursor: string, sampleGlobalId: string, id: string): string {
  const sampleId = Buffer.from(sampleGlobalId, 'base64').toString('utf8').split(':')[1];
  const text = Buffer.from(sampleCursor, 'base64').toString('utf8');
  if (!text.includes(sampleId)) throw new Error(`unexpected cursor format: ${text}`);
  return Buffer.from(text.replace(sampleId, id)).toString('base64');
}

async function main(): Promise<void> {
  const url = databaseUrl(DATABASE);
  await withClient(ADMIN_URL, (db) => db.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`));
  await withClient(ADMIN_URL, (db) => db.query(`CREATE DATABASE ${DATABASE}`));
  let server: { child: ChildProcess; base: string } | undefined;
  try {
    await applyMigrations(url);
    server = await startServer(url);
    const { base } = server;
    const seedStarted = performance.now();
    const { token, bigMatterId } = await seed(base, url);
    console.log(
      `seeded ${MATTERS} matters, ${MATTERS} parties, ${ENTRIES} docket entries in ${((performance.now() - seedStarted) / 1000).toFixed(0)} s`,
    );

    type Page = { matters: { edges: { cursor: string; node: { id: string } }[] } };
    const probes: Record<string, () => Promise<void>> = {};
    const page = (orderBy: object | null, after?: string) => async () => {
      const data = await gql<Page>(base, MATTERS_PAGE, { first: PAGE, after, orderBy }, token);
      if (data.matters.edges.length !== PAGE) throw new Error('short page');
    };
    probes['matters first page (baseline)'] = page(null);
    for (const [field, column] of Object.entries(ORDERS)) {
      for (const direction of ['ASC', 'DESC'] as const) {
        const orderBy = { field, direction };
        const sample = (await gql<Page>(base, MATTERS_PAGE, { first: 1, orderBy }, token)).matters.edges[0];
        const deepId = await withClient(url, async (db) => {
          const { rows } = await db.query(`SELECT id FROM "Matter" ORDER BY ${column} ${direction}, id ${direction} OFFSET $1 LIMIT 1`, [
            DEEP - 1,
          ]);
          return rows[0].id as string;
        });
        probes[`matters ${field} ${direction} first page`] = page(orderBy);
        probes[`matters ${field} ${direction} ${DEEP} deep`] = page(orderBy, cursorFor(sample.cursor, sample.node.id, deepId));
      }
    }
    const bigGlobalId = Buffer.from(`Matter:${bigMatterId}`).toString('base64');
    type Docket = { node: { docketEntries: { edges: { cursor: string; node: { id: string } }[] } } };
    const docket = (after?: string) => async () => {
      const data = await gql<Docket>(base, DOCKET_PAGE, { id: bigGlobalId, first: PAGE, after }, token);
      if (data.node.docketEntries.edges.length !== PAGE) throw new Error('short docket page');
    };
    const docketSample = (await gql<Docket>(base, DOCKET_PAGE, { id: bigGlobalId, first: 1 }, token)).node.docketEntries.edges[0];
    const deepEntry = await withClient(url, async (db) => {
      const { rows } = await db.query(`SELECT id FROM "DocketEntry" WHERE "matterId" = $1 ORDER BY "docketOrder", id OFFSET $2 LIMIT 1`, [
        bigMatterId,
        DEEP - 1,
      ]);
      return rows[0].id as string;
    });
    probes['docketEntries first page'] = docket();
    probes[`docketEntries ${DEEP} deep`] = docket(cursorFor(docketSample.cursor, docketSample.node.id, deepEntry));
    const searchFor = (query: string) => async () => {
      const data = await gql<{ search: { edges: unknown[] } }>(base, SEARCH, { query }, token);
      if (data.search.edges.length === 0) throw new Error(`no hits for ${query}`);
    };
    probes['search common term ("motion")'] = searchFor('motion');
    probes['search rare term ("xylophonist")'] = searchFor('xylophonist');
    probes['conflictCheck 10 names'] = async () => {
      const data = await gql<{ conflictCheck: unknown[] }>(base, CONFLICTS, { names: CONFLICT_NAMES }, token);
      if (data.conflictCheck.length !== 10) throw new Error('expected 10 results');
    };

    console.log(`\n${REQUESTS} sequential requests per probe, interleaved, after ${WARMUP} warm-up rounds; ${PAGE} rows a page`);
    const results = await measure(probes);
    const baseline = results['matters first page (baseline)'];
    for (const [name, r] of Object.entries(results)) {
      console.log(
        `  ${name.padEnd(40)} p50 ${r.p50.toFixed(1).padStart(7)} ms  p95 ${r.p95.toFixed(1).padStart(7)} ms   ratio to baseline: p50 ${(r.p50 / baseline.p50).toFixed(2)}, p95 ${(r.p95 / baseline.p95).toFixed(2)}`,
      );
    }
    const conflicts = results['conflictCheck 10 names'];
    console.log(`\nconflictCheck p95 ${conflicts.p95.toFixed(1)} ms (target < 200 ms): ${conflicts.p95 < 200 ? 'met' : 'NOT met'}`);
  } finally {
    server?.child.kill('SIGTERM');
    if (server) await new Promise((resolve) => server?.child.once('exit', resolve));
    await withClient(ADMIN_URL, (db) => db.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
