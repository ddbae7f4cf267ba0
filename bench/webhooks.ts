/**
 * Webhook throughput benchmark, in one process on a throwaway database:
 *   1. Graphile Worker's own no-op job throughput (jobs added in one statement, then drained by
 *      a pool with BENCH_CONCURRENCY workers);
 *   2. webhook deliveries per second through the whole LexGraph path: `createClient` mutations
 *      over HTTP (each commits a domain event, a delivery and its job) → `deliver_webhook` in the
 *      inline worker (same concurrency) → a signed POST to a local receiver answering 200;
 *   3. the worker side alone: the same mutations made with the worker stopped, then the time
 *      for the worker to drain the queued deliveries;
 * and prints the rates and their ratios to the no-op rate.
 *
 *   node --import tsx bench/webhooks.ts
 *   BENCH_NOOP_JOBS=5000 BENCH_DELIVERIES=1000 BENCH_CONCURRENCY=10 node --import tsx bench/webhooks.ts
 *
 * Needs PostgreSQL (TEST_DATABASE_URL or 127.0.0.1:5432). The database is dropped afterwards.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger, run } from 'graphile-worker';
import pg from 'pg';
import { TokenService } from '../src/auth/token.ts';
import { loadConfig } from '../src/config.ts';
import { createPrisma } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { domainRegistry } from '../src/domains/index.ts';
import { createLogger } from '../src/logger.ts';
import { installWorkerSchema, startWorker } from '../src/queue/runtime.ts';
import { jobSettings } from '../src/queue/settings.ts';
import { createApp } from '../src/server.ts';

const NOOP_JOBS = Number(process.env.BENCH_NOOP_JOBS ?? 3000);
const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 600);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const CLIENTS = Number(process.env.BENCH_HTTP_CLIENTS ?? 10);
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DATABASE = `lexgraph_bench_webhooks_${process.pid}`;
const silent = new Logger(() => () => undefined);

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function sql(url: string, text: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function noopThroughput(url: string): Promise<number> {
  await sql(url, `SELECT graphile_worker.add_job('noop', '{}'::json) FROM generate_series(1, $1)`, [NOOP_JOBS]);
  const started = performance.now();
  const runner = await run({
    connectionString: url,
    concurrency: CONCURRENCY,
    noHandleSignals: true,
    logger: silent,
    taskList: { noop: async () => {} },
  });
  await waitFor(
    async () => Number((await sql(url, 'SELECT count(*) FROM graphile_worker._private_jobs')).rows[0].count) === 0,
    'no-op jobs',
  );
  const seconds = (performance.now() - started) / 1000;
  await runner.stop();
  return NOOP_JOBS / seconds;
}

async function gql<T = unknown>(api: string, query: string, variables: unknown, token?: string): Promise<T> {
  const response = await fetch(`${api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

interface WebhookRun {
  perSecond: number;
  mutationsPerSecond: number;
  p50: number;
  p95: number;
}

/** Runs DELIVERIES createClient mutations and waits for every delivery; with `drainOnly` the worker starts only after the last mutation. */
async function webhookThroughput(url: string, drainOnly: boolean): Promise<WebhookRun> {
  let received = 0;
  const latencies: number[] = [];
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received += 1;
      latencies.push(Date.now() - Date.parse(JSON.parse(Buffer.concat(chunks).toString()).occurredAt));
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-signing',
  });
  const secret = new TextEncoder().encode(config.JWT_SECRET);
  const settings = jobSettings(config, secret);
  const log = createLogger('silent');
  const prisma = createPrisma(url, { poolMax: 20 });
  const startPool = () =>
    startWorker({
      databaseUrl: url,
      prisma,
      settings,
      log,
      tasks: domainRegistry.taskList,
      crontab: domainRegistry.crontab(settings),
      concurrency: CONCURRENCY,
      pollIntervalMs: 500,
    });
  let worker = drainOnly ? null : await startPool();
  const app = await createApp({ config, prisma, tokens: new TokenService(secret), log, jobs: settings, worker });
  const api = await app.listen(0, '127.0.0.1');
  try {
    const registered = await gql<{ registerFirm: { token: string } }>(
      api,
      'mutation($i: RegisterFirmInput!) { registerFirm(input: $i) { ... on RegisterFirmPayload { token } } }',
      {
        i: {
          firmName: 'Bench LLP',
          adminName: 'Bench Admin',
          adminEmail: `bench-${process.pid}-${drainOnly}@example.test`,
          password: 'benchmark-password-1',
        },
      },
    );
    const { token } = registered.registerFirm;
    await gql(
      api,
      'mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { __typename } }',
      { i: { url: hook, eventTypes: ['client.created'] } },
      token,
    );

    let next = 0;
    let started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < DELIVERIES) {
          next += 1;
          await gql(
            api,
            'mutation($i: CreateClientInput!) { createClient(input: $i) { __typename } }',
            { i: { name: `Client ${next}`, kind: 'PERSON' } },
            token,
          );
        }
      }),
    );
    const mutationSeconds = (performance.now() - started) / 1000;
    if (drainOnly) {
      started = performance.now();
      worker = await startPool();
    }
    await waitFor(() => received >= DELIVERIES, 'deliveries');
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      perSecond: DELIVERIES / seconds,
      mutationsPerSecond: DELIVERIES / mutationSeconds,
      p50: latencies[Math.floor(latencies.length * 0.5)],
      p95: latencies[Math.floor(latencies.length * 0.95)],
    };
  } finally {
    await app.close();
    await worker?.stop();
    await prisma.$disconnect();
    receiver.close();
  }
}

async function main(): Promise<void> {
  const url = databaseUrl(DATABASE);
  await sql(ADMIN_URL, `CREATE DATABASE ${DATABASE}`);
  try {
    await applyMigrations(url);
    await installWorkerSchema(url);
    const noop = await noopThroughput(url);
    const hooks = await webhookThroughput(url, false);
    const drain = await webhookThroughput(url, true);
    console.log(`Graphile Worker no-op jobs:        ${noop.toFixed(0)} jobs/s (${NOOP_JOBS} jobs, concurrency ${CONCURRENCY})`);
    console.log(
      `Whole path (mutation → POST):      ${hooks.perSecond.toFixed(0)} deliveries/s (${DELIVERIES} createClient mutations from ${CLIENTS} HTTP clients; the mutations alone ran at ${hooks.mutationsPerSecond.toFixed(0)}/s; event-to-receipt p50 ${hooks.p50} ms, p95 ${hooks.p95} ms)`,
    );
    console.log(
      `Worker drain (queued → POST):      ${drain.perSecond.toFixed(0)} deliveries/s (${DELIVERIES} deliveries queued beforehand)`,
    );
    console.log(`Ratio whole path / no-op:          ${(hooks.perSecond / noop).toFixed(3)}`);
    console.log(`Ratio worker drain / no-op:        ${(drain.perSecond / noop).toFixed(3)}`);
  } finally {
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
