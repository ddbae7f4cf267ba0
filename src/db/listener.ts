import pg from 'pg';
import type { Logger } from '../logger.ts';

type Handler = (payload: string) => void;

/**
 * PostgreSQL LISTEN for this process: ONE connection, whatever the number of channels and
 * listeners, reconnecting with backoff. After a reconnect every listener's `onResume` runs, since
 * notifications sent while it was away are lost.
 */
export class PgListener {
  private client: pg.Client | null = null;
  private readonly channels = new Map<string, Set<{ onMessage: Handler; onResume?: () => void }>>();
  private connecting: Promise<void> | null = null;
  private readonly listening = new Map<string, Promise<void>>();
  private closed = false;
  private attempt = 0;

  constructor(
    private readonly databaseUrl: string,
    private readonly log: Logger,
  ) {}

  /**
   * Calls `onMessage` with each notification's payload on `channel` (a plain identifier). `ready`
   * settles once the channel is listened to (or the first attempt failed: then `onResume` reports
   * the reconnect); `stop` removes the listener.
   */
  listen(channel: string, onMessage: Handler, onResume?: () => void): { ready: Promise<void>; stop(): void } {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Not a channel name: ${channel}`);
    const entry = { onMessage, onResume };
    const listeners = this.channels.get(channel) ?? new Set();
    const first = listeners.size === 0;
    listeners.add(entry);
    this.channels.set(channel, listeners);
    let listening = this.listening.get(channel);
    if (first || !listening) {
      listening = this.ensure().then(() =>
        this.client?.query(`LISTEN ${channel}`).then(
          () => undefined,
          () => undefined,
        ),
      );
      this.listening.set(channel, listening);
    }
    const stop = () => {
      listeners.delete(entry);
      if (listeners.size === 0) {
        this.channels.delete(channel);
        this.listening.delete(channel);
        this.client?.query(`UNLISTEN ${channel}`).catch(() => undefined);
      }
    };
    return { ready: listening, stop };
  }

  private ensure(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', (message) => {
      for (const listener of this.channels.get(message.channel) ?? []) listener.onMessage(message.payload ?? '');
    });
    client.on('error', (error) => this.log.warn({ err: error.message }, 'database listener connection error'));
    client.on('end', () => {
      if (this.client === client) this.client = null;
      if (!this.closed && this.channels.size > 0) this.reconnectLater();
    });
    try {
      await client.connect();
      for (const channel of this.channels.keys()) await client.query(`LISTEN ${channel}`);
      this.client = client;
      if (this.attempt > 0) for (const listeners of this.channels.values()) for (const l of listeners) l.onResume?.();
      this.attempt = 0;
    } catch (error) {
      this.log.warn({ err: (error as Error).message }, 'database listener could not connect; retrying');
      await client.end().catch(() => undefined);
      this.reconnectLater();
    }
  }

  private reconnectLater(): void {
    this.attempt += 1;
    setTimeout(() => void this.ensure(), Math.min(100 * 2 ** Math.min(this.attempt, 5), 3_000)).unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.channels.clear();
    this.listening.clear();
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }
}
