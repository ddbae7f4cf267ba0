/**
 * Read-path benchmark: LexGraph side by side with PostGraphile v5 (the GraphQL-over-PostgreSQL server a team
 * would pick instead) and with one hand-written SQL statement per response (the practical limit), on one
 * database, interleaved, in one run. Prints req/s (median of the rounds), p50/p99 latency, server CPU ms per
 * request (from /proc, summed over each server's process tree) and errors per query and server, then the
 * ratios LexGraph ÷ PostGraphile and LexGraph ÷ hand-SQL, and writes every sample to a JSON file.
 *
 *   node --import tsx bench/read-path.ts                      # 3 interleaved rounds × 10 s, 10 connections
 *   node --import tsx bench/read-path.ts --rounds 5 --queries nested
 *   node --import tsx bench/read-path.ts [--rounds 3] [--duration 10] [--connections 10] [--queries nested,flat,small]
 *
 * What it does: drops and re-creates the database `lexgraph_read_path_bench` (PostgreSQL admin URL from
 * TEST_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres), applies the project's migrations,
 * starts LexGraph (`node --import tsx src/main.ts`, NODE_ENV=production, no worker), registers a firm and logs
 * in, loads bench/read-path/seed.sql (20 users, 500 clients, 10,000 matters, 30,000 members), then starts
 * PostGraphile (bench/read-path/serve.mjs, amber preset) and the hand-SQL server (bench/read-path/baseline-lex.mjs)
 * on Node 22 from the registry. It checks that each server answers each query without errors and that LexGraph's
 * and the hand-SQL server's `data` are identical, warms each target up for 3 s, then runs autocannon over the
 * targets round after round. On first use it runs `npm install` in bench/read-path/ (PostGraphile, autocannon and
 * the Node 22 binary: dependencies of this benchmark only, never of LexGraph).
 *
 * Queries: bench/read-path/queries/*.graphql (LexGraph) and their PostGraphile equivalents below:
 * - nested: 100 matters by openedAt desc with client, responsible attorney and up to 10 members with their user
 * - flat: 100 matters' id, number, title
 * - small: the signed-in user's id
 *
 * Ratios are what count: the machine is shared and absolute figures move by ±50 % between runs.
 * If LexGraph's table or column names change, adapt seed.sql, baseline-lex.mjs and the PostGraphile queries here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import pg from 'pg';
import { applyMigrations } from '../src/db/migrate.ts';
import { cpuMs, freePort, start, waitFor } from './read-path/processes.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KIT = fileURLToPath(new URL('read-path/', import.meta.url));
const QUERY_NAMES = ['nested', 'flat', 'small'] as const;
type QueryName = (typeof QUERY_NAMES)[number];
const SERVERS = ['lexgraph', 'postgraphile', 'hand-sql'] as const;
type ServerName = (typeof SERVERS)[number];

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    queries: { type: 'string', default: QUERY_NAMES.join(',') },
  },
});
const ROUNDS = Number(args.rounds);
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const QUERIES = args.queries.split(',') as QueryName[];
for (const q of QUERIES) if (!QUERY_NAMES.includes(q)) throw new Error(`unknown query ${q}: use ${QUERY_NAMES.join(', ')}`);
const WARMUP_SECONDS = 3;

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'lexgraph_read_path_bench';
const DATABASE_URL = Object.assign(new URL(ADMIN_URL), { pathname: `/${DATABASE}` }).toString();
const EMAIL = 'admin@perf.test'; // seed.sql and baseline-lex.mjs expect this admin
const PASSWORD = 'peer bench password 1';

// --- HTTP helpers -------------------------------------------------------------------------------------------

const answersGraphQL = (url: string) => async () =>
  (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' })).status < 500;

interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

interface BenchRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
}

async function post({ url, body, headers }: BenchRequest): Promise<GraphQLResponse> {
  return (await fetch(url, { method: 'POST', headers, body })).json() as Promise<GraphQLResponse>;
}

async function gql(url: string, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await post({ url, body: JSON.stringify({ query, variables }), headers: { 'content-type': 'application/json' } });
  if (response.errors || !response.data) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** The first path at which two JSON values differ, or undefined when they are equal. */
function firstDifference(a: unknown, b: unknown, path = 'data'): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
}

// --- measurement --------------------------------------------------------------------------------------------

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
}
type Autocannon = (options: BenchRequest & { method: 'POST'; connections: number; duration: number }) => Promise<AutocannonResult>;

interface Target {
  name: ServerName;
  pid: number;
  request(query: QueryName): BenchRequest;
}

