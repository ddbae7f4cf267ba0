import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import { configurePasswordHashing } from './auth/password.ts';
import { Sessions } from './auth/sessions.ts';
import type { TokenService } from './auth/token.ts';
import type { Config } from './config.ts';
import type { Context, Credential, Viewer } from './core/context.ts';
import { DomainError, UnauthenticatedError } from './core/errors.ts';
import { registry } from './core/registry.ts';
import { Services } from './core/services.ts';
import { type PrismaClient, poolOf } from './db/client.ts';
import { PgListener } from './db/listener.ts';
import { BodyTooLargeError, readBody } from './http/body.ts';
import { busyResponse } from './http/busy.ts';
import { corsPolicy } from './http/cors.ts';
import { downloadRoute } from './http/downloads.ts';
import { expectedErrorCode, formatError } from './http/errors.ts';
import { graphiqlPage } from './http/graphiql.ts';
import { readiness } from './http/health.ts';
import { requestIdFrom } from './http/request-id.ts';
import { sendError as requestError, sendJson } from './http/respond.ts';
import { htmlSecurityHeaders } from './http/security-headers.ts';
import { HTTP_DEFAULTS, type HttpSettings } from './http/settings.ts';
import type { Logger } from './logger.ts';
import { graphqlMetricsPlugin } from './observability/graphql-metrics.ts';
import { graphqlTracingPlugin, traceResolvers } from './observability/graphql-tracing.ts';
import { metricsText, trackPool, trackRedis } from './observability/metrics.ts';
import { currentTally, withRequestTally } from './observability/request-scope.ts';
import { traceRequest, tracingEnabled } from './observability/tracing.ts';
import type { WorkerRuntime } from './queue/runtime.ts';
import { defaultJobSettings, type JobSettings } from './queue/settings.ts';
import { type ReadPathOptions, readPathPlugin } from './readpath/plugin.ts';
import { attachGraphQLWs } from './realtime/graphql-ws.ts';
import { createPubSub, type PubSub } from './realtime/pubsub.ts';
import { REALTIME_DEFAULTS, type RealtimeSettings } from './realtime/settings.ts';
import { schema } from './schema/schema.ts';
import { clientIp } from './security/client-ip.ts';
import { costPlugin } from './security/cost-plugin.ts';
import { apolloArmor, PARSE_OPTIONS } from './security/limits.ts';
import { QueryBudget } from './security/query-budget.ts';
import { RateLimits } from './security/rate-limits.ts';
import { authLimitDefinitions, SECURITY_DEFAULTS, type SecuritySettings } from './security/settings.ts';
import { TrustedDocuments } from './security/trusted-documents.ts';

export interface AppDeps {
  config: Pick<Config, 'NODE_ENV' | 'BODY_LIMIT_BYTES' | 'SHUTDOWN_TIMEOUT_MS'>;
  prisma: PrismaClient;
  tokens: TokenService;
  log: Logger;
  /** Where committed changes are published; an in-process pub/sub (single instance) when omitted. */
  pubsub?: PubSub;
  /** WebSocket limits, dashboard pacing and live watches per user; each defaults to {@link REALTIME_DEFAULTS} (dashboard: 1 s, watches: 20). */
  realtime?: Partial<RealtimeSettings> & { dashboardMinIntervalMs?: number; maxWatchesPerUser?: number };
  /** Settings of background work that services enqueue with; defaults with a random webhook key when omitted. */
  jobs?: JobSettings;
  /** The background worker running in this process (WORKER=inline), reported by /health/ready. */
  worker?: Pick<WorkerRuntime, 'status'> | null;
  /** The SQL read path's pool (and statement hook); without it every operation is resolved field by field. */
  readPath?: Pick<ReadPathOptions, 'pool' | 'onQuery'>;
  /** Sign-in limits, client addresses and password hashing; each defaults to {@link SECURITY_DEFAULTS}. */
  security?: Partial<SecuritySettings>;
  /** The database the server LISTENs on for pushed changes (job progress); without it nothing is pushed. */
  databaseUrl?: string;
  /** The trusted documents and whether every caller must use them; by default the codegen manifest, not required. */
  trustedDocuments?: TrustedDocuments;
  /** CORS, GraphiQL and introspection; each defaults to {@link HTTP_DEFAULTS}. */
  http?: Partial<HttpSettings>;
}

/** Who a request or WebSocket operation comes from, as its context is built for. */
export interface Caller {
  viewer: Viewer | null;
  credential: Credential | null;
  clientIp: string;
}

export interface App {
  server: Server;
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting, lets in-flight requests finish (up to SHUTDOWN_TIMEOUT_MS), then closes sockets. */
  close(): Promise<void>;
}

