import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub as InProcessPubSub, type PubSubEngine } from 'graphql-subscriptions';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import { channelName, type Topic, type TopicPayloads } from './topics.ts';

export interface DependencyStatus {
  status: 'up' | 'down';
  latencyMs?: number;
  error?: string;
}

/** Typed publish/subscribe over Redis (shared by every instance) or, without Redis, in this process. */
export interface PubSub {
  readonly mode: 'redis' | 'in-process';
  /** The command connection, for shared counters; absent in-process. */
  readonly redis?: Redis;
  /** The prefix of every channel and key, so deployments (and test runs) sharing a Redis stay apart. */
  readonly prefix: string;
  /** Rejects when Redis is unreachable (fast: commands are not queued while it is down). */
  publish<T extends Topic>(topic: T, scope: string, payload: TopicPayloads[T]): Promise<void>;
  /**
   * Calls `onMessage` with every payload published on the topic and scope from now on, on any
   * instance; returns the function that stops it. While Redis is down the subscription waits and
   * resumes once it is back.
   */
  subscribe<T extends Topic>(topic: T, scope: string, onMessage: (payload: TopicPayloads[T]) => void): () => void;
  /** Whether messages published anywhere reach this instance right now (always in-process; Redis: the subscriber is connected). */
  live(): boolean;
  /** `listener` runs each time the live feed is cut (Redis connection lost); returns its remover. */
  onInterrupted(listener: () => void): () => void;
  health(): Promise<DependencyStatus>;
  close(): Promise<void>;
}

export interface PubSubOptions {
  /** Redis URL; without it events stay in this process. */
  redisUrl?: string;
  /** Prefix of every channel and key; defaults to `lexgraph:`. */
  prefix?: string;
  /** How long start-up waits for Redis before carrying on degraded; defaults to 5 s. */
  connectTimeoutMs?: number;
  log: Logger;
}

const HEALTH_TIMEOUT_MS = 1_000;

// Reconnect forever, backing off from 100 ms to 3 s: Redis coming back must need no restart.
const retryStrategy = (attempt: number) => Math.min(100 * 2 ** Math.min(attempt, 5), 3_000);

function waitReady(client: Redis, ms: number): Promise<boolean> {
  if (client.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      client.off('ready', onReady);
      resolve(false);
    }, ms);
    const onReady = () => {
      clearTimeout(timer);
      resolve(true);
    };
    client.once('ready', onReady);
  });
}

function wrap(
  engine: PubSubEngine,
  mode: PubSub['mode'],
  prefix: string,
  log: Logger,
  extras: Pick<PubSub, 'health' | 'close' | 'onInterrupted' | 'redis' | 'live'>,
): PubSub {
  return {
    mode,
    prefix,
    ...extras,
    publish: (topic, scope, payload) => engine.publish(channelName(prefix, topic, scope), payload),
    subscribe(topic, scope, onMessage) {
      let id: number | undefined;
      let stopped = false;
      engine.subscribe(channelName(prefix, topic, scope), onMessage, {}).then(
        (subId) => {
          if (stopped) engine.unsubscribe(subId);
          else id = subId;
        },
        (error: unknown) => log.error({ err: error, topic, scope }, 'pub/sub subscribe failed'),
      );
      return () => {
        if (stopped) return;
        stopped = true;
        if (id !== undefined) engine.unsubscribe(id);
      };
    },
  };
}

/**
 * The pub/sub of this process: Redis (`graphql-redis-subscriptions` over two `ioredis`
 * connections, a publisher and a subscriber, reconnecting with backoff) when `redisUrl` is set,
 * otherwise in-process (`graphql-subscriptions`), which only suits a single instance.
 */
export async function createPubSub({ redisUrl, prefix = 'lexgraph:', connectTimeoutMs = 5_000, log }: PubSubOptions): Promise<PubSub> {
  if (!redisUrl) {
    return wrap(new InProcessPubSub(), 'in-process', prefix, log, {
      health: async () => ({ status: 'up' }),
      live: () => true,
      close: async () => {},
      onInterrupted: () => () => {},
    });
  }
  // Publishing must fail fast while Redis is away (a mutation waits for its after-commit effects);
  // the subscriber instead keeps its commands until Redis is back, so subscriptions resume.
  const publisher = new Redis(redisUrl, { retryStrategy, enableOfflineQueue: false, commandTimeout: 2_000, maxRetriesPerRequest: 1 });
  const subscriber = new Redis(redisUrl, { retryStrategy, maxRetriesPerRequest: null, autoResubscribe: true });
  const interruptedListeners = new Set<() => void>();
  let wasReady = false;
  for (const [role, client] of [
    ['publisher', publisher],
    ['subscriber', subscriber],
  ] as const) {
    let lastError = '';
    client.on('error', (error: Error) => {
      if (error.message !== lastError) log.warn({ role, err: error.message }, 'Redis connection error');
      lastError = error.message;
    });
    client.on('ready', () => {
      if (lastError) log.info({ role }, 'Redis connection restored');
      lastError = '';
    });
  }
  subscriber.on('ready', () => {
    wasReady = true;
  });
  subscriber.on('close', () => {
    if (!wasReady) return;
    wasReady = false;
    for (const listener of interruptedListeners) listener();
  });
  const [pubReady, subReady] = await Promise.all([waitReady(publisher, connectTimeoutMs), waitReady(subscriber, connectTimeoutMs)]);
  if (!pubReady || !subReady) log.warn({ redisUrl: new URL(redisUrl).host }, 'Redis is not reachable yet: carrying on, realtime degraded');
  // graphql-redis-subscriptions drops the promise of UNSUBSCRIBE. When Redis is away, or the
  // connection is closed at shutdown, that promise rejects with nobody listening. Nothing is lost by
  // ignoring it: a connection that comes back resubscribes only to what is still subscribed.
  for (const command of ['unsubscribe', 'punsubscribe'] as const) {
    const send = subscriber[command].bind(subscriber) as (...channels: string[]) => Promise<unknown>;
    Object.assign(subscriber, {
      [command]: (...channels: string[]) =>
        send(...channels).catch((error: Error) => log.debug({ err: error.message, channels }, `Redis ${command} not acknowledged`)),
    });
  }
  const engine = new RedisPubSub({ publisher, subscriber });
  return wrap(engine, 'redis', prefix, log, {
    redis: publisher,
    live: () => subscriber.status === 'ready',
    onInterrupted(listener) {
      interruptedListeners.add(listener);
      return () => interruptedListeners.delete(listener);
    },
    async health() {
      const started = performance.now();
      if (subscriber.status !== 'ready') return { status: 'down', error: `subscriber ${subscriber.status}` };
      try {
        await Promise.race([
          publisher.ping(),
          new Promise((_, reject) => setTimeout(() => reject(new Error('no answer in time')), HEALTH_TIMEOUT_MS).unref()),
        ]);
        return { status: 'up', latencyMs: Math.round(performance.now() - started) };
      } catch (error) {
        return { status: 'down', error: (error as Error).message };
      }
    },
    async close() {
      interruptedListeners.clear();
      // QUIT lets commands already sent (a last SUBSCRIBE) be answered first; a connection that is
      // down, or does not answer in a second, is simply dropped.
      await Promise.all(
        [publisher, subscriber].map((client) =>
          client.status === 'ready'
            ? Promise.race([client.quit().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1_000).unref())])
            : undefined,
        ),
      );
      publisher.disconnect();
      subscriber.disconnect();
    },
  });
}
