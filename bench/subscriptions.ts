/**
 * Subscription fan-out benchmark. Starts LexGraph server processes (one, then two sharing Redis;
 * fresh ones for every scenario) on a throwaway database, opens N authenticated graphql-ws
 * subscribers from BENCH_CLIENTS (default 4) client processes, and measures, for each mutation, the time from the matter's
 * update (stamped by the server just before commit) to its receipt at every subscriber, plus
 * server memory (RSS) per connection.
 *
 *   node --import tsx bench/subscriptions.ts            # 1,000 then 10,000 subscribers
 *   BENCH_SIZES=1000 BENCH_MUTATIONS=5 node --import tsx bench/subscriptions.ts
 *
 * Needs PostgreSQL (TEST_DATABASE_URL or 127.0.0.1:5432) and Redis (REDIS_URL or 127.0.0.1:6379).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type Client, createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { applyMigrations } from '../src/db/migrate.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const MUTATIONS = Number(process.env.BENCH_MUTATIONS ?? 5);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const USERS = 10;
const PASSWORD = 'benchmark-password-1';

interface Instance {
  child: ChildProcess;
  url: string;
  wsUrl: string;
}

interface Setup {
  tokens: string[];
  adminToken: string;
  matterId: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as { msg?: string; url?: string; level?: number };
        if (entry.url && entry.msg?.startsWith('LexGraph is ready')) {
          const url = entry.url.replace(/\/graphql$/, '');
          resolve({ child, url, wsUrl: `${url.replace(/^http/, 'ws')}/graphql` });
        } else if ((entry.level ?? 0) >= 40 || process.env.BENCH_VERBOSE) console.error('[server]', entry.msg);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function stopInstance(instance: Instance): Promise<void> {
  const exited = new Promise((r) => instance.child.once('exit', r));
  instance.child.kill('SIGTERM');
  await exited;
}

async function gql<T>(instance: Instance, query: string, variables: unknown, token?: string): Promise<T> {
  const response = await fetch(`${instance.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function rssBytes(instance: Instance): number {
  const status = readFileSync(`/proc/${instance.child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

async function setUp(instance: Instance): Promise<Setup> {
  const suffix = randomUUID().slice(0, 8);
  const registered = await gql<{ registerFirm: { token: string } }>(
    instance,
    'mutation($input: RegisterFirmInput!) { registerFirm(input: $input) { ... on RegisterFirmPayload { token } } }',
    { input: { firmName: 'Bench LLP', adminName: 'Bench Admin', adminEmail: `admin-${suffix}@bench.test`, password: PASSWORD } },
  );
  const adminToken = registered.registerFirm.token;
  const tokens = [adminToken];
  for (let i = 1; i < USERS; i += 1) {
    const email = `user${i}-${suffix}@bench.test`;
    await gql(
      instance,
      'mutation($input: CreateUserInput!) { createUser(input: $input) { __typename } }',
      { input: { name: `User ${i}`, email, role: 'ADMIN', password: PASSWORD } },
      adminToken,
    );
    const login = await gql<{ login: { token: string } }>(
      instance,
      'mutation($input: LoginInput!) { login(input: $input) { ... on LoginPayload { token } } }',
      { input: { email, password: PASSWORD } },
    );
    tokens.push(login.login.token);
  }
  const client = await gql<{ createClient: { client: { id: string } } }>(
    instance,
    'mutation($input: CreateClientInput!) { createClient(input: $input) { ... on CreateClientPayload { client { id } } } }',
    { input: { name: 'Bench Client', kind: 'ORGANIZATION' } },
    adminToken,
  );
  const matter = await gql<{ createMatter: { matter: { id: string } } }>(
    instance,
    'mutation($input: CreateMatterInput!) { createMatter(input: $input) { ... on CreateMatterPayload { matter { id } } } }',
    { input: { clientId: client.createClient.client.id, title: 'Bench matter' } },
    adminToken,
  );
  return { tokens, adminToken, matterId: matter.createMatter.matter.id };
}

/** A child process holding a share of the subscribers, so the client side is not the bottleneck. */
interface ClientProcess {
  child: ChildProcess;
  ask<T>(message: Record<string, unknown>): Promise<T>;
}

