import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import {
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  getOperationAST,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Sessions } from '../auth/sessions.ts';
import type { VerifiedToken } from '../auth/token.ts';
import type { Config } from '../config.ts';
import type { Context, Credential, Viewer } from '../core/context.ts';
import { UnauthenticatedError } from '../core/errors.ts';
import { apiScopeRefusal } from '../core/graphql/api-scopes.ts';
import { expectedErrorCode, formatError } from '../http/errors.ts';
import type { Logger } from '../logger.ts';
import { countErrors } from '../observability/graphql-metrics.ts';
import { countRateLimitRefusal, trackSockets } from '../observability/metrics.ts';
import { checkCost } from '../security/charge.ts';
import { clientIp } from '../security/client-ip.ts';
import { nulCharacterError } from '../security/input-guard.ts';
import { armorValidationRules, PARSE_OPTIONS } from '../security/limits.ts';
import { operationCost } from '../security/operation-check.ts';
import type { QueryBudget } from '../security/query-budget.ts';
import { type TrustedDocuments, untrustedDocument } from '../security/trusted-documents.ts';
import { audienceOf, executeOnce } from './audience.ts';
import { CloseCode } from './close-codes.ts';
import { ConnectionRegistry } from './connection-registry.ts';
import { RealtimeLimitError } from './errors.ts';
import type { PubSub } from './pubsub.ts';
import { TokenBucket } from './rate-limit.ts';
import { authenticateConnection, authorizationParam, type Refusal, refusalOf } from './session.ts';

/** The limits of the WebSocket transport; each has an environment variable (see `config.ts`). */
export interface RealtimeSettings {
  maxConnectionsPerUser: number;
  maxConnections: number;
  maxSubscriptionsPerConnection: number;
  messagesPerSecond: number;
  messageBurst: number;
  maxMessageBytes: number;
  connectionInitTimeoutMs: number;
  /** How often connected users are re-read from the database (a safety net: changes made through LexGraph apply at once). */
  sessionCheckMs: number;
  /** How long a connection slot in Redis outlives its instance's last renewal (a crashed instance's slots free after it). */
  connectionLeaseMs: number;
}

export const REALTIME_DEFAULTS: RealtimeSettings = {
  maxConnectionsPerUser: 5,
  maxConnections: 10_000,
  maxSubscriptionsPerConnection: 100,
  messagesPerSecond: 10,
  messageBurst: 20,
  maxMessageBytes: 64 * 1024,
  connectionInitTimeoutMs: 3_000,
  sessionCheckMs: 15_000,
  connectionLeaseMs: 15_000,
};

/** The WebSocket limits from the environment (see the README's table). */
export function realtimeOptionsFrom(config: Config): RealtimeSettings {
  return {
    maxConnectionsPerUser: config.WS_MAX_CONNECTIONS_PER_USER,
    maxConnections: config.WS_MAX_CONNECTIONS,
    maxSubscriptionsPerConnection: config.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
    messagesPerSecond: config.WS_MESSAGES_PER_SECOND,
    messageBurst: config.WS_MESSAGE_BURST,
    maxMessageBytes: config.WS_MAX_MESSAGE_BYTES,
    connectionInitTimeoutMs: config.WS_CONNECTION_INIT_TIMEOUT_MS,
    sessionCheckMs: config.WS_SESSION_CHECK_MS,
    connectionLeaseMs: config.WS_CONNECTION_LEASE_MS,
  };
}

export interface GraphQLWsDeps {
  server: Server;
  schema: GraphQLSchema;
  settings: RealtimeSettings;
  pubsub: PubSub;
  /** Authentication, and the announcements of changed sessions that reach every instance. */
  sessions: Sessions;
  /** Proxies whose X-Forwarded-For entries are believed (see `clientIp`). */
  trustProxy: number;
  log: Logger;
  exposeInternal: boolean;
  /** Whether operations may introspect the schema (INTROSPECTION); on when omitted. */
  introspection?: boolean;
  buildContext(requestId: string, caller: { viewer: Viewer | null; credential: Credential | null; clientIp: string }): Context;
  /** The query budget every operation start spends from, as over HTTP. */
  budget: QueryBudget;
  maxQueryCost: number;
  /** The trusted documents: operations may name one by hash, and some callers may run nothing else. */
  trusted: TrustedDocuments;
}

