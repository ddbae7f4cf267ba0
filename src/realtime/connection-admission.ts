import { randomUUID } from 'node:crypto';
import type { Context as WsContext } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Sessions } from '../auth/sessions.ts';
import { countRateLimitRefusal } from '../observability/metrics.ts';
import { clientIp } from '../security/client-ip.ts';
import { CloseCode } from './close-codes.ts';
import type { Connection, ServerContext } from './connection.ts';
import type { ConnectionRegistry } from './connection-registry.ts';
import { TokenBucket } from './rate-limit.ts';
import { authenticateConnection, authorizationParam } from './session.ts';
import type { RealtimeSettings } from './settings.ts';

const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Tracks every socket of `wsServer` in `connections` and enforces the instance's connection limit
 * and each socket's message rate. Call it before graphql-ws attaches its own handlers, so limits are
 * checked before any message is handled.
 */
export function admitSockets(
  wsServer: WebSocketServer,
  connections: Map<WebSocket, Connection>,
  registry: ConnectionRegistry,
  settings: RealtimeSettings,
  trustProxy: number,
): void {
  wsServer.on('connection', (socket, request) => {
    const connection: Connection = {
      id: randomUUID(),
      socket,
      clientIp: clientIp(request, trustProxy),
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
}

/**
 * graphql-ws's `onConnect`: authenticates `connection_init`, takes one of the user's connection
 * slots, and closes the socket when its token expires.
 */
export function admitConnection(
  connections: Map<WebSocket, Connection>,
  registry: ConnectionRegistry,
  sessions: Sessions,
  settings: RealtimeSettings,
): (ctx: ServerContext) => Promise<boolean> {
  return async (ctx) => {
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
  };
}
