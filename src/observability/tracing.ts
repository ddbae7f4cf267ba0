import type { IncomingMessage, ServerResponse } from 'node:http';
import { context, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

let enabled = false;

/** The tracer every span of LexGraph comes from (a no-op until {@link startTracing}). */
export const tracer = () => trace.getTracer('lexgraph');

/** Whether traces are exported: instrumentation that costs anything checks this first. */
export function tracingEnabled(): boolean {
  return enabled;
}

/**
 * Exports traces over OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT (read by the exporter, with the
 * other standard OTEL_* variables). The SDK is loaded here, only when tracing is wanted, so a
 * start without it loads none of it.
 */
export async function startTracing(serviceName: string): Promise<{ shutdown(): Promise<void> }> {
  const [{ TracerProvider, BatchSpanProcessor }, { AsyncLocalStorageContextManager }, { OTLPTraceExporter }, { resourceFromAttributes }] =
    await Promise.all([
      import('@opentelemetry/sdk-trace'),
      import('@opentelemetry/context-async-hooks'),
      import('@opentelemetry/exporter-trace-otlp-http'),
      import('@opentelemetry/resources'),
    ]);
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter() })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(provider);
  enabled = true;
  return { shutdown: () => provider.shutdown() };
}

/** Runs `work` inside a server span for the HTTP request (with its request id), ended when the response is. */
export function traceRequest<T>(req: IncomingMessage, res: ServerResponse, path: string, requestId: string, work: () => T): T {
  if (!enabled) return work();
  return tracer().startActiveSpan(
    `${req.method} ${path}`,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method ?? '', 'url.path': path, 'lexgraph.request_id': requestId } },
    (span) => {
      res.once('close', () => {
        span.setAttribute('http.response.status_code', res.statusCode);
        if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      });
      return work();
    },
  );
}

/**
 * Runs `work` (a statement) inside a client span of the current one, ended when its promise
 * settles. Without tracing, or outside a traced request (background jobs, pool upkeep), it is
 * `work()` and nothing more.
 */
export function traceStatement<T>(text: unknown, work: () => T): T {
  if (!enabled || !trace.getSpan(context.active())) return work();
  const span = tracer().startSpan('pg.query', {
    kind: SpanKind.CLIENT,
    attributes: { 'db.system.name': 'postgresql', 'db.query.text': String(text).slice(0, 2_000) },
  });
  const result = context.with(trace.setSpan(context.active(), span), work);
  const pending = result as unknown as PromiseLike<unknown> | undefined;
  if (pending && typeof pending.then === 'function') {
    pending.then(
      () => span.end(),
      (error: unknown) => {
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        span.end();
      },
    );
  } else {
    span.end();
  }
  return result;
}

/** Ends `span`, marked failed when `failed`. */
export function endSpan(span: Span, failed: boolean): void {
  if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}