interface Sample {
  round: number;
  query: QueryName;
  server: ServerName;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  cpuMsPerRequest: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(autocannon: Autocannon, target: Target, query: QueryName, duration: number, round: number): Promise<Sample> {
  const cpu0 = cpuMs(target.pid);
  const r = await autocannon({ ...target.request(query), method: 'POST', connections: CONNECTIONS, duration });
  const cpuMsPerRequest = (cpuMs(target.pid) - cpu0) / Math.max(1, r.requests.total);
  const { average: rps } = r.requests;
  return { round, query, server: target.name, rps, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx, cpuMsPerRequest };
}

// --- the run --------------------------------------------------------------------------------------------------

async function setUpDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  await applyMigrations(DATABASE_URL, join(ROOT, 'prisma/migrations'));
}

/** Starts LexGraph, registers the firm, signs in and loads seed.sql; returns its target and the firm's and admin's ids. */
async function startLexGraph(): Promise<{ target: Target; firmId: string; adminId: string }> {
  const port = await freePort();
  const child = start('lexgraph', process.execPath, ['--import', 'tsx', 'src/main.ts'], ROOT, {
    DATABASE_URL,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    JWT_SECRET: 'read-path-bench-secret-0123456789abcdefghijkl',
    WORKER: 'off',
    LOG_LEVEL: 'warn',
    MIGRATE_ON_START: 'false', // migrated by setUpDatabase
    SEED_ON_START: 'false',
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor('lexgraph', child, async () => (await fetch(`${base}/health/ready`)).ok);
  await gql(`${base}/graphql`, 'mutation($i: RegisterFirmInput!) { registerFirm(input: $i) { __typename } }', {
    i: { firmName: 'Peer Bench LLP', adminName: 'Perf Admin', adminEmail: EMAIL, password: PASSWORD },
  });
  const login = await gql(`${base}/graphql`, 'mutation($i: LoginInput!) { login(input: $i) { ... on LoginPayload { token } } }', {
    i: { email: EMAIL, password: PASSWORD },
  });
  const token = (login.login as { token?: string }).token;
  if (!token) throw new Error(`login failed: ${JSON.stringify(login)}`);

  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  try {
    await db.query(readFileSync(join(KIT, 'seed.sql'), 'utf8'));
    const { rows } = await db.query<{ firm: string; admin: string }>(
      `SELECT f.id AS firm, u.id AS admin FROM "Firm" f JOIN "User" u ON u."firmId" = f.id AND u.email = $1`,
      [EMAIL],
    );
    const bodies = Object.fromEntries(
      QUERY_NAMES.map((q) => [q, JSON.stringify({ query: readFileSync(join(KIT, `queries/${q}.graphql`), 'utf8') })]),
    );
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const target: Target = { name: 'lexgraph', pid: child.pid!, request: (q) => ({ url: `${base}/graphql`, body: bodies[q], headers }) };
    return { target, firmId: rows[0].firm, adminId: rows[0].admin };
  } finally {
    await db.end();
  }
}

/** PostGraphile's spelling of LexGraph's queries (its own ids, connections and ordering; same rows). */
function postgraphileQuery(query: QueryName, firmId: string, adminId: string): string {
  const page = `allMatters(first: 100, condition: { firmId: "${firmId}" }, orderBy: [OPENED_AT_DESC, ROW_ID_DESC])`;
  const members = 'matterMembersByMatterId(first: 10, orderBy: PRIMARY_KEY_ASC) { edges { node { userByUserId { id name } } } }';
  const nested = `id number title openedAt clientByClientId { id name } userByResponsibleAttorneyId { id name email } ${members}`;
  if (query === 'nested') return `{ ${page} { edges { node { ${nested} } } pageInfo { hasNextPage endCursor } } }`;
  if (query === 'flat') return `{ ${page} { edges { node { id number title } } } }`;
  return `{ userByRowId(rowId: "${adminId}") { id } }`;
}

/** PostGraphile and the hand-SQL server on Node 22 from bench/read-path/node_modules, on the same database. */
async function startPeers(firmId: string, adminId: string): Promise<Target[]> {
  const node22 = join(KIT, 'node_modules/.bin/node');
  const [peerPort, basePort] = [await freePort(), await freePort()];
  const peer = start('postgraphile', node22, ['serve.mjs'], KIT, { DATABASE_URL, PORT: String(peerPort) });
  const base = start('hand-sql', node22, ['baseline-lex.mjs'], KIT, { DATABASE_URL, PORT: String(basePort), FIRM_ID: firmId });
  const peerUrl = `http://127.0.0.1:${peerPort}/graphql`;
  const baseUrl = `http://127.0.0.1:${basePort}/graphql`;
  await waitFor('postgraphile', peer, answersGraphQL(peerUrl));
  await waitFor('hand-sql', base, answersGraphQL(baseUrl));
  const headers = { 'content-type': 'application/json' };
  return [
    {
      name: 'postgraphile',
      pid: peer.pid!,
      request: (q) => ({ url: peerUrl, body: JSON.stringify({ query: postgraphileQuery(q, firmId, adminId) }), headers }),
    },
    { name: 'hand-sql', pid: base.pid!, request: (q) => ({ url: `${baseUrl}?q=${q}`, body: '{}', headers }) },
  ];
}

/** Every server answers every query without errors, and LexGraph's `data` is the hand-SQL server's, value for value. */
async function checkAnswers(targets: Target[]): Promise<void> {
  for (const query of QUERIES) {
    const data = new Map<ServerName, unknown>();
    for (const target of targets) {
      const response = await post(target.request(query));
      if (response.errors || !response.data) throw new Error(`${target.name} ${query}: ${JSON.stringify(response).slice(0, 300)}`);
      data.set(target.name, response.data);
    }
    const difference = firstDifference(data.get('lexgraph'), data.get('hand-sql'));
    if (difference) throw new Error(`LexGraph and hand-SQL return different data for ${query}: ${difference}`);
    console.error(`${query}: all servers answer without errors; LexGraph's data is identical to hand-SQL's`);
  }
  console.log(`identical data: LexGraph and hand-SQL return the same \`data\` for ${QUERIES.join(', ')}`);
}

function report(samples: Sample[]): Record<string, number> {
  const summary: Record<string, number> = {};
  console.log('| query | server | req/s (median) | p50 ms | p99 ms | server CPU ms/req | errors |');
  console.log('|---|---|---|---|---|---|---|');
  for (const query of QUERIES)
    for (const server of SERVERS) {
      const rs = samples.filter((s) => s.query === query && s.server === server);
      const rps = median(rs.map((s) => s.rps));
      summary[`${query}/${server}`] = rps;
      const cpu = median(rs.map((s) => s.cpuMsPerRequest)).toFixed(2);
      const errors = rs.reduce((sum, s) => sum + s.errors, 0);
      console.log(
        `| ${query} | ${server} | ${rps.toFixed(1)} | ${median(rs.map((s) => s.p50))} | ${median(rs.map((s) => s.p99))} | ${cpu} | ${errors} |`,
      );
    }
  for (const q of QUERIES) {
    const [lex, peer, base] = SERVERS.map((s) => summary[`${q}/${s}`]);
    console.log(`${q}: LexGraph ÷ PostGraphile = ${(lex / peer).toFixed(2)}, LexGraph ÷ hand-SQL = ${(lex / base).toFixed(2)}`);
  }
  return summary;
}

async function main(): Promise<void> {
  if (!existsSync(join(KIT, 'node_modules/postgraphile'))) {
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: KIT, stdio: 'inherit' });
  }
  const autocannon = createRequire(join(KIT, 'package.json'))('autocannon') as Autocannon;

  await setUpDatabase();
  const lex = await startLexGraph();
  const targets = [lex.target, ...(await startPeers(lex.firmId, lex.adminId))];
  await checkAnswers(targets);

  for (const query of QUERIES)
    for (const target of targets) await measure(autocannon, target, query, Math.min(WARMUP_SECONDS, DURATION), 0);
  const samples: Sample[] = [];
  for (let round = 1; round <= ROUNDS; round += 1)
    for (const query of QUERIES)
      for (const target of targets) {
        const s = await measure(autocannon, target, query, DURATION, round);
        samples.push(s);
        console.error(`round ${round} ${query.padEnd(6)} ${target.name.padEnd(12)} ${s.rps.toFixed(1)} req/s p50 ${s.p50} ms`);
      }

  console.log(`\n${ROUNDS} round(s) × ${DURATION} s, ${CONNECTIONS} connections, interleaved\n`);
  const summary = report(samples);
  const file = join(tmpdir(), `lexgraph-read-path-bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const options = { rounds: ROUNDS, duration: DURATION, connections: CONNECTIONS, queries: QUERIES };
  writeFileSync(file, JSON.stringify({ options, summary, samples }, null, 1));
  console.log(`\nall samples: ${file}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
