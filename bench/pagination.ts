/**
 * Keyset pagination benchmark. Builds a throwaway database with one firm of 20,000 matters, starts
 * a LexGraph server process on it, and measures over HTTP:
 *   1. latency (p50/p95) of the first page vs a deep page (after a cursor ~19,000 rows in) of
 *      `matters` ordered by TITLE: keyset pagination should make them cost the same;
 *   2. requests/second for a 100-matter page with client, responsibleAttorney and members.
 *
 *   node --import tsx bench/pagination.ts
 *   BENCH_MATTERS=50000 BENCH_REQUESTS=500 BENCH_CONCURRENCY=16 node --import tsx bench/pagination.ts
 *
 * Needs PostgreSQL (TEST_DATABASE_URL or 127.0.0.1:5432). The database is dropped afterwards.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { applyMigrations } from '../src/db/migrate.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';

const MATTERS = Number(process.env.BENCH_MATTERS ?? 20_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 30);
const PAGE = Number(process.env.BENCH_PAGE ?? 50);
const DEEP = Number(process.env.BENCH_DEEP ?? Math.round(MATTERS * 0.95));
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const THROUGHPUT_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DATABASE = `lexgraph_bench_pagination_${process.pid}`;
const PASSWORD = 'benchmark-password-1';

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
      JWT_SECRET: 'pagination-benchmark-secret-of-at-least-32-chars',
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

/** One firm, 200 clients, 10 attorneys, MATTERS matters (titles repeat, so TITLE has ties) with 1-3 members each. */
async function seed(base: string, url: string): Promise<string> {
  const { registerFirm } = await gql<{ registerFirm: { token: string; user: { id: string } } }>(
    base,
    `mutation ($input: RegisterFirmInput!) { registerFirm(input: $input) { ... on RegisterFirmPayload { token user { id } } } }`,
    { input: { firmName: 'Benchmark LLP', adminName: 'Bench Admin', adminEmail: 'admin@bench.test', password: PASSWORD } },
  );
  await withClient(url, async (db) => {
    const {
      rows: [{ id: firmId, passwordHash }],
    } = await db.query(`SELECT "firmId" AS id, "passwordHash" AS "passwordHash" FROM "User" WHERE email = 'admin@bench.test'`);
    await db.query('BEGIN');
    await db.query(
      `INSERT INTO "User" (id, "firmId", email, name, role, "passwordHash", "updatedAt")
       SELECT gen_random_uuid(), $1, 'attorney' || i || '@bench.test', 'Attorney ' || i, 'ATTORNEY', $2, now()
       FROM generate_series(1, 10) AS i`,
      [firmId, passwordHash],
    );
    await db.query(
      `INSERT INTO "Client" (id, "firmId", kind, name, "updatedAt")
       SELECT gen_random_uuid(), $1, 'ORGANIZATION', 'Client ' || lpad(i::text, 3, '0'), now() FROM generate_series(1, 200) AS i`,
      [firmId],
    );
    await db.query(
      `WITH clients AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM "Client" WHERE "firmId" = $1),
            attorneys AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM "User" WHERE "firmId" = $1 AND role = 'ATTORNEY')
       INSERT INTO "Matter" (id, "firmId", "clientId", "responsibleAttorneyId", number, title, status, "openedAt", "updatedAt")
       SELECT gen_random_uuid(), $1, c.id, a.id, '2026-' || lpad(i::text, 6, '0'),
              (ARRAY['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark'])[1 + i % 6] || ' v. ' || 'Party ' || (i % 4000),
              (ARRAY['OPEN', 'PENDING', 'CLOSED'])[1 + i % 3]::"MatterStatus",
              timestamp '2020-01-01' + (i % 1500) * interval '1 day', now()
       FROM generate_series(1, $2::int) AS i
       JOIN clients c ON c.n = i % 200
       JOIN attorneys a ON a.n = i % 10`,
      [firmId, MATTERS],
    );
    await db.query(
      `WITH attorneys AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM "User" WHERE "firmId" = $1 AND role = 'ATTORNEY'),
            matters AS (SELECT id, row_number() OVER (ORDER BY id) AS i FROM "Matter" WHERE "firmId" = $1)
       INSERT INTO "MatterMember" (id, "firmId", "matterId", "userId", role)
       SELECT gen_random_uuid(), $1, m.id, a.id, CASE WHEN k = 0 THEN 'LEAD' ELSE 'ATTORNEY' END::"MatterMemberRole"
       FROM matters m CROSS JOIN generate_series(0, 2) AS k
       JOIN attorneys a ON a.n = (m.i + k * 3) % 10
       WHERE k <= m.i % 3`,
      [firmId],
    );
    await db.query('COMMIT');
    await db.query('ANALYZE');
  });
  return registerFirm.token;
}

