import { registry } from '../../core/registry.ts';
import { defineService } from '../../core/services.ts';
import type { Logger } from '../../logger.ts';
import { type EventQueue, type EventStream, eventQueue } from '../../realtime/event-stream.ts';
import type { PubSub } from '../../realtime/pubsub.ts';
import { computeDashboardMetrics, type DashboardMetrics } from './metrics.ts';

interface FirmFeed {
  listeners: Set<EventQueue<DashboardMetrics>>;
  unsubscribe: () => void;
  latest?: DashboardMetrics;
  lastStarted: number;
  timer?: NodeJS.Timeout;
  running: boolean;
  dirty: boolean;
}

export interface DashboardFeedOptions {
  pubsub: PubSub;
  /** Computes a firm's figures as of `startedAt`. */
  compute: (firmId: string, startedAt: Date) => Promise<DashboardMetrics>;
  /** Whether an event's type can change the KPIs. */
  relevant: (eventType: string) => boolean;
  /** Least time between two computations for one firm; defaults to 1 s. */
  minIntervalMs?: number;
  log: Logger;
}

/**
 * One KPI computation per firm, shared by all of the firm's dashboard subscribers on this
 * instance: recomputed when a relevant event arrives, at most once per `minIntervalMs` however
 * many events or subscribers, and each result sent to every subscriber.
 */
export class DashboardFeed {
  private readonly firms = new Map<string, FirmFeed>();

  constructor(private readonly options: DashboardFeedOptions) {}

  /** The firm's KPIs now and after every change, until the stream is ended. */
  subscribe(firmId: string): EventStream<DashboardMetrics> {
    const feed = this.firms.get(firmId) ?? this.open(firmId);
    const queue = eventQueue<DashboardMetrics>(() => this.leave(firmId, queue));
    feed.listeners.add(queue);
    if (feed.latest) queue.push(feed.latest);
    else this.request(firmId, feed);
    return queue.stream;
  }

  private open(firmId: string): FirmFeed {
    const feed: FirmFeed = { listeners: new Set(), unsubscribe: () => {}, lastStarted: 0, running: false, dirty: false };
    feed.unsubscribe = this.options.pubsub.subscribe('firmEvents', firmId, (event) => {
      if (this.options.relevant(event.type)) this.request(firmId, feed);
    });
    this.firms.set(firmId, feed);
    return feed;
  }

  private leave(firmId: string, queue: EventQueue<DashboardMetrics>): void {
    const feed = this.firms.get(firmId);
    if (!feed?.listeners.delete(queue) || feed.listeners.size > 0) return;
    feed.unsubscribe();
    clearTimeout(feed.timer);
    this.firms.delete(firmId);
  }

  private request(firmId: string, feed: FirmFeed): void {
    feed.dirty = true;
    if (feed.timer || feed.running) return;
    const wait = Math.max(0, feed.lastStarted + (this.options.minIntervalMs ?? 1_000) - Date.now());
    feed.timer = setTimeout(() => void this.run(firmId, feed), wait);
  }

  private async run(firmId: string, feed: FirmFeed): Promise<void> {
    feed.timer = undefined;
    // Timers may fire a millisecond early: never start sooner than the interval promises.
    const early = feed.lastStarted + (this.options.minIntervalMs ?? 1_000) - Date.now();
    if (early > 0) {
      feed.timer = setTimeout(() => void this.run(firmId, feed), early);
      return;
    }
    feed.dirty = false;
    feed.running = true;
    feed.lastStarted = Date.now();
    try {
      const metrics = await this.options.compute(firmId, new Date(feed.lastStarted));
      feed.latest = metrics;
      for (const listener of feed.listeners) listener.push(metrics);
    } catch (error) {
      this.options.log.error({ err: error, firmId }, 'dashboard metrics computation failed');
    } finally {
      feed.running = false;
      if (feed.dirty && this.firms.get(firmId) === feed) this.request(firmId, feed);
    }
  }

  close(): void {
    for (const feed of this.firms.values()) {
      clearTimeout(feed.timer);
      feed.unsubscribe();
    }
    this.firms.clear();
  }
}

/**
 * This process's dashboard feed: recomputed after the events their declarations mark as changing
 * the dashboard (`dashboard: true`), at most once per DASHBOARD_MIN_INTERVAL_MS per firm.
 */
export const dashboardFeed = defineService({
  name: 'dashboard feed',
  create: ({ prisma, pubsub, log, liveMinIntervalMs }) => {
    const relevant = new Set(
      registry()
        .events.filter((e) => e.dashboard)
        .map((e) => e.name),
    );
    return new DashboardFeed({
      pubsub,
      compute: (firmId, startedAt) => computeDashboardMetrics(prisma, firmId, startedAt),
      relevant: (type) => relevant.has(type),
      minIntervalMs: liveMinIntervalMs,
      log,
    });
  },
  close: (feed) => feed.close(),
});
