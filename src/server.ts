import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { type DocumentNode, type ExecutionArgs, GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { TokenService } from './auth/token.ts';
import { authenticate } from './auth/viewer.ts';
import type { Config } from './config.ts';
import type { Context, Viewer } from './context.ts';
import type { PrismaClient } from './db/client.ts';
import { BodyTooLargeError, readBody } from './http/body.ts';
import { expectedErrorCode, formatError } from './http/errors.ts';
import { graphiqlPage } from './http/graphiql.ts';
import { readiness } from './http/health.ts';
import { requestIdFrom } from './http/request-id.ts';
import { createLoaders } from './loaders/index.ts';
import type { Logger } from './logger.ts';
import { DomainError } from './resolvers/errors.ts';
import { schema } from './schema/schema.ts';
import { apolloArmor, armorValidationRules, LIMITS } from './security/limits.ts';

export interface AppDeps {
  config: Pick<Config, 'NODE_ENV' | 'BODY_LIMIT_BYTES' | 'SHUTDOWN_TIMEOUT_MS'>;
  prisma: PrismaClient;
  tokens: TokenService;
  log: Logger;
}

export interface App {
  server: Server;
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting, lets in-flight requests finish (up to SHUTDOWN_TIMEOUT_MS), then closes sockets. */
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function requestError(
  res: ServerResponse,
  status: number,
  message: string,
  code = 'BAD_REQUEST',
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, headers);
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
export async function createApp({ config, prisma, tokens, log }: AppDeps): Promise<App> {
  let draining = false;
  const exposeInternal = config.NODE_ENV === 'development';
  const armor = apolloArmor();

  const buildContext = (requestId: string, viewer: Viewer | null): Context => ({
    requestId,
    prisma,
    tokens,
    viewer,
    loaders: createLoaders(prisma, viewer),
    log: log.child({ requestId }),
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

  const apollo = new ApolloServer<Context>({
    schema,
    // graphql-armor is typed against the CommonJS build of @apollo/server; the plugins are the same at run time.
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin<Context>[]), logUnexpected, ApolloServerPluginLandingPageDisabled()],
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    introspection: true,
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
    if (req.method === 'GET' && wantsHtml(req)) {
      const page = graphiqlPage();
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
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
          return buildContext(requestId, await authenticate(prisma, tokens, req.headers.authorization));
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
    try {
      if (url.pathname === '/health/live') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/health/ready') {
        const report = await readiness(prisma, draining);
        return sendJson(res, report.status === 'ok' ? 200 : 503, report);
      }
      if (url.pathname === '/graphql') return await handleGraphQL(req, res, url, requestId);
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

  const wsServer = new WebSocketServer({ server, path: '/graphql', maxPayload: config.BODY_LIMIT_BYTES });
  const wsValidationRules = [...specifiedRules, ...armorValidationRules()];
  const wsHandle = useServer<{ authorization?: string }, { viewer: Viewer | null }>(
    {
      schema,
      onConnect: async (ctx) => {
        try {
          ctx.extra.viewer = await authenticate(prisma, tokens, ctx.connectionParams?.authorization);
        } catch {
          return false;
        }
        return ctx.extra.viewer !== null;
      },
      context: (ctx) => buildContext(requestIdFrom(undefined), ctx.extra.viewer ?? null),
      onSubscribe: (_ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: LIMITS.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Could not parse the operation')];
        }
        const errors = validate(schema, document, wsValidationRules);
        if (errors.length > 0) return errors;
        return {
          schema,
          document,
          variableValues: payload.variables,
          operationName: payload.operationName,
        } satisfies Partial<ExecutionArgs> as ExecutionArgs;
      },
    },
    wsServer,
  );

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
      for (const client of wsServer.clients) client.close(1001, 'Server shutting down');
      const forced = setTimeout(() => server.closeAllConnections(), config.SHUTDOWN_TIMEOUT_MS);
      await closed;
      clearTimeout(forced);
      await wsHandle.dispose();
      await apollo.stop();
    },
  };
}
