/**
 * Billing figures benchmark. Builds a throwaway database with one firm of BENCH_TIME_ENTRIES time
 * entries (default 1,000,000) and BENCH_INVOICES invoices (default 100,000, five lines each, issued,
 * part-paid and paid), seeded with generate_series SQL, starts a LexGraph server process on it,
 * and measures, interleaved in the same run:
 *   - AR aging, WIP and realization (the 100 largest groups, the API's default page) through
 *     GraphQL over HTTP (the API as clients call it), and
 *   - the same aggregate SQL (the functions the API runs, `src/resolvers/billing/figures.ts`) alone
 *     on a plain pg connection: the baseline;
 * reporting both and the ratio GraphQL/SQL (target ≤ 1.2).
 *
 *   node --import tsx bench/billing.ts
 *   BENCH_TIME_ENTRIES=200000 BENCH_INVOICES=20000 BENCH_RUNS=10 node --import tsx bench/billing.ts
 *
 * Needs PostgreSQL (TEST_DATABASE_URL or 127.0.0.1:5432). The database is dropped afterwards.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import pg from 'pg';
import { applyMigrations } from '../src/db/migrate.ts';
import { arAgingSql, realizationSql, wipSql } from '../src/resolvers/billing/index.ts';

const TIME_ENTRIES = Number(process.env.BENCH_TIME_ENTRIES ?? 1_000_000);
const INVOICES = Number(process.env.BENCH_INVOICES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DATABASE = `lexgraph_bench_billing_${process.pid}`;
const PASSWORD = 'benchmark-password-1';
const AS_OF = '2026-06-30';
const PERIOD = { from: '2025-01-01', to: '2026-06-30' };

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
      JWT_SECRET: 'billing-benchmark-secret-of-at-least-32-chars',
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

/** One firm: 20 timekeepers, 1,000 clients, 10,000 matters, the time entries and the invoices (five lines each). */
async function seed(base: string, url: string): Promise<{ token: string; firmId: string }> {
  const { registerFirm } = await gql<{ registerFirm: { token: string } }>(
    base,
    `mutation ($input: RegisterFirmInput!) { registerFirm(input: $input) { ... on RegisterFirmPayload { token } } }`,
    { input: { firmName: 'Billing Bench LLP', adminName: 'Bench Admin', adminEmail: 'admin@bench.test', password: PASSWORD } },
  );
  const firmId = await withClient(url, async (db) => {
    const {
      rows: [{ id: firmId, passwordHash }],
    } = await db.query(`SELECT "firmId" AS id, "passwordHash" AS "passwordHash" FROM "User" WHERE email = 'admin@bench.test'`);
    const step = async (what: string, sql: string, params: unknown[]) => {
      const started = performance.now();
      await db.query(sql, params);
      console.log(`  ${what}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    };
    await step(
      'timekeepers, clients, matters',
      `WITH u AS (
         INSERT INTO "User" (id, "firmId", email, name, role, "passwordHash", "updatedAt")
         SELECT gen_random_uuid(), $1, 'tk' || i || '@bench.test', 'Timekeeper ' || i, 'ATTORNEY', $2, now() FROM generate_series(1, 20) i RETURNING id),
       c AS (
         INSERT INTO "Client" (id, "firmId", kind, name, "updatedAt")
         SELECT gen_random_uuid(), $1, 'ORGANIZATION', 'Client ' || lpad(i::text, 4, '0'), now() FROM generate_series(1, 1000) i RETURNING id)
       SELECT count(*) FROM u, c`,
      [firmId, passwordHash],
    );
    await step(
      'matters',
      `WITH c AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM "Client" WHERE "firmId" = $1)
       INSERT INTO "Matter" (id, "firmId", "clientId", number, title, status, "openedAt", "updatedAt")
       SELECT gen_random_uuid(), $1, c.id, 'B-' || lpad(i::text, 6, '0'), 'Matter ' || i, 'OPEN', timestamp '2024-01-01', now()
       FROM generate_series(1, 10000) i JOIN c ON c.n = i % 1000`,
      [firmId],
    );
    await step(
      `${INVOICES} invoices`,
      `WITH m AS (SELECT id, "clientId", row_number() OVER (ORDER BY id) - 1 AS n FROM "Matter" WHERE "firmId" = $1)
       INSERT INTO "Invoice" (id, "firmId", "clientId", "matterId", number, status, currency, "periodEnd", "issuedOn", "dueOn",
         "feesMinor", "totalMinor", "paidMinor", "updatedAt")
       SELECT gen_random_uuid(), $1, m."clientId", m.id, i,
         (ARRAY['ISSUED', 'PARTIALLY_PAID', 'PAID', 'ISSUED'])[1 + i % 4]::"InvoiceStatus", 'USD',
         date '2026-06-30' - (i % 540), date '2026-06-30' - (i % 540), date '2026-06-30' - (i % 540) + 30,
         0, 0, 0, now()
       FROM generate_series(1, $2::int) i JOIN m ON m.n = i % 10000`,
      [firmId, INVOICES],
    );
    await step(
      `${TIME_ENTRIES} time entries`,
      `WITH m AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM "Matter" WHERE "firmId" = $1),
            u AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM "User" WHERE "firmId" = $1 AND role = 'ATTORNEY')
       INSERT INTO "TimeEntry" (id, "firmId", "matterId", "timekeeperId", date, minutes, "billedMinutes", "incrementMinutes",
         "rateMinor", "amountMinor", narrative, billable, status, "updatedAt")
       SELECT gen_random_uuid(), $1, m.id, u.id, date '2026-06-30' - (i % 540), 6 * (1 + i % 20), 6 * (1 + i % 20), 6,
         20000 + (i % 20) * 1000, (6 * (1 + i % 20)) * (20000 + (i % 20) * 1000) / 60, 'Work ' || i, i % 10 <> 0,
         (ARRAY['DRAFT', 'SUBMITTED', 'APPROVED', 'APPROVED'])[1 + i % 4]::"BillableStatus", now()
       FROM generate_series(1, $2::int) i JOIN m ON m.n = i % 10000 JOIN u ON u.n = i % 20`,
      [firmId, TIME_ENTRIES],
    );
    await step(
      'invoice lines (five billed entries each)',
      `WITH inv AS (SELECT id, row_number() OVER (ORDER BY number) AS k FROM "Invoice" WHERE "firmId" = $1),
            te AS (SELECT id, "timekeeperId", date, "billedMinutes", "rateMinor", "amountMinor", row_number() OVER (ORDER BY id) AS r
                   FROM "TimeEntry" WHERE "firmId" = $1 AND billable LIMIT $2::int * 5),
            lines AS (
              INSERT INTO "InvoiceLine" (id, "firmId", "invoiceId", position, kind, "timeEntryId", "timekeeperId", date, description,
                quantity, "unitMinor", "amountMinor", "totalMinor")
              SELECT gen_random_uuid(), $1, inv.id, (te.r - 1) % 5, 'FEE', te.id, te."timekeeperId", te.date, 'Billed work',
                te."billedMinutes" / 60.0, te."rateMinor", te."amountMinor", te."amountMinor"
              FROM te JOIN inv ON inv.k = (te.r - 1) / 5 + 1
              RETURNING "invoiceId", "timeEntryId", "totalMinor")
       UPDATE "TimeEntry" t SET status = 'BILLED', "invoiceId" = lines."invoiceId" FROM lines WHERE t.id = lines."timeEntryId"`,
      [firmId, INVOICES],
    );
    await step(
      'invoice totals and payments',
      `UPDATE "Invoice" i SET "feesMinor" = s.total, "totalMinor" = s.total,
         "paidMinor" = CASE i.status WHEN 'PAID' THEN s.total WHEN 'PARTIALLY_PAID' THEN s.total / 2 ELSE 0 END
       FROM (SELECT "invoiceId", sum("totalMinor") AS total FROM "InvoiceLine" WHERE "firmId" = $1 GROUP BY 1) s
       WHERE i.id = s."invoiceId"`,
      [firmId],
    );
    await step('ANALYZE', 'ANALYZE', []);
    return firmId as string;
  });
  return { token: registerFirm.token, firmId };
}

const FIGURES = [
  {
    name: 'AR aging by client',
    query: `query($asOf: DateTime) { arAging(asOf: $asOf, first: 100) { key name current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount } over90 { amount } total { amount } } }`,
    variables: { asOf: AS_OF },
    sql: (firmId: string) => arAgingSql(firmId, 'CLIENT', new Date(AS_OF), 100),
  },
  {
    name: 'WIP by matter',
    query: '{ wip(first: 100) { key name fees { amount } expenses { amount } hours } }',
    variables: {},
    sql: (firmId: string) => wipSql(firmId, 'MATTER', 100),
  },
  {
    name: 'realization by timekeeper',
    query: `query($from: DateTime!, $to: DateTime!) { realization(from: $from, to: $to, first: 100) { key name worked { amount } billed { amount } collected { amount } billingRealization collectionRealization } }`,
    variables: PERIOD,
    sql: (firmId: string) => realizationSql(firmId, 'TIMEKEEPER', new Date(PERIOD.from), new Date(PERIOD.to), 100),
  },
] as const;

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

async function main(): Promise<void> {
  const url = databaseUrl(DATABASE);
  await withClient(ADMIN_URL, (db) => db.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`));
  await withClient(ADMIN_URL, (db) => db.query(`CREATE DATABASE ${DATABASE}`));
  let server: { child: ChildProcess; base: string } | undefined;
  try {
    await applyMigrations(url);
    server = await startServer(url);
    console.log(`seeding ${TIME_ENTRIES} time entries and ${INVOICES} invoices:`);
    const { token, firmId } = await seed(server.base, url);
    const base = server.base;
    await withClient(url, async (db) => {
      console.log(`\n${RUNS} runs each after ${WARMUP} warm-up, GraphQL over HTTP and the same SQL alone interleaved (median ms):`);
      for (const figure of FIGURES) {
        const sql = figure.sql(firmId);
        const viaSql = async () => {
          const started = performance.now();
          const { rowCount } = await db.query(sql.text, sql.values as unknown[]);
          return { ms: performance.now() - started, rows: rowCount ?? 0 };
        };
        const viaApi = async () => {
          const started = performance.now();
          const data = await gql<Record<string, unknown[]>>(base, figure.query, figure.variables, token);
          return { ms: performance.now() - started, rows: Object.values(data)[0].length };
        };
        for (let i = 0; i < WARMUP; i += 1) {
          await viaSql();
          await viaApi();
        }
        const api: number[] = [];
        const alone: number[] = [];
        let rows = 0;
        for (let i = 0; i < RUNS; i += 1) {
          const a = await viaApi();
          const s = await viaSql();
          if (a.rows !== s.rows) throw new Error(`${figure.name}: GraphQL gave ${a.rows} rows, SQL ${s.rows}`);
          rows = s.rows;
          api.push(a.ms);
          alone.push(s.ms);
        }
        const [g, s] = [median(api), median(alone)];
        console.log(
          `  ${figure.name.padEnd(26)} ${String(rows).padStart(6)} rows   GraphQL ${g.toFixed(1)} ms   SQL alone ${s.toFixed(1)} ms   ratio ${(g / s).toFixed(2)}`,
        );
      }
    });
  } finally {
    server?.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await withClient(ADMIN_URL, (db) => db.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`));
  }
}

await main();
