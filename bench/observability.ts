/**
 * What tracing costs a read: requests per second and CPU per request of the same reads (the demo
 * seed's open matters, through the SQL read path, and the same resolved field by field) with
 * OpenTelemetry off, then on (exporting to a local OTLP receiver that drops what it gets), in one
 * process on one database. Metrics are always on, so both runs include them.
 *
 *   node --import tsx bench/observability.ts
 *
 * Creates (and drops) the database `lexgraph_observability_bench` on BENCH_SERVER_URL
 * (default postgresql://postgres@127.0.0.1:5432/postgres).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { DEMO_LOGIN, seedDemo } from '../prisma/seed.ts';
import { TokenService } from '../src/auth/token.ts';
import { createPrisma } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { createReadPool } from '../src/db/read-pool.ts';
import { createLogger } from '../src/logger.ts';
import { startTracing } from '../src/observability/tracing.ts';
import { createApp } from '../src/server.ts';

const SERVER_URL = process.env.BENCH_SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'lexgraph_observability_bench';
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const QUERY = `query OpenMatters { matters(first: 25, filter: { status: OPEN }) { totalCount edges { node { id number title client { name } responsibleAttorney { name } } } } }`;

const admin = new pg.Client({ connectionString: SERVER_URL });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${DATABASE}`);
const url = new URL(SERVER_URL);
url.pathname = `/${DATABASE}`;
const databaseUrl = url.href;
await applyMigrations(databaseUrl);
const prisma = createPrisma(databaseUrl);
await seedDemo(prisma);
const tokens = new TokenService(new TextEncoder().encode('observability-bench-secret-0123456789'), '1h');
const user = await prisma.user.findFirstOrThrow({ where: { email: DEMO_LOGIN.email } });
const token = await tokens.sign({ userId: user.id, firmId: user.firmId, sessionVersion: user.sessionVersion });

async function measure(readPath: boolean): Promise<{ perSecond: number; cpuMs: number }> {
  const pool = createReadPool(databaseUrl, 4);
  const app = await createApp({
    config: { NODE_ENV: 'production', BODY_LIMIT_BYTES: 1_000_000, SHUTDOWN_TIMEOUT_MS: 1_000 },
    prisma,
    tokens,
    log: createLogger('silent'),
    ...(readPath ? { readPath: { pool } } : {}),
  });
  const endpoint = `${await app.listen(0, '127.0.0.1')}/graphql`;
  const post = async () => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: QUERY }),
    });
    if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
    await response.arrayBuffer();
  };
  for (let i = 0; i < 50; i += 1) await post();
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < REQUESTS; i += 1) await post();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  await app.close();
  await pool.end();
  return { perSecond: Math.round(REQUESTS / seconds), cpuMs: +((used.user + used.system) / 1000 / REQUESTS).toFixed(3) };
}

const off = { readPath: await measure(true), resolved: await measure(false) };
const sink = createServer((req, res) => req.resume().on('end', () => res.writeHead(200).end('{}')));
await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${(sink.address() as AddressInfo).port}`;
const tracing = await startTracing('lexgraph-bench');
const on = { readPath: await measure(true), resolved: await measure(false) };
await tracing.shutdown();
sink.close();

for (const path of ['readPath', 'resolved'] as const) {
  console.log(
    `${path}: tracing off ${off[path].perSecond} req/s, ${off[path].cpuMs} ms CPU/req; on ${on[path].perSecond} req/s, ${on[path].cpuMs} ms CPU/req; ` +
      `throughput ratio on/off ${(on[path].perSecond / off[path].perSecond).toFixed(2)}, CPU ratio ${(on[path].cpuMs / off[path].cpuMs).toFixed(2)}`,
  );
}
await prisma.$disconnect();
await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
await admin.end();
