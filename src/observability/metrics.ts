import type pg from 'pg';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics (served on GET /metrics, or on METRICS_PORT). One registry per
 * process: API servers, the worker and webhook delivery in it all count into the same series, and
 * the gauges sum over every pool, socket server and Redis connection this process has open.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'lexgraph_process_' });

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
// Operation names come from clients: past this many distinct ones, the rest count as "other".
const MAX_OPERATION_NAMES = 200;
const operationNames = new Set<string>();

export const graphqlRequests = new Counter({
  name: 'lexgraph_graphql_requests_total',
  help: 'GraphQL operations over HTTP, by operation name and outcome (success, error, refused).',
  labelNames: ['operation', 'outcome'] as const,
  registers: [registry],
});
export const graphqlDuration = new Histogram({
  name: 'lexgraph_graphql_request_duration_seconds',
  help: 'Time to answer a GraphQL operation over HTTP, by operation name and outcome.',
  labelNames: ['operation', 'outcome'] as const,
  buckets: SECONDS,
  registers: [registry],
});
export const graphqlErrors = new Counter({
  name: 'lexgraph_graphql_errors_total',
  help: 'GraphQL errors sent to clients (HTTP and WebSocket), by extensions.code.',
  labelNames: ['code'] as const,
  registers: [registry],
});
export const sqlPerRequest = new Histogram({
  name: 'lexgraph_sql_statements_per_request',
  help: 'SQL statements one GraphQL request over HTTP sent (both pools).',
  buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 100],
  registers: [registry],
});
export const jobRuns = new Counter({
  name: 'lexgraph_jobs_total',
  help: 'Background job attempts finished, by task and outcome (success, error: retried, failed: attempts spent).',
  labelNames: ['task', 'outcome'] as const,
  registers: [registry],
});
export const jobDuration = new Histogram({
  name: 'lexgraph_job_duration_seconds',
  help: 'Time one background job attempt ran, by task and outcome.',
  labelNames: ['task', 'outcome'] as const,
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300],
  registers: [registry],
});
export const webhookDeliveries = new Counter({
  name: 'lexgraph_webhook_deliveries_total',
  help: 'Webhook POST attempts, by outcome (2xx, 3xx, 4xx, 5xx, timeout, refused, network).',
  labelNames: ['outcome'] as const,
  registers: [registry],
});
export const webhookDuration = new Histogram({
  name: 'lexgraph_webhook_delivery_duration_seconds',
  help: 'Time from connecting to a webhook receiver to its answer (or the failure), by outcome.',
  labelNames: ['outcome'] as const,
  buckets: SECONDS,
  registers: [registry],
});
export const rateLimitRefusals = new Counter({
  name: 'lexgraph_rate_limit_refusals_total',
  help: 'Requests or messages refused by a rate limit, by the limit that refused them.',
  labelNames: ['limit'] as const,
  registers: [registry],
});

/** A count some part of the process can report when scraped (pools, sockets). */
type Sample = () => number;
const sampled = (name: string, help: string, labelNames: readonly string[]) => {
  const sources = new Map<string, Set<Sample>>();
  new Gauge({
    name,
    help,
    labelNames,
    registers: [registry],
    collect() {
      this.reset();
      for (const [key, samples] of sources) {
        let total = 0;
        for (const sample of samples) total += sample();
        this.set(labelNames.length ? { [labelNames[0]]: key } : {}, total);
      }
    },
  });
  return (key: string, sample: Sample): (() => void) => {
    const set = sources.get(key) ?? new Set();
    sources.set(key, set.add(sample));
    return () => set.delete(sample);
  };
};

const poolInUse = sampled('lexgraph_db_pool_connections_in_use', 'Database connections checked out, by pool (write, read).', ['pool']);
const poolWaiting = sampled('lexgraph_db_pool_waiting', 'Requests waiting for a database connection, by pool.', ['pool']);
const poolOpen = sampled('lexgraph_db_pool_connections_open', 'Database connections open, by pool.', ['pool']);
const socketConnections = sampled('lexgraph_ws_connections', 'Open WebSocket connections on this process.', []);
const socketOperations = sampled('lexgraph_ws_subscriptions', 'Running WebSocket operations (subscriptions) on this process.', []);
const redisUp = sampled('lexgraph_redis_up', 'Whether Redis answers (1) or not (0), by connection; absent without REDIS_URL.', [
  'connection',
]);

/** Reports `pool`'s connections in use, open and waited for while scraped; the returned function stops. */
export function trackPool(name: string, pool: Pick<pg.Pool, 'totalCount' | 'idleCount' | 'waitingCount'>): () => void {
  const stops = [
    poolInUse(name, () => pool.totalCount - pool.idleCount),
    poolWaiting(name, () => pool.waitingCount),
    poolOpen(name, () => pool.totalCount),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}

/** Reports a socket server's open connections and running operations while scraped. */
export function trackSockets(counts: () => { connections: number; operations: number }): () => void {
  const stops = [socketConnections('', () => counts().connections), socketOperations('', () => counts().operations)];
  return () => {
    for (const stop of stops) stop();
  };
}

/** Reports whether Redis is up (`up()` reads the client's state, no round trip) while scraped. */
export function trackRedis(connection: string, up: () => boolean): () => void {
  return redisUp(connection, () => (up() ? 1 : 0));
}

/** The operation name a series is labelled with: bounded, so clients cannot grow the series without end. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (operationNames.has(name)) return name;
  if (operationNames.size >= MAX_OPERATION_NAMES || !/^[_A-Za-z]\w{0,99}$/.test(name)) return 'other';
  operationNames.add(name);
  return name;
}

/**
 * Counts one refusal by the rate limit `limit` (e.g. `auth.address`, `websocket.messages`). The one
 * hook every limiter calls when it refuses.
 */
export function countRateLimitRefusal(limit: string): void {
  rateLimitRefusals.inc({ limit });
}

/** The Prometheus text exposition of every metric, and its content type. */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  return { contentType: registry.contentType, body: await registry.metrics() };
}
