import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/** A leaky bucket: holds `maximumAvailable` points, and `restoreRate` points flow back each second. */
export interface BucketSettings {
  maximumAvailable: number;
  restoreRate: number;
}

/** The state of one caller's bucket after an operation was charged (or refused). */
export interface BucketState {
  /** What the operation asked for. */
  cost: number;
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
  /** When the bucket is full again. */
  resetAt: Date;
  /** Refused: the seconds until enough points have flowed back for this operation; null when it was charged. */
  retryAfterSeconds: number | null;
}

// A bucket is stored as one key whose time to live is the time until it is empty again (GCRA): its
// level is `pttl × rate`, and nothing needs a clock of its own. A charge that would overflow the
// bucket is not stored; it returns the level it would have reached, which the library refuses, and
// how long until it would fit. The arguments are the library's: points, whole seconds, capacity,
// duration in seconds (capacity / duration = the restore rate per second).
const LEAKY_BUCKET_LUA = `
local cap = tonumber(ARGV[3])
local perMs = cap / (tonumber(ARGV[4]) * 1000)
local ttl = redis.call('pttl', KEYS[1])
if ttl < 0 then ttl = 0 end
local after = ttl * perMs + tonumber(ARGV[1])
if after <= 0 then
  redis.call('del', KEYS[1])
  return {0, 0}
end
if after > cap then
  return {math.ceil(after), math.ceil((after - cap) / perMs)}
end
local empty = math.ceil(after / perMs)
if empty > 0 then redis.call('set', KEYS[1], math.ceil(after), 'PX', empty) end
return {math.ceil(after), empty}
`;

/**
 * The query-cost rate limit: a leaky bucket per caller (a user, an API key), charged with each
 * operation's cost. With Redis, every instance spends from the same bucket (rate-limiter-flexible's
 * RateLimiterRedis running a leaky-bucket script, with an in-memory fixed window standing in while
 * Redis is unreachable); without it, buckets live in this process.
 */
export class QueryBudget {
  private readonly redisLimiter: RateLimiterRedis | null;
  private readonly connection: Redis | null;
  private readonly local = new LRUCache<string, number>({ max: 100_000 });
  private readonly durationSeconds: number;

  constructor(
    readonly settings: BucketSettings,
    options: { redis?: Redis; prefix: string },
  ) {
    // Below one second the library would not run the script.
    this.durationSeconds = Math.max(1, settings.maximumAvailable / settings.restoreRate);
    const base = { points: settings.maximumAvailable, duration: this.durationSeconds, keyPrefix: `${options.prefix}cost` };
    // The script is registered on the client by name, shared by every limiter on it: this one gets a
    // connection of its own so the sign-in limits keep theirs.
    this.connection = options.redis?.duplicate() ?? null;
    // While Redis is down the in-memory stand-in answers; the pub/sub connection reports the outage.
    this.connection?.on('error', () => undefined);
    this.redisLimiter = this.connection
      ? new RateLimiterRedis({
          ...base,
          storeClient: this.connection,
          customIncrTtlLuaScript: LEAKY_BUCKET_LUA,
          rejectIfRedisNotReady: true,
          insuranceLimiter: new RateLimiterMemory(base),
        })
      : null;
  }

  private get perMs(): number {
    return this.settings.maximumAvailable / (this.durationSeconds * 1000);
  }

  // `level` is what the bucket holds after the charge (before it, when refused); the time until it is
  // empty is kept in whole milliseconds, so the level is taken as computed rather than from it.
  private state(cost: number, level: number, msUntilEmpty: number, retryAfterMs: number | null): BucketState {
    const { maximumAvailable, restoreRate } = this.settings;
    return {
      cost,
      maximumAvailable,
      currentlyAvailable: Math.max(0, maximumAvailable - Math.ceil(level)),
      restoreRate,
      resetAt: new Date(Date.now() + msUntilEmpty),
      retryAfterSeconds: retryAfterMs === null ? null : Math.max(1, Math.ceil(retryAfterMs / 1000)),
    };
  }

  private localCharge(key: string, cost: number): BucketState {
    const now = Date.now();
    const emptyAt = Math.max(now, this.local.get(key) ?? now);
    const level = (emptyAt - now) * this.perMs;
    const after = Math.max(0, level + cost);
    if (after > this.settings.maximumAvailable) {
      return this.state(cost, level, emptyAt - now, (after - this.settings.maximumAvailable) / this.perMs);
    }
    const until = after / this.perMs;
    this.local.set(key, now + until);
    return this.state(cost, after, until, null);
  }

  /**
   * Takes `cost` points from `key`'s bucket; when it holds fewer, takes nothing and says when to
   * retry. An operation costlier than the whole bucket is refused by the cost limit before this.
   */
  async charge(key: string, cost: number): Promise<BucketState> {
    const points = Math.max(0, Math.ceil(cost));
    if (!this.redisLimiter) return this.localCharge(key, points);
    try {
      const res = await this.redisLimiter.consume(key, points);
      return this.state(points, res.consumedPoints, res.msBeforeNext, null);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const level = Math.max(0, error.consumedPoints - points);
      return this.state(points, level, level / this.perMs, error.msBeforeNext);
    }
  }

  /** Gives `points` back to `key`'s bucket (what an operation was charged beyond what it cost). */
  async refund(key: string, points: number): Promise<BucketState> {
    const back = Math.floor(points);
    if (!this.redisLimiter) return this.localCharge(key, -back);
    const res = await this.redisLimiter.reward(key, back);
    return this.state(0, Math.max(0, res.consumedPoints), Math.max(0, res.msBeforeNext), null);
  }

  /** The state of `key`'s bucket without charging it. */
  async peek(key: string): Promise<BucketState> {
    if (!this.redisLimiter) return this.localCharge(key, 0);
    const res = await this.redisLimiter.get(key).catch(() => null);
    const ms = Math.max(0, res?.msBeforeNext ?? 0);
    return this.state(0, ms * this.perMs, ms, null);
  }

  async close(): Promise<void> {
    await this.connection?.quit().catch(() => undefined);
  }
}
