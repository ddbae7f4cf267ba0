import { availableParallelism } from 'node:os';
import type { Config } from '../config.ts';
import { LIMITS } from './limits.ts';
import type { LimitDefinition } from './rate-limits.ts';

/** The names of the sign-in limits, as services consume them. */
export const AUTH_LIMITS = {
  /** Every call of login, registerFirm, requestPasswordReset and resetPassword, per client address. */
  perAddress: 'auth.address',
  /** Failed sign-ins (and registrations, reset-token uses) per account. */
  perAccount: 'auth.account',
  /** Password-reset emails per account. */
  resetEmails: 'auth.reset-email',
} as const;

/** The abuse limits of sign-in and password hashing; each has an environment variable (see `config.ts`). */
export interface SecuritySettings {
  /** Proxies in front of LexGraph whose X-Forwarded-For entries are believed (0: none, use the socket's address). */
  trustProxy: number;
  authWindowSeconds: number;
  authMaxPerAddress: number;
  authMaxFailuresPerAccount: number;
  passwordResetsPerAccount: number;
  /** Password hashes computed at once; the rest wait. */
  hashConcurrency: number;
  /** Password hashes allowed to wait; beyond, SERVICE_BUSY. */
  hashMaxQueued: number;
  /** The most an operation may cost (`security/cost.ts`); costlier ones are QUERY_TOO_COMPLEX. */
  maxQueryCost: number;
  /** Points each user's and API key's bucket holds (at least `maxQueryCost`, so any allowed query can run). */
  rateLimitBucket: number;
  /** Points flowing back into a bucket each second (a full bucket refills in bucket / rate seconds, at least 1). */
  rateLimitRestorePerSecond: number;
}

export const SECURITY_DEFAULTS: SecuritySettings = {
  trustProxy: 0,
  authWindowSeconds: 900,
  authMaxPerAddress: 100,
  authMaxFailuresPerAccount: 10,
  passwordResetsPerAccount: 3,
  hashConcurrency: Math.max(1, Math.floor(availableParallelism() / 2)),
  hashMaxQueued: 64,
  maxQueryCost: LIMITS.maxCost,
  rateLimitBucket: 2 * LIMITS.maxCost,
  rateLimitRestorePerSecond: LIMITS.maxCost / 10,
};

/** The security settings from the environment (see the README's table). */
export function securityOptionsFrom(config: Config): SecuritySettings {
  return {
    trustProxy: config.TRUST_PROXY,
    authWindowSeconds: config.AUTH_WINDOW_SECONDS,
    authMaxPerAddress: config.AUTH_MAX_PER_ADDRESS,
    authMaxFailuresPerAccount: config.AUTH_MAX_FAILURES_PER_ACCOUNT,
    passwordResetsPerAccount: config.PASSWORD_RESETS_PER_ACCOUNT,
    hashConcurrency: config.PASSWORD_HASH_CONCURRENCY ?? SECURITY_DEFAULTS.hashConcurrency,
    hashMaxQueued: config.PASSWORD_HASH_MAX_QUEUED,
    maxQueryCost: config.QUERY_MAX_COST,
    rateLimitBucket: config.RATE_LIMIT_BUCKET ?? Math.max(2 * config.QUERY_MAX_COST, 1),
    rateLimitRestorePerSecond: config.RATE_LIMIT_RESTORE_PER_SECOND ?? Math.max(config.QUERY_MAX_COST / 10, 1),
  };
}

/** The limits of {@link AUTH_LIMITS} for the rate-limit module. */
export function authLimitDefinitions(settings: SecuritySettings): Record<string, LimitDefinition> {
  const window = settings.authWindowSeconds;
  return {
    [AUTH_LIMITS.perAddress]: { points: settings.authMaxPerAddress, durationSeconds: window },
    [AUTH_LIMITS.perAccount]: { points: settings.authMaxFailuresPerAccount, durationSeconds: window },
    [AUTH_LIMITS.resetEmails]: { points: settings.passwordResetsPerAccount, durationSeconds: window },
  };
}
