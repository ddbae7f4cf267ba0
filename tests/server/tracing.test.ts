import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, workerDatabaseUrl } from '../support/database.ts';
import { type ServerProcess, startServerProcess } from '../support/process.ts';
import { eventually } from '../support/realtime.ts';
import { type HttpReceiver, startHttpReceiver } from '../support/receivers.ts';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
}

let collector: HttpReceiver;
let server: ServerProcess;

beforeAll(async () => {
  await resetDatabase();
  // A local OTLP/HTTP receiver: the exporter POSTs JSON to <endpoint>/v1/traces.
  collector = await startHttpReceiver(() => 200);
  server = await startServerProcess({
    NODE_ENV: 'development',
    DATABASE_URL: workerDatabaseUrl(),
    MIGRATE_ON_START: 'false',
    SEED_ON_START: 'false',
    WORKER: 'off',
    REDIS_URL: undefined,
    METRICS_PORT: undefined,
    OTEL_EXPORTER_OTLP_ENDPOINT: collector.url.replace(/\/hook$/, ''),
    OTEL_BSP_SCHEDULE_DELAY: '100',
    OTEL_SERVICE_NAME: 'lexgraph-under-test',
  });
}, 90_000);
afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exited;
  await collector?.close();
});

function exported(): { service: string[]; spans: OtlpSpan[] } {
  const service: string[] = [];
  const spans: OtlpSpan[] = [];
  for (const request of collector.requests) {
    const body = JSON.parse(request.body) as {
      resourceSpans: { resource: { attributes: OtlpSpan['attributes'] }; scopeSpans: { spans: OtlpSpan[] }[] }[];
    };
    for (const resource of body.resourceSpans) {
      service.push(...resource.resource.attributes.filter((a) => a.key === 'service.name').map((a) => a.value.stringValue ?? ''));
      for (const scope of resource.scopeSpans) spans.push(...scope.spans);
    }
  }
  return { service, spans };
}

const attribute = (span: OtlpSpan, key: string) => span.attributes.find((a) => a.key === key)?.value.stringValue;

describe('OpenTelemetry traces over OTLP', () => {
  it('exports HTTP request → GraphQL operation (by name) → resolver → SQL as one trace, with the request id', async () => {
    const requestId = `trace-${randomUUID()}`;
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({
        query: `mutation TracedSignup { registerFirm(input: { firmName: "Traced LLP", adminName: "Trace Admin", adminEmail: "trace-${randomUUID()}@example.com", password: "long-enough-password" }) { __typename } }`,
      }),
    });
    expect((await response.json()).data.registerFirm.__typename).toBe('RegisterFirmPayload');

    const operation = await eventually(
      () => exported().spans.find((s) => attribute(s, 'graphql.operation.name') === 'TracedSignup'),
      20_000,
      'the operation span',
    );
    expect(operation.name).toBe('mutation TracedSignup');
    expect(attribute(operation, 'lexgraph.request_id')).toBe(requestId);
    const trace = await eventually(() => {
      const spans = exported().spans.filter((s) => s.traceId === operation.traceId);
      return spans.some((s) => s.name === 'pg.query') && spans.some((s) => s.name === 'POST /graphql') ? spans : undefined;
    }, 20_000);
    const http = trace.find((s) => s.name === 'POST /graphql') as OtlpSpan;
    expect(attribute(http, 'lexgraph.request_id')).toBe(requestId);
    expect(operation.parentSpanId).toBe(http.spanId);
    const resolver = trace.find((s) => s.name === 'Mutation.registerFirm') as OtlpSpan;
    expect(resolver.parentSpanId).toBe(operation.spanId);
    const statements = trace.filter((s) => s.name === 'pg.query');
    expect(statements.some((s) => s.parentSpanId === resolver.spanId)).toBe(true);
    expect(statements.some((s) => /INSERT INTO "public"\."Firm"|INSERT INTO "Firm"/.test(attribute(s, 'db.query.text') ?? ''))).toBe(true);
    expect(exported().service).toContain('lexgraph-under-test');
  });
});
