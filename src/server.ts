import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { configurePasswordHashing } from './auth/password.ts';
import { Sessions } from './auth/sessions.ts';
import type { Context } from './core/context.ts';
import { registry } from './core/registry.ts';
import { Services } from './core/services.ts';
import { poolOf } from './db/client.ts';
import { PgListener } from './db/listener.ts';
import { startApollo } from './http/apollo-server.ts';
import type { App, AppDeps, Caller } from './http/app-deps.ts';
import { BodyTooLargeError } from './http/body.ts';
import { corsPolicy } from './http/cors.ts';
import { downloadRoute } from './http/downloads.ts';
import { graphqlHandler } from './http/graphql-handler.ts';
import { readiness } from './http/health.ts';
import { requestIdFrom } from './http/request-id.ts';
import { sendError as requestError, sendJson } from './http/respond.ts';
import { routeDispatcher } from './http/route-dispatch.ts';
import { HTTP_DEFAULTS } from './http/settings.ts';
import { metricsText, trackPool, trackRedis } from './observability/metrics.ts';
import { withRequestTally } from './observability/request-scope.ts';
import { traceRequest } from './observability/tracing.ts';
import { defaultJobSettings } from './queue/settings.ts';
import { attachGraphQLWs } from './realtime/graphql-ws.ts';
import { createPubSub } from './realtime/pubsub.ts';
import { REALTIME_DEFAULTS } from './realtime/settings.ts';
import { schema } from './schema/schema.ts';
import { QueryBudget } from './security/query-budget.ts';
import { RateLimits } from './security/rate-limits.ts';
import { authLimitDefinitions, SECURITY_DEFAULTS } from './security/settings.ts';
import { TrustedDocuments } from './security/trusted-documents.ts';

/**
 * Builds the HTTP server: GraphQL over HTTP (Apollo Server) and graphql-ws on `/graphql`,
 * GraphiQL for browsers, and health endpoints. Nothing listens until `listen`.
 */
export async function createApp({ config, prisma, tokens, log, ...deps }: AppDeps): Promise<App> {
  let draining = false;
  const exposeInternal = config.NODE_ENV === 'development';
  const pubsub = deps.pubsub ?? (await createPubSub({ log }));
  const listener = deps.databaseUrl ? new PgListener(deps.databaseUrl, log) : null;
  if (!listener) log.warn('createApp was given no databaseUrl: changes written by workers (job progress) are not pushed');
  const services = new Services({
    prisma,
    pubsub,
    log,
    liveMinIntervalMs: deps.realtime?.dashboardMinIntervalMs ?? 1_000,
    listen: (channel, onMessage, onResume) =>
      listener?.listen(channel, onMessage, onResume) ?? { ready: Promise.resolve(), stop: () => {} },
    maxWatchesPerUser: deps.realtime?.maxWatchesPerUser ?? 20,
  });
  const routes = [...registry().routes, downloadRoute(registry().files)];
  const http = { ...HTTP_DEFAULTS, ...deps.http };
  const cors = corsPolicy(http.corsOrigins);
  const writePool = poolOf(prisma);
  const untrack = [
    ...(writePool ? [trackPool('write', writePool)] : []),
    ...(deps.readPath ? [trackPool('read', deps.readPath.pool)] : []),
    ...(pubsub.redis ? [trackRedis('pubsub', () => pubsub.redis?.status === 'ready')] : []),
  ];

  const jobs = deps.jobs ?? defaultJobSettings();
  const security = { ...SECURITY_DEFAULTS, ...deps.security };
  configurePasswordHashing({ concurrency: security.hashConcurrency, maxQueued: security.hashMaxQueued });
  const sessions = new Sessions({ prisma, tokens, pubsub, log });
  const throttle = new RateLimits({ redis: pubsub.redis, prefix: pubsub.prefix, limits: authLimitDefinitions(security) });
  const trusted = deps.trustedDocuments ?? TrustedDocuments.load('off');
  const budget = new QueryBudget(
    { maximumAvailable: security.rateLimitBucket, restoreRate: security.rateLimitRestorePerSecond },
    { redis: pubsub.redis, prefix: pubsub.prefix },
  );
  const buildContext = (requestId: string, caller: Caller): Context => ({
    jobs,
    requestId,
    prisma,
    tokens,
    viewer: caller.viewer,
    credential: caller.credential,
    clientIp: caller.clientIp,
    sessions,
    throttle,
    loaders: new Map(),
    log: log.child({ requestId }),
    pubsub,
    services,
  });

  const apollo = await startApollo({
    schema,
    log,
    budget,
    maxQueryCost: security.maxQueryCost,
    trusted,
    readPath: deps.readPath,
    introspection: http.introspection,
    exposeInternal,
  });
  const handleGraphQL = graphqlHandler({
    apollo,
    sessions,
    buildContext,
    graphiql: http.graphiql,
    bodyLimitBytes: config.BODY_LIMIT_BYTES,
    trustProxy: security.trustProxy,
  });
  const dispatchRoute = routeDispatcher({ routes, prisma, tokens, log, jobs, sessions });

  const server = createServer(async (req, res) => {
    const started = performance.now();
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    if (draining) res.setHeader('connection', 'close');
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.on('finish', () =>
      log[url.pathname.startsWith('/health') ? 'debug' : 'info'](
        { requestId, method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round(performance.now() - started) },
        'request',
      ),
    );
    return traceRequest(req, res, url.pathname, requestId, async () => {
      try {
        // A preflight is answered here; other requests go on with their CORS headers.
        if (cors?.(req, res)) return;
        if (url.pathname === '/health/live') return sendJson(res, 200, { status: 'ok' });
        if (url.pathname === '/health/ready') {
          const report = await readiness(prisma, draining, {
            ...(pubsub.mode === 'redis' ? { redis: () => pubsub.health() } : {}),
            ...(deps.worker ? { worker: async () => deps.worker?.status() ?? { status: 'down' as const } } : {}),
          });
          return sendJson(res, report.status === 'unavailable' ? 503 : 200, report);
        }
        if (url.pathname === '/graphql') return await withRequestTally(() => handleGraphQL(req, res, url, requestId)).result;
        if (http.metrics && url.pathname === '/metrics') {
          const { contentType, body } = await metricsText();
          return void res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body);
        }
        return await dispatchRoute(req, res, url, requestId);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          requestError(res, 413, error.message, 'PAYLOAD_TOO_LARGE', { connection: 'close' });
          req.resume();
          return;
        }
        log.error({ err: error, requestId }, 'request failed');
        if (!res.headersSent) requestError(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
        else res.destroy();
      }
    });
  });

  const ws = attachGraphQLWs({
    server,
    schema,
    settings: { ...REALTIME_DEFAULTS, ...deps.realtime },
    pubsub,
    sessions,
    trustProxy: security.trustProxy,
    log,
    exposeInternal,
    introspection: http.introspection,
    buildContext,
    budget,
    maxQueryCost: security.maxQueryCost,
    trusted,
  });

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const { port: actual } = server.address() as AddressInfo;
          resolve(`http://localhost:${actual}`);
        });
      }),
    async close() {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const wsClosed = ws.close();
      const forced = setTimeout(() => server.closeAllConnections(), config.SHUTDOWN_TIMEOUT_MS);
      await closed;
      clearTimeout(forced);
      await wsClosed;
      sessions.close();
      for (const stop of untrack) stop();
      await budget.close();
      await services.close();
      await listener?.close();
      if (!deps.pubsub) await pubsub.close();
      await apollo.stop();
    },
  };
}