interface Connection {
  id: string;
  socket: WebSocket;
  clientIp: string;
  /** The token it authenticated with, and the viewer as of the last check. */
  token?: VerifiedToken;
  viewer?: Viewer;
  acquired: boolean;
  expiry?: NodeJS.Timeout;
  ws?: WsContext;
  /** Request id of each operation, so its log lines (and every event's) join up. */
  operations: Map<string, string>;
}

const MAX_TIMER_MS = 2 ** 31 - 1;

// Apollo gives every parse and validation error (graphql-armor's included) the same code; so do we.
function withCode(errors: readonly GraphQLError[], code: string): GraphQLError[] {
  return errors.map(
    (e) =>
      new GraphQLError(e.message, {
        nodes: e.nodes,
        source: e.source,
        positions: e.positions,
        originalError: e.originalError,
        extensions: { ...e.extensions, code },
      }),
  );
}

/**
 * graphql-ws (graphql-transport-ws) on `/graphql` of `server`: authentication in
 * `connection_init`, the limits of {@link RealtimeSettings} with the close codes of
 * `close-codes.ts`, the HTTP path's depth/alias/cost limits and error masking, and a fresh
 * context (loaders, current viewer) for every event, so nothing is served from a stale cache.
 */
export function attachGraphQLWs(deps: GraphQLWsDeps): { close(): Promise<void> } {
  const { settings, sessions, log, pubsub, schema } = deps;
  const format = formatError(deps.exposeInternal);
  const registry = new ConnectionRegistry({
    redis: pubsub.redis,
    prefix: pubsub.prefix,
    maxPerUser: settings.maxConnectionsPerUser,
    leaseMs: settings.connectionLeaseMs,
    log,
  });
  const connections = new Map<WebSocket, Connection>();
  // Per subscription: the check of its user's state before each event, the context an execution
  // runs with, and its audience (subscribers sharing one share each event's execution).
  const renewers = new WeakMap<object, { check: () => Promise<Viewer>; build: (viewer: Viewer) => Context; audience: string }>();

  const refuse = (connection: Connection, refusal: Refusal) => {
    if (connection.socket.readyState === connection.socket.OPEN) connection.socket.close(refusal.code, refusal.reason);
  };

  // The user's state as of now (from the session cache, which every instance drops when it changes):
  // the viewer an operation runs as, or the close code that ends the connection.
  const current = async (connection: Connection): Promise<Viewer | Refusal> => {
    if (!connection.token) return { code: CloseCode.Unauthorized, reason: 'Sign in to continue' };
    const result = await sessions.check(connection.token);
    if ('refused' in result) return refusalOf(result.refused);
    if (connection.viewer && connection.viewer.role !== result.viewer.role) {
      return { code: CloseCode.Forbidden, reason: 'Your role has changed; connect again' };
    }
    connection.viewer = result.viewer;
    return result.viewer;
  };

  const recheck = async (targets: Connection[]) => {
    for (const connection of targets) {
      const state = await current(connection).catch(() => null);
      if (state && 'code' in state) refuse(connection, state);
    }
  };
  const stopChanges = sessions.onChange((change) => {
    const affected = [...connections.values()].filter(
      (c) =>
        c.viewer &&
        ('userId' in change
          ? c.viewer.id === change.userId
          : 'apiKeyId' in change
            ? c.token?.apiKeyId === change.apiKeyId
            : c.viewer.firmId === change.firmId),
    );
    void recheck(affected);
  });
  const rules = [...specifiedRules, ...armorValidationRules(), ...(deps.introspection === false ? [NoSchemaIntrospectionCustomRule] : [])];

  // Thousands of subscribers send the same few documents: one parsed and validated copy of each
  // serves them all (a parsed document keeps every token, some kilobytes a subscriber otherwise).
  const documents = new Map<string, { document: DocumentNode } | { errors: GraphQLError[] }>();
  const checkDocument = (query: string) => {
    let checked = documents.get(query);
    if (!checked) {
      try {
        const document = parse(query, PARSE_OPTIONS);
        const errors = validate(schema, document, rules);
        checked = errors.length > 0 ? { errors: withCode(errors, 'GRAPHQL_VALIDATION_FAILED') } : { document };
      } catch (error) {
        checked = {
          errors: withCode(
            [error instanceof GraphQLError ? error : new GraphQLError('Could not parse the operation')],
            'GRAPHQL_PARSE_FAILED',
          ),
        };
      }
      if (documents.size >= 1_000) documents.clear();
      documents.set(query, checked);
    }
    return checked;
  };

  const wsServer = new WebSocketServer({ server: deps.server, path: '/graphql', maxPayload: settings.maxMessageBytes });

  // Registered before graphql-ws's own handlers, so limits are checked before any message is handled.
  wsServer.on('connection', (socket, request) => {
    const connection: Connection = {
      id: randomUUID(),
      socket,
      clientIp: clientIp(request, deps.trustProxy),
      acquired: false,
      operations: new Map(),
    };
    connections.set(socket, connection);
    socket.once('close', () => {
      connections.delete(socket);
      clearTimeout(connection.expiry);
      if (connection.acquired && connection.token) registry.release(connection.token.userId, connection.id);
    });
    if (wsServer.clients.size > settings.maxConnections) {
      socket.close(CloseCode.ServerFull, 'Server is at its connection limit; try another instance or later');
      return;
    }
    const bucket = new TokenBucket(settings.messagesPerSecond, settings.messageBurst);
    socket.on('message', () => {
      if (bucket.take()) return;
      countRateLimitRefusal('websocket.messages');
      socket.close(CloseCode.RateLimited, `Too many messages: at most ${settings.messagesPerSecond} per second`);
    });
  });

  const formatAll = (connection: Connection | undefined, operationId: string, errors: readonly GraphQLError[]): GraphQLFormattedError[] => {
    const formatted = errors.map((error) => {
      if (!expectedErrorCode(error)) {
        const requestId = connection?.operations.get(operationId);
        log.error({ err: error.originalError ?? error, path: error.path, requestId }, 'unexpected GraphQL error');
      }
      return format(error.toJSON(), error);
    });
    countErrors(formatted);
    return formatted;
  };

  const handle = useServer<Record<string, unknown>, { connection?: Connection }>(
    {
      schema,
      connectionInitWaitTimeout: settings.connectionInitTimeoutMs,
      onConnect: async (ctx) => {
        const connection = connections.get(ctx.extra.socket);
        if (!connection) return false;
        const auth = await authenticateConnection(sessions, authorizationParam(ctx.connectionParams));
        if (!('session' in auth)) {
          ctx.extra.socket.close(auth.code, auth.reason);
          return false;
        }
        connection.token = auth.token;
        connection.viewer = auth.session.viewer;
        if (!(await registry.acquire(auth.token.userId, connection.id))) {
          ctx.extra.socket.close(
            CloseCode.TooManyUserConnections,
            `Too many connections for this user (at most ${settings.maxConnectionsPerUser})`,
          );
          return false;
        }
        connection.acquired = true;
        if (ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) {
          registry.release(auth.token.userId, connection.id);
          return false;
        }
        connection.ws = ctx as unknown as WsContext;
        connection.expiry = setTimeout(
          () => ctx.extra.socket.close(CloseCode.Unauthorized, 'Session expired; sign in again'),
          Math.min(Math.max(auth.token.expiresAt - Date.now(), 0), MAX_TIMER_MS),
        );
        ctx.extra.connection = connection;
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const connection = ctx.extra.connection;
        if (!connection?.token) return [new GraphQLError('Sign in to continue', { extensions: { code: 'UNAUTHENTICATED' } })];
        if (Object.keys(ctx.subscriptions).length > settings.maxSubscriptionsPerConnection) {
          const limit = settings.maxSubscriptionsPerConnection;
          return [
            new GraphQLError(`Too many operations on this connection (at most ${limit}); complete some first`, {
              originalError: new RealtimeLimitError(`Too many operations on this connection (at most ${limit})`),
            }),
          ];
        }
        const hash = (payload.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
        const query = payload.query || (typeof hash === 'string' ? deps.trusted.byHash(hash) : undefined);
        if (!query) return [untrustedDocument()];
        const checked = checkDocument(query);
        if ('errors' in checked) return checked.errors;
        const { document } = checked;
        const operation = getOperationAST(document, payload.operationName);
        const variables = payload.variables ?? undefined;
        const nul = nulCharacterError(document, variables);
        if (nul) return [nul];
        // Every operation runs as the user is now, as an HTTP request would.
        const viewer = await current(connection).catch((error: unknown) => error as Error);
        if (viewer instanceof Error) return [new GraphQLError(viewer.message, { originalError: viewer })];
        if ('code' in viewer) {
          refuse(connection, viewer);
          return [new GraphQLError(viewer.reason, { extensions: { code: 'UNAUTHENTICATED' } })];
        }
        if (deps.trusted.requiredFor(viewer) && !deps.trusted.has(query)) return [untrustedDocument()];
        const requestId = randomUUID();
        connection.operations.set(id, requestId);
        const { token } = connection;
        const credential = { tokenId: token.tokenId, expiresAt: token.expiresAt };
        const build = (now: Viewer) => deps.buildContext(requestId, { viewer: now, credential, clientIp: connection.clientIp });
        const contextValue = build(viewer);
        if (operation) {
          const denied = apiScopeRefusal(schema, document, operation, viewer.apiKey);
          if (denied) return [denied];
          const report = operationCost(schema, document, operation, variables);
          const { refusal } = await checkCost(contextValue, report, deps.budget, deps.maxQueryCost);
          if (refusal) return [refusal];
        }
        renewers.set(contextValue, {
          check: async () => {
            const now = await current(connection);
            if ('code' in now) {
              refuse(connection, now);
              throw new UnauthenticatedError(now.reason);
            }
            return now;
          },
          build,
          audience: audienceOf(schema, { ...payload, query }, document, viewer),
        });
        return {
          schema,
          document,
          contextValue,
          variableValues: payload.variables,
          operationName: payload.operationName,
        } satisfies Partial<ExecutionArgs> as ExecutionArgs;
      },
      subscribe: async (args) => {
        const source = await createSourceEventStream(args);
        if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
        const subscription = renewers.get(args.contextValue as object);
        const events = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
        const run = (rootValue: unknown, contextValue: unknown) => async () =>
          (await execute({ ...args, rootValue, contextValue })) as ExecutionResult;
        const results: AsyncIterableIterator<ExecutionResult> = {
          async next() {
            const event = await events.next();
            if (event.done) return { value: undefined, done: true };
            if (!subscription) return { value: await run(event.value, args.contextValue)(), done: false };
            // Every subscriber is checked as it is now; the execution is shared with its audience.
            const viewer = await subscription.check();
            return {
              value: await executeOnce(event.value, subscription.audience, run(event.value, subscription.build(viewer))),
              done: false,
            };
          },
          async return() {
            await events.return?.();
            return { value: undefined, done: true };
          },
          [Symbol.asyncIterator]() {
            return this;
          },
        };
        return results;
      },
      onNext: (ctx, id, _payload, _args, result) => {
        if (!result.errors?.length) return;
        return { ...result, errors: formatAll(ctx.extra.connection, id, result.errors) };
      },
      onError: (ctx, id, _payload, errors) => formatAll(ctx.extra.connection, id, errors),
      onComplete: (ctx, id) => {
        ctx.extra.connection?.operations.delete(id);
      },
    },
    wsServer,
  );

  // A safety net beside the announcements: connected users are read again from the database, so a
  // change made outside LexGraph (or an announcement lost with Redis) still reaches their sockets.
  const sweep = setInterval(async () => {
    const live = [...connections.values()].filter((c) => c.token);
    try {
      await sessions.refresh(live.map((c) => c.token?.userId as string));
      await recheck(live);
    } catch (error) {
      log.warn({ err: (error as Error).message }, 'could not re-check WebSocket sessions');
    }
  }, settings.sessionCheckMs);
  sweep.unref();

  const untrack = trackSockets(() => {
    let operations = 0;
    for (const c of connections.values()) operations += c.ws ? Object.keys(c.ws.subscriptions).length : 0;
    return { connections: connections.size, operations };
  });

  const stopInterrupts = pubsub.onInterrupted(() => {
    let closed = 0;
    for (const c of connections.values()) {
      if (c.ws && Object.keys(c.ws.subscriptions).length > 0) {
        c.socket.close(CloseCode.ServiceRestart, 'Live events interrupted; reconnect');
        closed += 1;
      }
    }
    log.warn({ closed }, 'pub/sub interrupted: asked subscribers to reconnect');
  });

  return {
    async close() {
      clearInterval(sweep);
      untrack();
      stopInterrupts();
      stopChanges();
      for (const client of wsServer.clients) client.close(CloseCode.GoingAway, 'Server shutting down');
      await handle.dispose();
      registry.close();
    },
  };
}
