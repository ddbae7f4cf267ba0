import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { trackSockets } from '../observability/metrics.ts';
import { CloseCode } from './close-codes.ts';
import { type Connection, type ConnectionExtra, recheck } from './connection.ts';
import { admitConnection, admitSockets } from './connection-admission.ts';
import { ConnectionRegistry } from './connection-registry.ts';
import { documentChecker } from './documents.ts';
import { errorFormatter } from './error-reporting.ts';
import type { GraphQLWsDeps } from './graphql-ws-deps.ts';
import { operationStarter } from './operation-start.ts';
import { type Renewal, renewingSubscribe } from './renewing-execution.ts';

/**
 * graphql-ws (graphql-transport-ws) on `/graphql` of `server`: authentication in
 * `connection_init`, the limits of {@link RealtimeSettings} with the close codes of
 * `close-codes.ts`, the HTTP path's depth/alias/cost limits and error masking, and a fresh
 * context (loaders, current viewer) for every event, so nothing is served from a stale cache.
 */
export function attachGraphQLWs(deps: GraphQLWsDeps): { close(): Promise<void> } {
  const { settings, sessions, log, pubsub, schema } = deps;
  const registry = new ConnectionRegistry({
    redis: pubsub.redis,
    prefix: pubsub.prefix,
    maxPerUser: settings.maxConnectionsPerUser,
    leaseMs: settings.connectionLeaseMs,
    log,
  });
  const connections = new Map<WebSocket, Connection>();
  const renewers = new WeakMap<object, Renewal>();

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
    void recheck(sessions, affected);
  });

  const wsServer = new WebSocketServer({ server: deps.server, path: '/graphql', maxPayload: settings.maxMessageBytes });
  admitSockets(wsServer, connections, registry, settings, deps.trustProxy);

  const formatAll = errorFormatter(deps.exposeInternal, log);
  const handle = useServer<Record<string, unknown>, ConnectionExtra>(
    {
      schema,
      connectionInitWaitTimeout: settings.connectionInitTimeoutMs,
      onConnect: admitConnection(connections, registry, sessions, settings),
      onSubscribe: operationStarter(deps, documentChecker(schema, deps.introspection), renewers),
      subscribe: renewingSubscribe(renewers),
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
      await recheck(sessions, live);
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
