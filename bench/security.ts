/**
 * The attacks of the security review (issue 9), replayed against a real server process
 * (`src/main.ts`, inline worker) on a throwaway database, with the figures the review reported:
 *   1. `nodes(ids:)` with 1,000 / 5,000 / 10,000 made-up Matter ids (time and status), and another
 *      firm's trivial query while two 4,000-id requests run;
 *   4. another firm's median latency while 12 anonymous clients sign in without pause; whether the
 *      right password still works after 30 wrong ones; emails sent for 11 reset requests;
 *   6. 50 concurrent createMatter: outcomes, and another firm's createClient meanwhile;
 *   7. another firm's renderPdf while three endpoints that never answer have 30 deliveries due;
 *   8. commits per second and another firm's p95 with 400 jobProgress subscriptions on queued jobs.
 * Each figure under load is also printed as a ratio to its baseline measured in the same run.
 * It uses only the public API, so the same file runs against an older checkout:
 *
 *   node --import tsx bench/security.ts
 *
 * Needs PostgreSQL (TEST_DATABASE_URL or 127.0.0.1:5432); the database is dropped afterwards.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { applyMigrations } from '../src/db/migrate.ts';
import { installWorkerSchema } from '../src/queue/runtime.ts';

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DATABASE = `lexgraph_bench_security_${process.pid}`;
const dbUrl = (() => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
})();
const PASSWORD = 'bench-password-123';
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;
const round = (n: number) => Math.round(n);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

let base = '';
async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const started = performance.now();
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as {
    data?: Record<string, unknown>;
    errors?: { extensions?: { code?: string } }[];
  };
  return {
    status: response.status,
    ms: performance.now() - started,
    data: body.data as Record<string, Record<string, unknown>> | undefined,
    code: body.errors?.[0]?.extensions?.code,
  };
}

let seq = 0;
async function firm(name: string) {
  seq += 1;
  const email = `admin-${seq}-${process.pid}@bench.test`;
  const r = await gql(
    'mutation($input: RegisterFirmInput!) { registerFirm(input: $input) { ... on RegisterFirmPayload { token user { firm { id } } } } }',
    { input: { firmName: `${name} ${seq}`, adminName: 'Admin', adminEmail: email, password: PASSWORD } },
  );
  return { token: String(r.data?.registerFirm.token), email };
}
async function user(adminToken: string, role: string) {
  seq += 1;
  const email = `${role.toLowerCase()}-${seq}-${process.pid}@bench.test`;
  await gql(
    'mutation($input: CreateUserInput!) { createUser(input: $input) { __typename } }',
    { input: { name: `U ${seq}`, email, role, password: PASSWORD } },
    adminToken,
  );
  const r = await gql('mutation($input: LoginInput!) { login(input: $input) { ... on LoginPayload { token } } }', {
    input: { email, password: PASSWORD },
  });
  return { token: String(r.data?.login.token), email };
}

const TRIVIAL = '{ me { id } }';
async function latencies(token: string, count: number, gapMs = 20): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i += 1) {
    out.push((await gql(TRIVIAL, {}, token)).ms);
    await sleep(gapMs);
  }
  return out;
}

async function startServer(): Promise<() => Promise<void>> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      LOG_LEVEL: 'info',
      DATABASE_URL: dbUrl,
      MIGRATE_ON_START: 'false',
      SEED_ON_START: 'false',
      JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-signing',
      WORKER: 'inline',
      WORKER_POLL_INTERVAL_MS: '100',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      WS_MESSAGE_BURST: '1000',
      WS_MESSAGES_PER_SECOND: '1000',
      WS_MAX_CONNECTIONS_PER_USER: '10',
      AUTH_MAX_PER_ADDRESS: '1000000',
      // One instance with its in-process pub/sub: the attacks are about one server's resources.
      REDIS_URL: undefined,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      for (const line of buffered.split('\n').slice(0, -1)) {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.url && String(entry.msg).startsWith('LexGraph is ready')) {
          base = entry.url.replace(/\/graphql$/, '');
          resolve();
        }
      }
      buffered = buffered.split('\n').at(-1) ?? '';
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  };
}

async function nodesAttack() {
  const a = await firm('Nodes');
  const readOnly = await user(a.token, 'READ_ONLY');
  const b = await firm('Bystander');
  const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
  const made = (n: number) => Array.from({ length: n }, () => gid('Matter', randomUUID()));
  for (const n of [1_000, 5_000, 10_000]) {
    const r = await gql(query, { ids: made(n) }, readOnly.token);
    console.log(`  nodes(ids:) with ${n} made-up ids: HTTP ${r.status} ${r.code ?? 'ok'} in ${round(r.ms)} ms`);
  }
  const baseline = median(await latencies(b.token, 20));
  const attack = Promise.all([gql(query, { ids: made(4_000) }, a.token), gql(query, { ids: made(4_000) }, a.token)]);
  const during = await latencies(b.token, 10, 0);
  await attack;
  console.log(
    `  another firm's trivial query: ${round(baseline)} ms alone, max ${round(Math.max(...during))} ms during two 4,000-id requests (${ratio(Math.max(...during), baseline)})`,
  );
}

async function loginAttack() {
  const victim = await firm('Victim');
  const b = await firm('Busy');
  const baseline = median(await latencies(b.token, 30));
  let stop = false;
  const attackers = Array.from({ length: 12 }, async () => {
    while (!stop)
      await gql('mutation($input: LoginInput!) { login(input: $input) { __typename } }', {
        input: { email: `nobody-${randomUUID()}@x.test`, password: 'guess-password' },
      });
  });
  await sleep(300);
  const during = median(await latencies(b.token, 30));
  stop = true;
  await Promise.all(attackers);
  console.log(
    `  another firm's median: ${round(baseline)} ms alone, ${round(during)} ms during 12 parallel anonymous logins (${ratio(during, baseline)})`,
  );
  for (let i = 0; i < 30; i += 1)
    await gql('mutation($input: LoginInput!) { login(input: $input) { __typename } }', {
      input: { email: victim.email, password: `wrong-${i}` },
    });
  const right = await gql('mutation($input: LoginInput!) { login(input: $input) { __typename } }', {
    input: { email: victim.email, password: PASSWORD },
  });
  console.log(`  the right password after 30 wrong ones: ${right.data?.login.__typename}`);
  for (let i = 0; i < 11; i += 1)
    await gql('mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { __typename } }', {
      input: { email: victim.email },
    });
  await sleep(3_000);
  const [{ count }] = await sql<{ count: number }>(dbUrl, `SELECT count(*)::int AS count FROM "EmailMessage" WHERE "to" = $1`, [
    victim.email,
  ]);
  console.log(`  reset emails for 11 requests: ${count}`);
}

async function writeBurst() {
  const a = await firm('Burst');
  const b = await firm('Calm');
  const client = await gql(
    'mutation { createClient(input: { name: "Acme", kind: ORGANIZATION }) { ... on CreateClientPayload { client { id } } } }',
    {},
    a.token,
  );
  const clientId = String((client.data?.createClient?.client as { id?: string } | undefined)?.id);
  const createClientB = () => gql('mutation { createClient(input: { name: "Other", kind: PERSON }) { __typename } }', {}, b.token);
  const baseline = median(await Promise.all([1, 2, 3, 4, 5].map(() => createClientB().then((r) => r.ms))));
  const burst = Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      gql(
        'mutation($input: CreateMatterInput!) { createMatter(input: $input) { __typename } }',
        { input: { clientId, title: `Burst ${i}` } },
        a.token,
      ),
    ),
  );
  await sleep(50);
  const during = await createClientB();
  const outcomes = await burst;
  const tally: Record<string, number> = {};
  for (const o of outcomes) {
    const key = o.code ?? String(o.data?.createMatter.__typename);
    tally[key] = (tally[key] ?? 0) + 1;
  }
  console.log(`  50 concurrent createMatter: ${JSON.stringify(tally)}`);
  console.log(
    `  another firm's createClient: ${round(baseline)} ms alone, ${round(during.ms)} ms during the burst (${ratio(during.ms, baseline)})`,
  );
}

async function renderPdf(token: string): Promise<number> {
  const started = performance.now();
  const r = await gql(
    'mutation { renderPdf(input: { title: "Letter", fileName: "l.pdf", blocks: [{ kind: paragraph, text: "Hello" }] }) { ... on RenderPdfPayload { job { id } } } }',
    {},
    token,
  );
  const id = Buffer.from(String((r.data?.renderPdf?.job as { id?: string } | undefined)?.id), 'base64')
    .toString()
    .split(':')[1];
  for (;;) {
    const [row] = await sql<{ status: string }>(dbUrl, 'SELECT status FROM "BackgroundJob" WHERE id = $1', [id]);
    if (row?.status === 'SUCCEEDED' || row?.status === 'FAILED') return performance.now() - started;
    await sleep(20);
  }
}

async function slowReceivers() {
  const a = await firm('Noisy');
  const b = await firm('Printer');
  const baseline = await renderPdf(b.token);
  const hanging: Server[] = [];
  for (let i = 0; i < 3; i += 1) {
    const server = createServer(() => {});
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    hanging.push(server);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    await gql(
      'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { __typename } }',
      { input: { url } },
      a.token,
    );
  }
  for (let i = 0; i < 10; i += 1)
    await gql('mutation { createClient(input: { name: "Event", kind: PERSON }) { __typename } }', {}, a.token);
  await sleep(500);
  const during = await renderPdf(b.token);
  console.log(
    `  another firm's renderPdf: ${round(baseline)} ms alone, ${round(during)} ms with 3 never-answering endpoints (${ratio(during, baseline)})`,
  );
  for (const server of hanging) {
    server.closeAllConnections();
    server.close();
  }
}

async function progressSubscriptions() {
  const a = await firm('Watcher');
  const b = await firm('Quiet');
  const [{ firmId }] = await sql<{ firmId: string }>(dbUrl, 'SELECT "firmId" FROM "User" WHERE email = $1', [a.email]);
  const admins = [a, ...(await Promise.all(Array.from({ length: 19 }, () => user(a.token, 'ADMIN'))))];
  const jobIds = Array.from({ length: 20 }, () => randomUUID());
  for (const id of jobIds)
    await sql(
      dbUrl,
      `INSERT INTO "BackgroundJob" (id, "firmId", task, payload, status, "maxAttempts", "updatedAt") VALUES ($1, $2, 'render_pdf', '{}', 'QUEUED', 3, now())`,
      [id, firmId],
    );
  const commits = async () =>
    Number((await sql<{ c: string }>(dbUrl, 'SELECT xact_commit AS c FROM pg_stat_database WHERE datname = current_database()'))[0].c);
  const rate = async () => {
    const before = await commits();
    await sleep(5_000);
    return ((await commits()) - before - 1) / 5;
  };
  const baseRate = await rate();
  const baseP95 = p95(await latencies(b.token, 40));
  const clients = admins.map((admin) =>
    createClient({
      url: `${base.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${admin.token}` },
      retryAttempts: 0,
    }),
  );
  const stops = clients.flatMap((client) =>
    jobIds.map((id) =>
      client.subscribe(
        { query: 'subscription($id: ID!) { jobProgress(jobId: $id) { status } }', variables: { id: gid('Job', id) } },
        { next: () => {}, error: () => {}, complete: () => {} },
      ),
    ),
  );
  await sleep(2_000);
  const loadRate = await rate();
  const loadP95 = p95(await latencies(b.token, 40));
  console.log(`  commits/s: ${round(baseRate)} idle, ${round(loadRate)} with 400 jobProgress subscriptions`);
  console.log(`  another firm's p95: ${round(baseP95)} ms idle, ${round(loadP95)} ms with them (${ratio(loadP95, baseP95)})`);
  for (const stop of stops) stop();
  await Promise.all(clients.map((c) => c.dispose()));
}

async function main() {
  await sql(ADMIN_URL, `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await sql(ADMIN_URL, `CREATE DATABASE ${DATABASE}`);
  let stop: (() => Promise<void>) | undefined;
  try {
    await applyMigrations(dbUrl);
    await installWorkerSchema(dbUrl);
    stop = await startServer();
    for (const [title, run] of [
      ['1. nodes(ids:)', nodesAttack],
      ['4. sign-in abuse', loginAttack],
      ['6. write burst', writeBurst],
      ['7. slow webhook receivers', slowReceivers],
      ['8. jobProgress subscriptions', progressSubscriptions],
    ] as const) {
      console.log(title);
      await run();
    }
  } finally {
    await stop?.();
    await sql(ADMIN_URL, `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
