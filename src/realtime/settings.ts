import type { Config } from '../config.ts';

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
