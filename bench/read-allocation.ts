/**
 * Memory allocated and CPU time spent per read request, with the SQL read path on and off (every
 * field resolved), measured inside one process: the server runs in this process with a young
 * generation large enough that no garbage collection happens during a measured batch, so the heap
 * growth of a batch is what its requests allocated. Requests go one at a time over HTTP keep-alive.
 *
 *   node --expose-gc --max-semi-space-size=1024 --import tsx bench/read-allocation.ts
 *
 * Needs the database the read-path benchmark seeds (`node --import tsx bench/read-path.ts` leaves
 * `lexgraph_read_path_bench` behind with 10,000 matters), or BENCH_DATABASE_URL.
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { TokenService } from '../src/auth/token.ts';
import { createPrisma } from '../src/db/client.ts';
import { createReadPool } from '../src/db/read-pool.ts';
import { createLogger } from '../src/logger.ts';
import { createApp } from '../src/server.ts';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/lexgraph_read_path_bench';
const QUERIES = ['small', 'flat', 'nested'];
const BATCH = Number(process.env.BENCH_BATCH ?? 20);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc --max-semi-space-size=1024');

const agent = new Agent({ keepAlive: true, maxSockets: 1 });
function post(url: string, body: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } },
      (res) => {
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
        });
        res.on('end', () => (res.statusCode === 200 ? resolve(size) : reject(new Error(`HTTP ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function measure(readPath: boolean): Promise<Record<string, { kib: number; cpuMs: number; responseKiB: number }>> {
  const prisma = createPrisma(DATABASE_URL);
  const pool = createReadPool(DATABASE_URL, 2);
  const log = createLogger('silent');
  const tokens = new TokenService(new TextEncoder().encode('read-allocation-bench-secret-0123456789'), '1h');
  const app = await createApp({
    config: { NODE_ENV: 'production', BODY_LIMIT_BYTES: 1_000_000, SHUTDOWN_TIMEOUT_MS: 1_000 },
    prisma,
    tokens,
    log,
    ...(readPath ? { readPath: { pool } } : {}),
  });
  const url = `${await app.listen(0, '127.0.0.1')}/graphql`;
  const admin = await prisma.user.findFirstOrThrow({ where: { email: 'admin@perf.test' } });
  const token = await tokens.sign({ userId: admin.id, firmId: admin.firmId });
  const results: Record<string, { kib: number; cpuMs: number; responseKiB: number }> = {};
  for (const name of QUERIES) {
    const body = JSON.stringify({ query: readFileSync(new URL(`./read-path/queries/${name}.graphql`, import.meta.url), 'utf8') });
    for (let i = 0; i < 30; i += 1) await post(url, body, token);
    gc?.();
    const heap = process.memoryUsage().heapUsed;
    const cpu = process.cpuUsage();
    let size = 0;
    for (let i = 0; i < BATCH; i += 1) size = await post(url, body, token);
    const used = process.cpuUsage(cpu);
    results[name] = {
      kib: Math.round((process.memoryUsage().heapUsed - heap) / BATCH / 1024),
      cpuMs: +((used.user + used.system) / 1000 / BATCH).toFixed(2),
      responseKiB: Math.round(size / 1024),
    };
  }
  await app.close();
  await pool.end();
  await prisma.$disconnect();
  return results;
}

const resolvers = await measure(false);
const sql = await measure(true);
console.log(
  '| query | response KiB | allocated KiB/request: resolvers → read path (ratio) | CPU ms/request (server and client in one process): resolvers → read path (ratio) |',
);
console.log('|---|---|---|---|');
for (const name of QUERIES) {
  const [a, b] = [resolvers[name], sql[name]];
  console.log(
    `| ${name} | ${b.responseKiB} | ${a.kib} → ${b.kib} (${(b.kib / a.kib).toFixed(2)}) | ${a.cpuMs} → ${b.cpuMs} (${(b.cpuMs / a.cpuMs).toFixed(2)}) |`,
  );
}
process.exit(0);