// Browsers navigating to /graphql get GraphiQL, which reads `?query=` to prefill its editor;
// GraphQL clients send Accept: application/json or application/graphql-response+json instead.
function wantsHtml(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

/**
 * Builds the HTTP server: GraphQL over HTTP (Apollo Server) and graphql-ws on `/graphql`,
 * GraphiQL for browsers, and health endpoints. Nothing listens until `listen`.
 */
export async function createApp({ config, prisma, tokens, log, ...deps }: AppDeps): Promise<App> {
  let draining = false;
  const exposeInternal = config.NODE_ENV === 'development';
  const armor = apolloArmor();
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

  const logUnexpected: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (!expectedErrorCode(error))
              contextValue.log.error({ err: error.originalError ?? error, path: error.path }, 'unexpected GraphQL error');
          }
        },
      };
    },
  };

  if (tracingEnabled()) traceResolvers(schema);
  const apollo = new ApolloServer<Context>({
    schema,
    // main.ts owns SIGTERM/SIGINT: Apollo's own handlers (on outside NODE_ENV=test) raced it and hung shutdown.
    stopOnTerminationSignals: false,
    // graphql-armor is typed against the CommonJS build of @apollo/server; the plugins are the same at run time.
    plugins: [
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      costPlugin(schema, budget, security.maxQueryCost, trusted),
      graphqlMetricsPlugin(currentTally),
      ...(tracingEnabled() ? [graphqlTracingPlugin()] : []),
      busyResponse,
      logUnexpected,
      ...(deps.readPath ? [readPathPlugin({ schema, log, ...deps.readPath })] : []),
      // Nothing reads cache hints; its per-field hook would only cost.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
    ],
    validationRules: armor.validationRules,
    parseOptions: PARSE_OPTIONS,
    allowBatchedHttpRequests: false,
    // Hashes resolve to the trusted documents (and, unless they are required, to documents clients registered).
    persistedQueries: { cache: trusted.cache() },
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    introspection: http.introspection,
    formatError: formatError(exposeInternal),
    logger: {
      debug: (m) => log.debug(m),
      info: (m) => log.info(m),
      warn: (m) => log.warn(m),
      error: (m) => log.error(m),
    },
  });
  await apollo.start();

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string): Promise<void> {
    if (http.graphiql && req.method === 'GET' && wantsHtml(req)) {
      const page = graphiqlPage();
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
        ...htmlSecurityHeaders(page),
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(gzip ? page.gzip : page.html);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'POST') {
      requestError(res, 405, 'GraphQL accepts GET (queries) and POST', 'METHOD_NOT_ALLOWED', { allow: 'GET, POST' });
      return;
    }
    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, config.BODY_LIMIT_BYTES);
      const contentType = String(req.headers['content-type'] ?? '');
      if (contentType.includes('json')) {
        try {
          body = JSON.parse(raw);
        } catch (error) {
          requestError(res, 400, `Request body is not valid JSON: ${(error as Error).message}`);
          return;
        }
      } else {
        body = raw;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method, headers, search: url.search, body },
      context: async () => {
        try {
          const { viewer, credential } = await sessions.authenticate(req.headers.authorization);
          return buildContext(requestId, { viewer, credential, clientIp: clientIp(req, security.trustProxy) });
        } catch (error) {
          if (error instanceof DomainError) {
            throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
          }
          throw error;
        }
      },
    });
    const outHeaders: Record<string, string> = {};
    for (const [key, value] of result.headers) outHeaders[key] = value;
    res.writeHead(result.status ?? 200, outHeaders);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

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
        const matching = routes.filter((r) => (r.prefix ? url.pathname.startsWith(r.path) : url.pathname === r.path));
        const method = req.method === 'HEAD' ? 'GET' : req.method;
        const route = matching.find((r) => r.method === method);
        if (route)
          return await route.handle(
            req,
            res,
            { url, rest: url.pathname.slice(route.path.length), requestId },
            {
              prisma,
              tokens,
              log,
              jobs,
              authenticate: async (authorization) => {
                const { viewer } = await sessions.authenticate(authorization);
                // A key reaches a plain route only with the scope the route names.
                const wanted = typeof route.scope === 'string' ? [route.scope] : (route.scope ?? []);
                if (viewer?.apiKey && !wanted.some((scope) => viewer.apiKey?.scopes.includes(scope)))
                  throw new UnauthenticatedError(`This API key lacks the scope ${wanted.join(' or ') || 'this route needs'}`);
                return viewer;
              },
            },
          );
        if (matching.length > 0) {
          const allow = [...new Set(matching.map((r) => r.method))].join(', ');
          return requestError(res, 405, `${url.pathname} accepts ${allow}`, 'METHOD_NOT_ALLOWED', { allow });
        }
        requestError(res, 404, `No route for ${req.method} ${url.pathname}; GraphQL is at /graphql`, 'NOT_FOUND');
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
