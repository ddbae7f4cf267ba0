import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Throttle } from '../core/context.ts';
import { RateLimitedError } from '../core/errors.ts';
import { countRateLimitRefusal } from '../observability/metrics.ts';

/** A named limit: `points` per key within `durationSeconds` (a fixed window starting at the key's first use). */
export interface LimitDefinition {
  points: number;
  durationSeconds: number;
}

export interface RateLimitsOptions {
  /** Shared counters across instances; in-process without it. */
  redis?: Redis;
  /** Prefix of every key in Redis. */
  prefix: string;
  limits: Readonly<Record<string, LimitDefinition>>;
}

const retryAfter = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/**
 * Named rate limits on `rate-limiter-flexible`: RateLimiterRedis over the shared ioredis connection
 * when there is one (so every instance counts together), with an in-memory limiter standing in
 * while Redis is unreachable; RateLimiterMemory otherwise. A key over its limit gets a
 * {@link RateLimitedError} with the seconds until its window ends.
 */
export class RateLimits implements Throttle {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(options: RateLimitsOptions) {
    for (const [name, { points, durationSeconds }] of Object.entries(options.limits)) {
      const base = { points, duration: durationSeconds, keyPrefix: `${options.prefix}rate:${name}` };
      this.limiters.set(
        name,
        options.redis
          ? new RateLimiterRedis({
              ...base,
              storeClient: options.redis,
              rejectIfRedisNotReady: true,
              insuranceLimiter: new RateLimiterMemory(base),
            })
          : new RateLimiterMemory(base),
      );
    }
  }

  private limiter(name: string): RateLimiterAbstract {
    const limiter = this.limiters.get(name);
    if (!limiter) throw new Error(`No rate limit named ${name}`);
    return limiter;
  }

  async consume(limit: string, key: string, points = 1): Promise<void> {
    try {
      await this.limiter(limit).consume(key, points);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      countRateLimitRefusal(limit);
      throw new RateLimitedError(retryAfter(error));
    }
  }

  async check(limit: string, key: string): Promise<void> {
    const limiter = this.limiter(limit);
    const state = await limiter.get(key).catch(() => null);
    if (state && state.consumedPoints >= limiter.points) {
      countRateLimitRefusal(limit);
      throw new RateLimitedError(retryAfter(state));
    }
  }

  async reset(limit: string, key: string): Promise<void> {
    await this.limiter(limit)
      .delete(key)
      .catch(() => undefined);
  }
}
