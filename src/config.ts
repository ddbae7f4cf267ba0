import { z } from 'zod';

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => (v === undefined ? fallback : v === 'true' || v === '1'));

// A switch whose default depends on NODE_ENV (see `resolveConfig`): undefined when unset.
const switchOrUnset = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1'));

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  MIGRATE_ON_START: bool(true),
  SEED_ON_START: bool(true),
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
  JWT_TTL: z.string().default('12h'),
  DATA_DIR: z.string().default('.lexgraph'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_000_000),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(5433),
  WORKER: z.enum(['inline', 'off']).default('inline'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
  WORKER_POLL_INTERVAL_MS: z.coerce.number().int().positive().default(2_000),
  JOB_LOCK_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(60_000),
  JOB_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
  JOB_RETRY_BASE_MS: z.coerce.number().int().positive().default(30_000),
  JOB_RETRY_MAX_MS: z.coerce.number().int().positive().default(3_600_000),
  APP_URL: z.string().url().default('http://localhost:4000'),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('LexGraph <no-reply@lexgraph.local>'),
  WEBHOOK_SECRET_KEY: z.string().min(32, 'WEBHOOK_SECRET_KEY must be at least 32 characters').optional(),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  WEBHOOK_DISABLE_AFTER: z.coerce.number().int().min(1).default(20),
  WEBHOOK_ALLOW_PRIVATE_TARGETS: bool(false),
  EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  RECORD_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  CLEANUP_CRON: z.string().default('0 3 * * *'),
  DIGEST_CRON: z.string().default('0 7 * * *'),
  REDIS_URL: z.string().url().optional(),
  REDIS_KEY_PREFIX: z.string().default('lexgraph:'),
  WS_MAX_CONNECTIONS_PER_USER: z.coerce.number().int().positive().default(5),
  WS_MAX_CONNECTIONS: z.coerce.number().int().positive().default(10_000),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().positive().default(100),
  WS_MESSAGES_PER_SECOND: z.coerce.number().positive().default(10),
  WS_MESSAGE_BURST: z.coerce.number().int().positive().default(20),
  WS_MAX_MESSAGE_BYTES: z.coerce.number().int().positive().default(65_536),
  WS_CONNECTION_INIT_TIMEOUT_MS: z.coerce.number().int().positive().default(3_000),
  WS_SESSION_CHECK_MS: z.coerce.number().int().positive().default(15_000),
  DASHBOARD_MIN_INTERVAL_MS: z.coerce.number().int().min(0).default(1_000),
  READ_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  AUTH_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
  AUTH_MAX_PER_ADDRESS: z.coerce.number().int().positive().default(100),
  AUTH_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(10),
  PASSWORD_RESETS_PER_ACCOUNT: z.coerce.number().int().positive().default(3),
  PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().positive().optional(),
  PASSWORD_HASH_MAX_QUEUED: z.coerce.number().int().min(0).default(64),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().positive().default(3_000),
  DATABASE_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
  WEBHOOK_CIRCUIT_THRESHOLD: z.coerce.number().int().positive().default(3),
  WEBHOOK_CIRCUIT_COOLDOWN_MS: z.coerce.number().int().positive().default(60_000),
  JOB_PROGRESS_MAX_PER_USER: z.coerce.number().int().positive().default(20),
  WS_CONNECTION_LEASE_MS: z.coerce.number().int().min(1_000).default(15_000),
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const origins = (value ?? '')
        .split(',')
        .map((entry) => entry.trim().replace(/\/$/, ''))
        .filter(Boolean);
      for (const entry of origins) {
        if (!URL.canParse(entry) || new URL(entry).origin !== entry)
          ctx.addIssue({ code: 'custom', message: `"${entry}" is not an origin (expected scheme://host[:port], no path)` });
      }
      return origins;
    }),
  GRAPHIQL: switchOrUnset,
  INTROSPECTION: switchOrUnset,
  SIGNUP: z.enum(['open', 'closed']).default('open'),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  OTEL_SERVICE_NAME: z.string().default('lexgraph'),
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(52_428_800),
  UPLOAD_RETENTION_HOURS: z.coerce.number().int().min(1).default(24),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_ENDPOINT: z.string().url().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: bool(false),
  S3_PREFIX: z.string().default(''),
  QUERY_MAX_COST: z.coerce.number().int().positive().default(100_000),
  RATE_LIMIT_BUCKET: z.coerce.number().int().positive().optional(),
  RATE_LIMIT_RESTORE_PER_SECOND: z.coerce.number().positive().optional(),
  TRUSTED_DOCUMENTS: z.enum(['off', 'required']).default('off'),
  TRUSTED_DOCUMENTS_MANIFEST: z.string().default('client/gql/persisted-documents.json'),
});

export type Config = z.infer<typeof EnvSchema>;

/** Every setting LexGraph reads from the environment (`.env.example` lists them all). */
export const CONFIG_KEYS = Object.keys(EnvSchema.shape) as (keyof Config)[];

/**
 * Start-up cannot go on, for a reason the operator can fix: its message says what happened and
 * what to do, and is printed as is (no stack trace).
 */
export class StartupError extends Error {}

/**
 * Reads and validates the process environment once; a bad value stops start-up with a message
 * naming the variable. Defaults suit local development; see the README's configuration table.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new StartupError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
