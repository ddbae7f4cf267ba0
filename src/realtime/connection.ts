import type { Context as WsContext } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { WebSocket } from 'ws';
import type { Sessions } from '../auth/sessions.ts';
import type { VerifiedToken } from '../auth/token.ts';
import type { Viewer } from '../core/context.ts';
import { CloseCode } from './close-codes.ts';
import { type Refusal, refusalOf } from './session.ts';

/** One WebSocket as the transport tracks it, from its opening to its close. */
export interface Connection {
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

/** What graphql-ws carries beside each socket: ours, once `connection_init` admitted it. */
export type ConnectionExtra = { connection?: Connection };

/** The graphql-ws context of one socket, as this transport's handlers receive it. */
export type ServerContext = WsContext<Record<string, unknown>, Extra & Partial<ConnectionExtra>>;

/** Closes the connection with the refusal's code, unless it is already closing. */
export function refuse(connection: Connection, refusal: Refusal): void {
  if (connection.socket.readyState === connection.socket.OPEN) connection.socket.close(refusal.code, refusal.reason);
}

/**
 * The user's state as of now (from the session cache, which every instance drops when it changes):
 * the viewer an operation runs as, or the close code that ends the connection.
 */
export async function currentViewer(sessions: Sessions, connection: Connection): Promise<Viewer | Refusal> {
  if (!connection.token) return { code: CloseCode.Unauthorized, reason: 'Sign in to continue' };
  const result = await sessions.check(connection.token);
  if ('refused' in result) return refusalOf(result.refused);
  if (connection.viewer && connection.viewer.role !== result.viewer.role) {
    return { code: CloseCode.Forbidden, reason: 'Your role has changed; connect again' };
  }
  connection.viewer = result.viewer;
  return result.viewer;
}

/** Closes each of `targets` whose user no longer may stay connected. */
export async function recheck(sessions: Sessions, targets: Connection[]): Promise<void> {
  for (const connection of targets) {
    const state = await currentViewer(sessions, connection).catch(() => null);
    if (state && 'code' in state) refuse(connection, state);
  }
}
