import type { Config } from '../config.ts';
import type { Realtime } from '../context.ts';
import type { PrismaClient } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { computeDashboardMetrics, DASHBOARD_EVENT_TYPES } from '../resolvers/dashboard.ts';
import { DashboardFeed } from './dashboard-feed.ts';
import type { RealtimeSettings } from './graphql-ws.ts';
import type { PubSub } from './pubsub.ts';

/**
 * The realtime services of one server process over `pubsub`; dashboard KPIs are recomputed at
 * most once per `dashboardMinIntervalMs` (default 1 s) per firm.
 */
export function createRealtime(pubsub: PubSub, prisma: PrismaClient, log: Logger, dashboardMinIntervalMs = 1_000): Realtime {
  const dashboard = new DashboardFeed({
    pubsub,
    compute: (firmId) => computeDashboardMetrics(prisma, firmId),
    relevant: (type) => DASHBOARD_EVENT_TYPES.has(type),
    minIntervalMs: dashboardMinIntervalMs,
    log,
  });
  return { pubsub, dashboard };
}

/** The WebSocket limits and dashboard pacing from the environment (see the README's table). */
export function realtimeOptionsFrom(config: Config): Partial<RealtimeSettings> & { dashboardMinIntervalMs: number } {
  return {
    maxConnectionsPerUser: config.WS_MAX_CONNECTIONS_PER_USER,
    maxConnections: config.WS_MAX_CONNECTIONS,
    maxSubscriptionsPerConnection: config.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
    messagesPerSecond: config.WS_MESSAGES_PER_SECOND,
    messageBurst: config.WS_MESSAGE_BURST,
    maxMessageBytes: config.WS_MAX_MESSAGE_BYTES,
    connectionInitTimeoutMs: config.WS_CONNECTION_INIT_TIMEOUT_MS,
    sessionCheckMs: config.WS_SESSION_CHECK_MS,
    dashboardMinIntervalMs: config.DASHBOARD_MIN_INTERVAL_MS,
  };
}