const CLIENT_PROCESSES = Number(process.env.BENCH_CLIENTS ?? 4);

function startClientProcess(): ClientProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/subscriptions.ts', '--clients'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 0;
  const waiting = new Map<number, (value: unknown) => void>();
  child.on('message', (message: { id: number; value: unknown }) => {
    waiting.get(message.id)?.(message.value);
    waiting.delete(message.id);
  });
  return {
    child,
    ask: <T>(message: Record<string, unknown>) =>
      new Promise<T>((resolve) => {
        next += 1;
        waiting.set(next, resolve as (value: unknown) => void);
        child.send({ ...message, id: next });
      }),
  };
}

/** The client side (run as `--clients`): opens subscribers on request and reports when each title arrived. */
function clientMain(): void {
  const clients: Client[] = [];
  const received = new Map<string, number[]>();
  process.on('message', async (message: { id: number; type: string; [key: string]: unknown }) => {
    const reply = (value: unknown) => process.send?.({ id: message.id, value });
    if (message.type === 'connect') {
      const { targets, tokens, matterId, from, count } = message as unknown as {
        targets: string[];
        tokens: string[];
        matterId: string;
        from: number;
        count: number;
      };
      const BATCH = 200;
      for (let start = 0; start < count; start += BATCH) {
        await Promise.all(
          Array.from({ length: Math.min(BATCH, count - start) }, (_, j) => {
            const index = from + start + j;
            return new Promise<void>((resolve, reject) => {
              const client = createClient({
                url: targets[index % targets.length],
                webSocketImpl: WebSocket,
                lazy: false,
                retryAttempts: 0,
                connectionParams: { authorization: `Bearer ${tokens[index % tokens.length]}` },
                onNonLazyError: reject,
                on: { connected: () => resolve() },
              });
              clients.push(client);
              client.subscribe<{ matterUpdated: { title: string } }>(
                { query: 'subscription($id: ID!) { matterUpdated(matterId: $id) { title updatedAt } }', variables: { id: matterId } },
                {
                  next: ({ data }) => {
                    if (!data) return;
                    const times = received.get(data.matterUpdated.title) ?? [];
                    times.push(Date.now());
                    received.set(data.matterUpdated.title, times);
                  },
                  error: (error) => console.error('subscription error', error),
                  complete: () => {},
                },
              );
            });
          }),
        );
      }
      reply(clients.length);
    } else if (message.type === 'count') reply(received.get(message.title as string)?.length ?? 0);
    else if (message.type === 'times') reply(received.get(message.title as string) ?? []);
    else if (message.type === 'dispose') {
      await Promise.all(clients.map((c) => c.dispose()));
      reply(true);
      process.exit(0);
    }
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function rename(instance: Instance, setup: Setup, title: string): Promise<number> {
  const data = await gql<{ updateMatter: { matter: { updatedAt: string } } }>(
    instance,
    'mutation($input: UpdateMatterInput!) { updateMatter(input: $input) { ... on UpdateMatterPayload { matter { updatedAt } } } }',
    { input: { id: setup.matterId, title } },
    setup.adminToken,
  );
  return Date.parse(data.updateMatter.matter.updatedAt);
}

async function run(label: string, targets: Instance[], count: number, setup: Setup): Promise<void> {
  await rename(targets[0], setup, `baseline-${count}-${randomUUID()}`);
  await sleep(1_000);
  const rssBefore = targets.map(rssBytes);
  const connectStarted = Date.now();
  const processes = Array.from({ length: CLIENT_PROCESSES }, startClientProcess);
  const share = Math.ceil(count / processes.length);
  await Promise.all(
    processes.map((p, i) =>
      p.ask({
        type: 'connect',
        targets: targets.map((t) => t.wsUrl),
        tokens: setup.tokens,
        matterId: setup.matterId,
        from: i * share,
        count: Math.max(0, Math.min(share, count - i * share)),
      }),
    ),
  );
  const connectMs = Date.now() - connectStarted;
  const heard = async (title: string) =>
    (await Promise.all(processes.map((p) => p.ask<number>({ type: 'count', title })))).reduce((a, b) => a + b, 0);
  console.error(`${label}: ${count} subscribers connected in ${connectMs} ms from ${processes.length} processes; warming up`);

  // No acknowledgement tells when a subscription is live: rename until every subscriber has heard.
  const warmDeadline = Date.now() + 60_000;
  for (let i = 0; ; i += 1) {
    const title = `warm-${count}-${i}-${randomUUID()}`;
    await rename(targets[0], setup, title);
    await sleep(1_000);
    if ((await heard(title)) >= count) break;
    if (Date.now() > warmDeadline) throw new Error(`only ${await heard(title)} of ${count} subscribers live after 60 s`);
  }
  const rssAfter = targets.map(rssBytes);

  const latencies: number[] = [];
  let missing = 0;
  for (let m = 0; m < MUTATIONS; m += 1) {
    const title = `measure-${count}-${m}-${randomUUID()}`;
    const updatedAt = await rename(targets[0], setup, title);
    const deadline = Date.now() + 30_000;
    while ((await heard(title)) < count && Date.now() < deadline) await sleep(50);
    const times = (await Promise.all(processes.map((p) => p.ask<number[]>({ type: 'times', title })))).flat();
    missing += count - times.length;
    for (const at of times) latencies.push(at - updatedAt);
    await sleep(500);
  }
  latencies.sort((a, b) => a - b);
  const perConnection = rssAfter.reduce((sum, after, i) => sum + (after - rssBefore[i]), 0) / count;
  console.log(
    JSON.stringify({
      scenario: label,
      subscribers: count,
      instances: targets.length,
      clientProcesses: processes.length,
      connectSeconds: +(connectMs / 1000).toFixed(1),
      mutations: MUTATIONS,
      deliveries: latencies.length,
      missing,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      maxMs: latencies[latencies.length - 1],
      serverRssMiB: rssAfter.map((b) => +(b / 2 ** 20).toFixed(0)),
      serverKiBPerConnection: +(perConnection / 1024).toFixed(1),
    }),
  );
  await Promise.all(processes.map((p) => p.ask({ type: 'dispose' })));
  await sleep(1_000);
}

async function main(): Promise<void> {
  const database = `lexgraph_bench_${process.pid}`;
  await admin((c) => c.query(`CREATE DATABASE ${database}`));
  const instances: Instance[] = [];
  try {
    await applyMigrations(databaseUrl(database));
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl(database),
      SEED_ON_START: 'false',
      WORKER: 'off',
      REDIS_URL,
      REDIS_KEY_PREFIX: `lexgraph-bench:${randomUUID()}:`,
      JWT_SECRET: randomUUID() + randomUUID(),
      WS_MAX_CONNECTIONS_PER_USER: '100000',
      WS_MAX_CONNECTIONS: '100000',
    };
    instances.push(await startInstance(env));
    const setup = await setUp(instances[0]);
    await stopInstance(instances.pop() as Instance);
    // Fresh server processes for every scenario, so their memory growth is the subscribers' alone.
    for (const instanceCount of [1, 2]) {
      for (const size of SIZES) {
        for (let i = 0; i < instanceCount; i += 1) instances.push(await startInstance(env));
        const label = instanceCount === 1 ? 'one instance' : 'two instances sharing Redis (mutation on the first)';
        await run(label, instances, size, setup);
        while (instances.length > 0) await stopInstance(instances.pop() as Instance);
      }
    }
  } finally {
    for (const instance of instances) await stopInstance(instance);
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  }
}

if (process.argv.includes('--clients')) clientMain();
else
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
