import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMetricsServer } from '../../src/observability/metrics-server.ts';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, type FirmFixture, PASSWORD } from '../support/fixtures.ts';
import { histogram, metricValue, samples, scrape } from '../support/prometheus.ts';
import { collect, eventually, type RealtimeTestServer, startRealtimeServer, wsClient } from '../support/realtime.ts';
import { type HttpReceiver, startHttpReceiver } from '../support/receivers.ts';
import { startTestServer } from '../support/server.ts';
import { createEndpoint } from '../webhooks/support.ts';

let api: RealtimeTestServer;
let firm: FirmFixture;
let receiver: HttpReceiver;

beforeAll(async () => {
  api = await startRealtimeServer();
  await resetDatabase();
  firm = await createFirm(api, 'Metrics');
  receiver = await startHttpReceiver(() => 200);
});
afterAll(async () => {
  await api?.close();
  await receiver?.close();
});

const metrics = () => scrape(`${api.url}/metrics`);
// Operation names of this run only, so series of other test files' servers cannot count here.
const probe = () => `Probe${randomBytes(6).toString('hex')}`;

async function call(query: string, operationName: string) {
  return api.gql(query, undefined, { token: firm.admin.token, headers: {} }).then(() => operationName);
}

describe('GET /metrics', () => {
  it('counts the GraphQL requests the test made, by operation name and outcome, with their latency', async () => {
    const name = probe();
    for (let i = 0; i < 3; i += 1) await call(`query ${name} { me { name } }`, name);
    await call(`query ${name} { me { nope } }`, name);
    const families = await metrics();
    expect(metricValue(families, 'lexgraph_graphql_requests_total', { operation: name, outcome: 'success' })).toBe(3);
    expect(metricValue(families, 'lexgraph_graphql_requests_total', { operation: name, outcome: 'refused' })).toBe(1);
    const latency = histogram(families, 'lexgraph_graphql_request_duration_seconds', { operation: name, outcome: 'success' });
    expect(latency.count).toBe(3);
    expect(latency.sum).toBeGreaterThan(0);
  });

  it('counts errors by extensions.code', async () => {
    const before = metricValue(await metrics(), 'lexgraph_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' });
    const name = probe();
    await call(`query ${name} { nothing }`, name);
    await call(`query ${name} { nothing }`, name);
    expect(metricValue(await metrics(), 'lexgraph_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(before + 2);
  });

  it('records the SQL statements of each request', async () => {
    const statements = async () => histogram(await metrics(), 'lexgraph_sql_statements_per_request');
    const before = await statements();
    await createClient(api, firm.admin.token);
    const after = await statements();
    expect(after.count - before.count).toBe(1);
    // A write: its transaction's statements, the audit row and the event at least.
    expect(after.sum - before.sum).toBeGreaterThanOrEqual(3);
  });

  it('reports the database pools, open WebSockets and subscriptions, and Redis', async () => {
    const client = wsClient(api.wsUrl, firm.admin.token);
    const live = collect(client, 'subscription { matterEvents { type } }');
    try {
      await client.connected;
      const families = await eventually(async () => {
        const now = await metrics();
        return metricValue(now, 'lexgraph_ws_subscriptions') >= 1 ? now : undefined;
      });
      expect(metricValue(families, 'lexgraph_ws_connections')).toBeGreaterThanOrEqual(1);
      expect(metricValue(families, 'lexgraph_db_pool_connections_open', { pool: 'write' })).toBeGreaterThanOrEqual(1);
      expect(samples(families, 'lexgraph_db_pool_connections_in_use', { pool: 'read' })).toHaveLength(1);
      expect(samples(families, 'lexgraph_db_pool_waiting', { pool: 'write' })).toHaveLength(1);
      expect(metricValue(families, 'lexgraph_redis_up', { connection: 'pubsub' })).toBe(1);
    } finally {
      live.stop();
      await client.dispose();
    }
  });

  it('counts rate-limit refusals by limit', async () => {
    const limited = await startTestServer({ security: { authMaxFailuresPerAccount: 1 } });
    try {
      const before = metricValue(await metrics(), 'lexgraph_rate_limit_refusals_total', { limit: 'auth.account' });
      const login = `mutation { login(input: { email: "${firm.admin.email}", password: "wrong-${PASSWORD}" }) { __typename } }`;
      await limited.gql(login);
      await limited.gql(login);
      await limited.gql(login);
      expect(metricValue(await metrics(), 'lexgraph_rate_limit_refusals_total', { limit: 'auth.account' })).toBeGreaterThanOrEqual(
        before + 1,
      );
    } finally {
      await limited.close();
    }
  });

  it('counts background jobs by task and outcome, and webhook deliveries by outcome with their latency', async () => {
    const working = await startTestServer({ worker: true });
    try {
      const deliveries = () => metrics().then((f) => metricValue(f, 'lexgraph_webhook_deliveries_total', { outcome: '2xx' }));
      const before = await deliveries();
      await createEndpoint(working, firm.admin.token, receiver.url, ['client.created']);
      await createClient(working, firm.admin.token);
      await eventually(async () => ((await deliveries()) > before ? true : undefined), 20_000, 'a counted delivery');
      // The job is counted once its task has returned, just after the delivery.
      const families = await eventually(async () => {
        const now = await metrics();
        return metricValue(now, 'lexgraph_jobs_total', { task: 'deliver_webhook', outcome: 'success' }) >= 1 ? now : undefined;
      });
      expect(metricValue(families, 'lexgraph_jobs_total', { task: 'deliver_webhook', outcome: 'success' })).toBeGreaterThanOrEqual(1);
      expect(
        histogram(families, 'lexgraph_job_duration_seconds', { task: 'deliver_webhook', outcome: 'success' }).count,
      ).toBeGreaterThanOrEqual(1);
      expect(histogram(families, 'lexgraph_webhook_delivery_duration_seconds', { outcome: '2xx' }).count).toBeGreaterThanOrEqual(1);
      expect(receiver.requests.length).toBeGreaterThanOrEqual(1);
    } finally {
      await working.close();
    }
  });

  it('serves the same metrics on a port of their own (METRICS_PORT)', async () => {
    const own = await startMetricsServer(0, '127.0.0.1');
    try {
      const name = probe();
      await call(`query ${name} { me { name } }`, name);
      expect(metricValue(await scrape(own.url), 'lexgraph_graphql_requests_total', { operation: name })).toBe(1);
      expect((await fetch(own.url.replace('/metrics', '/graphql'))).status).toBe(404);
    } finally {
      await own.close();
    }
  });
});
