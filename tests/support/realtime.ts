import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { AppDeps } from '../../src/http/app-deps.ts';
import { createLogger } from '../../src/logger.ts';
import { createPubSub, type PubSub } from '../../src/realtime/pubsub.ts';
import { startTestServer, type TestServer } from './server.ts';

/** The Redis the realtime tests use: REDIS_URL, else the local one on 127.0.0.1:6379. */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A key and channel prefix of its own for every server group, so concurrent runs never hear each other. */
export function uniqueRedisPrefix(): string {
  return `lexgraph-test:${process.pid}:${randomUUID()}:`;
}

export interface RealtimeTestServer extends TestServer {
  pubsub: PubSub;
  wsUrl: string;
}

/** A test server on Redis pub/sub (`prefix` shared by servers that should see each other). */
export async function startRealtimeServer(
  options: { prefix?: string; redisUrl?: string; realtime?: AppDeps['realtime']; security?: AppDeps['security'] } = {},
): Promise<RealtimeTestServer> {
  const pubsub = await createPubSub({
    redisUrl: options.redisUrl ?? TEST_REDIS_URL,
    prefix: options.prefix ?? uniqueRedisPrefix(),
    log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    connectTimeoutMs: 2_000,
  });
  const api = await startTestServer({ pubsub, realtime: options.realtime, security: options.security });
  const closeServer = api.close.bind(api);
  return Object.assign(api, {
    pubsub,
    wsUrl: `${api.url.replace(/^http/, 'ws')}/graphql`,
    async close() {
      await closeServer();
      await pubsub.close();
    },
  });
}

export interface CloseInfo {
  code: number;
  reason: string;
}

/** A graphql-ws client that does not retry unless told to, and the close events it saw. */
export function wsClient(
  wsUrl: string,
  token: string | undefined,
  options: { retry?: boolean } = {},
): Client & { closes: CloseInfo[]; connected: Promise<void> } {
  const closes: CloseInfo[] = [];
  let onConnected: () => void = () => {};
  const connected = new Promise<void>((resolve) => {
    onConnected = resolve;
  });
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: options.retry ? 30 : 0,
    retryWait: async () => new Promise((r) => setTimeout(r, 200)),
    shouldRetry: () => options.retry === true,
    onNonLazyError: () => {},
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        const e = event as { code: number; reason: string };
        closes.push({ code: e.code, reason: String(e.reason) });
      },
    },
  });
  return Object.assign(client, { closes, connected });
}

export interface Collector<T> {
  results: { data?: T | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }[];
  errors: unknown[];
  completed: boolean;
  /** Waits for a result matching `predicate` (any result by default). */
  next(predicate?: (data: T) => boolean, timeoutMs?: number): Promise<T>;
  /** Waits for the subscription to end with an error, and returns it. */
  failure(timeoutMs?: number): Promise<unknown>;
  stop(): void;
}

/** Subscribes and keeps every result, error and completion for assertions. */
export function collect<T = Record<string, unknown>>(client: Client, query: string, variables?: Record<string, unknown>): Collector<T> {
  const results: Collector<T>['results'] = [];
  const errors: unknown[] = [];
  const state = { completed: false };
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => results.push(result as Collector<T>['results'][number]),
      error: (error) => errors.push(error),
      complete: () => {
        state.completed = true;
      },
    },
  );
  return {
    results,
    errors,
    get completed() {
      return state.completed;
    },
    next: (predicate = () => true, timeoutMs = 10_000) =>
      eventually(() => results.find((r) => r.data && predicate(r.data))?.data ?? undefined, timeoutMs, 'a matching subscription result'),
    failure: (timeoutMs = 10_000) => eventually(() => errors[0], timeoutMs, 'a subscription error'),
    stop,
  } as Collector<T>;
}

/** Polls `probe` until it returns a value other than undefined. */
export async function eventually<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 10_000,
  what = 'a condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Repeats `act` until `received` holds: a subscription is live some moments after the subscribe
 * message is sent, and the protocol has no acknowledgement for it.
 */
export async function untilReceived(act: () => Promise<unknown>, received: () => boolean, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let attempts = 0;
  while (!received()) {
    if (Date.now() > deadline) throw new Error(`nothing received after ${attempts} attempts`);
    attempts += 1;
    await act();
    await eventually(() => received() || undefined, 500).catch(() => undefined);
  }
  return attempts;
}

/** A raw graphql-transport-ws socket, to watch close codes and send what clients normally would not. */
export function rawSocket(wsUrl: string): { socket: WebSocket; opened: Promise<void>; closed: Promise<CloseInfo>; messages: unknown[] } {
  const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
  const messages: unknown[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  return {
    socket,
    messages,
    opened: new Promise((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    }),
    closed: new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: String(reason) }))),
  };
}

/** A client of a server running elsewhere (a child process), shaped like the test server for fixtures. */
export function remoteApi(url: string): TestServer {
  return {
    url,
    async gql(document, variables, { token, headers } = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
      });
      const body = (await response.json()) as { data?: never; errors?: never };
      return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
    },
  } as TestServer;
}
