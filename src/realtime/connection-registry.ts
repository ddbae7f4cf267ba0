import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';

// One sorted set per user: members are "<instance>:<connection>", scores the time they lapse, so
// the connections of a crashed instance stop counting once its renewals stop (one lease later).
const ACQUIRE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZSCORE', KEYS[1], ARGV[3]) then return 1 end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1`;

export interface ConnectionRegistryOptions {
  /** Shared counts across instances; without it counts are per instance. */
  redis?: Redis;
  prefix: string;
  maxPerUser: number;
  /** How long a slot outlives its instance's last renewal; renewed every third of it. Default 15 s. */
  leaseMs?: number;
  log: Logger;
}

/**
 * Counts each user's open WebSocket connections against `maxPerUser`: in Redis when there is one,
 * so the limit holds across instances, and always locally, so it still holds (per instance)
 * while Redis is unreachable.
 */
export class ConnectionRegistry {
  private readonly instanceId = randomUUID();
  private readonly local = new Map<string, Set<string>>();
  private readonly heartbeat?: NodeJS.Timeout;
  private readonly leaseMs: number;

  constructor(private readonly options: ConnectionRegistryOptions) {
    this.leaseMs = options.leaseMs ?? 15_000;
    if (options.redis) {
      this.heartbeat = setInterval(() => void this.renewLeases(), Math.max(100, Math.floor(this.leaseMs / 3)));
      this.heartbeat.unref();
    }
  }

  private key(userId: string): string {
    return `${this.options.prefix}ws-connections:${userId}`;
  }

  private member(connectionId: string): string {
    return `${this.instanceId}:${connectionId}`;
  }

  /** Registers the connection unless the user is at the limit; false means refuse it. */
  async acquire(userId: string, connectionId: string): Promise<boolean> {
    const mine = this.local.get(userId) ?? new Set<string>();
    if (mine.size >= this.options.maxPerUser) return false;
    mine.add(connectionId);
    this.local.set(userId, mine);
    const { redis } = this.options;
    if (!redis) return true;
    try {
      const now = Date.now();
      const granted = await redis.eval(
        ACQUIRE,
        1,
        this.key(userId),
        now,
        now + this.leaseMs,
        this.member(connectionId),
        this.options.maxPerUser,
        this.leaseMs,
      );
      if (granted === 1) return true;
      this.forget(userId, connectionId);
      return false;
    } catch (error) {
      this.options.log.warn({ err: (error as Error).message }, 'connection limit: Redis unavailable, counting on this instance only');
      return true;
    }
  }

  release(userId: string, connectionId: string): void {
    if (!this.forget(userId, connectionId)) return;
    this.options.redis?.zrem(this.key(userId), this.member(connectionId)).catch(() => {});
  }

  private forget(userId: string, connectionId: string): boolean {
    const mine = this.local.get(userId);
    if (!mine?.delete(connectionId)) return false;
    if (mine.size === 0) this.local.delete(userId);
    return true;
  }

  private async renewLeases(): Promise<void> {
    const { redis } = this.options;
    if (!redis || this.local.size === 0) return;
    const until = Date.now() + this.leaseMs;
    const batch = redis.pipeline();
    for (const [userId, connections] of this.local) {
      for (const id of connections) batch.zadd(this.key(userId), until, this.member(id));
      batch.pexpire(this.key(userId), this.leaseMs);
    }
    await batch.exec().catch(() => {});
  }

  close(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const [userId, connections] of [...this.local]) for (const id of [...connections]) this.release(userId, id);
  }
}
