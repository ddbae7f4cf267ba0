import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { type Config, loadConfig } from '../config.ts';
import { type StorageSettings, storageSettings } from '../storage/settings.ts';

/** What services and job handlers need to know about background work, resolved once from the config. */
export interface JobSettings {
  /** Base URL of the app that email links point at. */
  appUrl: string;
  /** 32-byte key that encrypts webhook secrets at rest. */
  secretKey: Buffer;
  mail: { smtpUrl?: string; from: string; dir: string };
  jobs: { maxAttempts: number; retryBaseMs: number; retryMaxMs: number };
  webhook: {
    maxAttempts: number;
    timeoutMs: number;
    disableAfter: number;
    allowPrivateTargets: boolean;
    /** Deliveries run at once per process, in a pool of their own. */
    concurrency: number;
    /** Timeouts in a row after which an endpoint's circuit opens. */
    circuitThreshold: number;
    /** How long an open circuit holds deliveries back before the next one probes the endpoint. */
    circuitCooldownMs: number;
  };
  retention: { eventDays: number; recordDays: number };
  /** When recurring tasks run (crontab syntax): retention cleanup and notification digests. */
  cron: { cleanup: string; digest: string };
  /** Whether anyone may register a firm (SIGNUP); `closed`: users join through an admin only. */
  signup: 'open' | 'closed';
  /** Where uploaded and generated files are kept, and upload limits. */
  storage: StorageSettings;
}

/**
 * Builds the settings from the config. The webhook secret key is WEBHOOK_SECRET_KEY when set;
 * otherwise it is derived (HKDF) from the JWT secret, so one secret suffices in development,
 * at the price that rotating JWT_SECRET makes stored webhook secrets unreadable.
 */
export function jobSettings(config: Config, jwtSecret: Uint8Array): JobSettings {
  const secretKey = config.WEBHOOK_SECRET_KEY
    ? createHash('sha256').update(config.WEBHOOK_SECRET_KEY).digest()
    : Buffer.from(hkdfSync('sha256', jwtSecret, 'lexgraph', 'webhook-secrets', 32));
  return {
    appUrl: config.APP_URL.replace(/\/$/, ''),
    secretKey,
    mail: { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, dir: join(config.DATA_DIR, 'mail') },
    jobs: { maxAttempts: config.JOB_MAX_ATTEMPTS, retryBaseMs: config.JOB_RETRY_BASE_MS, retryMaxMs: config.JOB_RETRY_MAX_MS },
    webhook: {
      maxAttempts: config.WEBHOOK_MAX_ATTEMPTS,
      timeoutMs: config.WEBHOOK_TIMEOUT_MS,
      disableAfter: config.WEBHOOK_DISABLE_AFTER,
      allowPrivateTargets: config.WEBHOOK_ALLOW_PRIVATE_TARGETS,
      concurrency: config.WEBHOOK_CONCURRENCY,
      circuitThreshold: config.WEBHOOK_CIRCUIT_THRESHOLD,
      circuitCooldownMs: config.WEBHOOK_CIRCUIT_COOLDOWN_MS,
    },
    retention: { eventDays: config.EVENT_RETENTION_DAYS, recordDays: config.RECORD_RETENTION_DAYS },
    cron: { cleanup: config.CLEANUP_CRON, digest: config.DIGEST_CRON },
    signup: config.SIGNUP,
    storage: storageSettings(config),
  };
}

/** Exponential backoff with jitter: about `base * 2^(attempt-1)`, capped at `max`, scaled by 0.5–1.5. */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.5 + Math.random()));
}

/** Settings from the defaults with a random webhook key: for embedders (tests, scripts) that pass none. */
export function defaultJobSettings(overrides: Partial<Record<keyof Config, string>> = {}): JobSettings {
  return jobSettings(loadConfig({ NODE_ENV: 'test', ...overrides }), randomBytes(32));
}