const PAGE_QUERY = `query Page($first: Int!, $after: String) {
  matters(first: $first, after: $after, orderBy: { field: TITLE, direction: ASC }) {
    edges { cursor node { id number title status openedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const RICH_QUERY = `query Rich {
  matters(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges { node { number title client { name } responsibleAttorney { name }
      members(first: 10) { totalCount edges { node { role user { name } } } } } }
  }
}`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

type Stats = { p50: number; p95: number; mean: number };

function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
}

/** Sequential requests for the first and the deep page, interleaved so that drift in the machine's load hits both alike. */
async function latency(
  base: string,
  token: string,
  shallowCursor: string,
  deepCursor: string,
): Promise<{ first: Stats; shallow: Stats; deep: Stats }> {
  type Page = { matters: { edges: { node: { id: string } }[] } };
  const timed = async (after: string | undefined) => {
    const started = performance.now();
    const data = await gql<Page>(base, PAGE_QUERY, { first: PAGE, after }, token);
    const ms = performance.now() - started;
    if (data.matters.edges.length !== PAGE) throw new Error(`expected ${PAGE} matters, got ${data.matters.edges.length}`);
    return ms;
  };
  for (let i = 0; i < WARMUP; i += 1) {
    await timed(undefined);
    await timed(shallowCursor);
    await timed(deepCursor);
  }
  const first: number[] = [];
  const shallow: number[] = [];
  const deep: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    first.push(await timed(undefined));
    shallow.push(await timed(shallowCursor));
    deep.push(await timed(deepCursor));
  }
  return { first: stats(first), shallow: stats(shallow), deep: stats(deep) };
}

/**
 * EXPLAIN ANALYZE of the statement Prisma sends for the deep page, captured from Prisma itself:
 * with the keyset start bound the services add (src/resolvers/keyset.ts) and, for comparison,
 * with Prisma's cursor alone.
 */
async function explainDeepPage(url: string, deepId: string): Promise<{ bounded: string; cursorOnly: string }> {
  const statements: { query: string; params: string }[] = [];
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: 'event', level: 'query' }] });
  prisma.$on('query', (e) => statements.push({ query: e.query, params: e.params }));
  try {
    const cursor = await prisma.matter.findUniqueOrThrow({ where: { id: deepId }, select: { firmId: true, title: true } });
    const explain = async (bounded: boolean) => {
      statements.length = 0;
      await prisma.matter.findMany({
        cursor: { id: deepId },
        skip: 1,
        take: PAGE + 1,
        where: { AND: [{ firmId: cursor.firmId }, bounded ? { title: { gte: cursor.title } } : {}] },
        orderBy: [{ title: 'asc' }, { id: 'asc' }],
      });
      const { query, params } = statements[statements.length - 1];
      return withClient(url, async (db) => {
        const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query}`, JSON.parse(params));
        return rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n');
      });
    };
    return { bounded: await explain(true), cursorOnly: await explain(false) };
  } finally {
    await prisma.$disconnect();
  }
}

async function throughput(base: string, token: string): Promise<{ requests: number; seconds: number; perSecond: number; p50: number }> {
  await gql(base, RICH_QUERY, {}, token);
  const deadline = performance.now() + THROUGHPUT_SECONDS * 1000;
  const started = performance.now();
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        const data = await gql<{ matters: { edges: unknown[] } }>(base, RICH_QUERY, {}, token);
        if (data.matters.edges.length !== 100) throw new Error('expected 100 matters');
        times.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { requests: times.length, seconds, perSecond: times.length / seconds, p50: percentile(times, 50) };
}

async function main(): Promise<void> {
  const url = databaseUrl(DATABASE);
  await withClient(ADMIN_URL, (db) => db.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`));
  await withClient(ADMIN_URL, (db) => db.query(`CREATE DATABASE ${DATABASE}`));
  let server: { child: ChildProcess; base: string } | undefined;
  try {
    await applyMigrations(url);
    server = await startServer(url);
    const seedStarted = performance.now();
    const token = await seed(server.base, url);
    console.log(`seeded ${MATTERS} matters in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

    // The cursor of the DEEP-th matter in TITLE order, as the API encodes it (taken from a real page).
    const deepId = await withClient(url, async (db) => {
      const { rows } = await db.query(`SELECT id FROM "Matter" ORDER BY title, id OFFSET $1 LIMIT 1`, [DEEP - 1]);
      return rows[0].id as string;
    });
    const sample = await gql<{ matters: { edges: { cursor: string; node: { id: string } }[] } }>(
      server.base,
      PAGE_QUERY,
      { first: 1 },
      token,
    );
    const sampleId = Buffer.from(sample.matters.edges[0].node.id, 'base64').toString('utf8').split(':')[1];
    const cursorText = Buffer.from(sample.matters.edges[0].cursor, 'base64').toString('utf8');
    if (!cursorText.includes(sampleId)) throw new Error(`unexpected cursor format: ${cursorText}`);
    const deepCursor = Buffer.from(cursorText.replace(sampleId, deepId)).toString('base64');
    const shallowId = await withClient(url, async (db) => {
      const { rows } = await db.query(`SELECT id FROM "Matter" ORDER BY title, id OFFSET $1 LIMIT 1`, [PAGE - 1]);
      return rows[0].id as string;
    });
    const shallowCursor = Buffer.from(cursorText.replace(sampleId, shallowId)).toString('base64');

    // Sanity: the deep page starts right after the DEEP-th matter.
    const expectedNext = await withClient(url, async (db) => {
      const { rows } = await db.query(`SELECT id FROM "Matter" ORDER BY title, id OFFSET $1 LIMIT 1`, [DEEP]);
      return rows[0].id as string;
    });
    const deepPage = await gql<{ matters: { edges: { node: { id: string } }[] } }>(
      server.base,
      PAGE_QUERY,
      { first: PAGE, after: deepCursor },
      token,
    );
    const firstDeepId = Buffer.from(deepPage.matters.edges[0].node.id, 'base64').toString('utf8').split(':')[1];
    if (firstDeepId !== expectedNext) throw new Error('the deep page does not start after the cursor');

    console.log(`\nmatters ordered by TITLE, ${PAGE} a page, ${REQUESTS} sequential requests each, interleaved (after ${WARMUP} warm-up):`);
    const { first, shallow, deep } = await latency(server.base, token, shallowCursor, deepCursor);
    const fmt = (r: Stats) => `p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms, mean ${r.mean.toFixed(2)} ms`;
    console.log(`  first page:                   ${fmt(first)}`);
    console.log(`  second page (after row ${PAGE}):  ${fmt(shallow)}`);
    console.log(`  deep page (after row ${DEEP}):  ${fmt(deep)}`);
    console.log(`  ratio deep/first:             p50 ${(deep.p50 / first.p50).toFixed(2)}, p95 ${(deep.p95 / first.p95).toFixed(2)}`);
    console.log(`  ratio deep/second:            p50 ${(deep.p50 / shallow.p50).toFixed(2)}, p95 ${(deep.p95 / shallow.p95).toFixed(2)}`);
    console.log("  (a page after a cursor makes one more round trip than the first: the cursor row's sort key)");

    const plans = await explainDeepPage(url, deepId);
    console.log(`\nthe deep page's SQL as Prisma sends it, with the keyset start bound:\n${plans.bounded}`);
    console.log(`\n... and with Prisma's cursor alone (before the fix):\n${plans.cursorOnly}`);

    console.log(
      `\n100 matters with client, responsibleAttorney, members { user }: ${CONCURRENCY} concurrent clients for ${THROUGHPUT_SECONDS} s`,
    );
    const rich = await throughput(server.base, token);
    console.log(
      `  ${rich.requests} requests in ${rich.seconds.toFixed(1)} s = ${rich.perSecond.toFixed(1)} requests/s (p50 ${rich.p50.toFixed(1)} ms)`,
    );
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
