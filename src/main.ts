import { DEMO_LOGIN, seedDemo } from '../prisma/seed.ts';
import { resolveJwtSecret } from './auth/secret.ts';
import { TokenService } from './auth/token.ts';
import { type Config, loadConfig, StartupError } from './config.ts';
import { createPrisma, poolOptionsFrom } from './db/client.ts';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './db/embedded.ts';
import { applyMigrations } from './db/migrate.ts';
import { createReadPool } from './db/read-pool.ts';
import { domainRegistry } from './domains/index.ts';
import { httpOptionsFrom } from './http/settings.ts';
import { createLogger } from './logger.ts';
import { startMetricsServer } from './observability/metrics-server.ts';
import { startTracing } from './observability/tracing.ts';
import { installWorkerSchema, startWorker, type WorkerRuntime, workerOptionsFrom } from './queue/runtime.ts';
import { jobSettings } from './queue/settings.ts';
import { createPubSub } from './realtime/pubsub.ts';
import { realtimeOptionsFrom } from './realtime/settings.ts';
import { securityOptionsFrom } from './security/settings.ts';
import { TrustedDocuments } from './security/trusted-documents.ts';
import { createApp } from './server.ts';
import { listenFailure, refuseTakenPorts, refuseUnusableConfig, warnAboutProductionDefaults } from './startup.ts';

// What the operator can fix is said plainly on stderr (and logged), without a stack trace.
function fail(error: unknown, log?: ReturnType<typeof createLogger>): never {
  if (error instanceof StartupError) {
    log?.fatal(error.message);
    process.stderr.write(`LexGraph cannot start: ${error.message}\n`);
  } else {
    log?.fatal({ err: error }, (error as Error).message);
    if (!log) process.stderr.write(`${(error as Error).stack}\n`);
  }
  process.exit(1);
}

let config: Config;
try {
  config = loadConfig();
  refuseUnusableConfig(config);
} catch (error) {
  fail(error);
}
const log = createLogger(config.LOG_LEVEL);

async function main(): Promise<void> {
  warnAboutProductionDefaults(config, log);
  await refuseTakenPorts(config);
  const tracing = config.OTEL_EXPORTER_OTLP_ENDPOINT ? await startTracing(config.OTEL_SERVICE_NAME) : null;
  if (tracing) log.info({ endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT }, 'exporting traces over OTLP');
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(config.DATA_DIR, config.EMBEDDED_PG_PORT, log);
    databaseUrl = embedded.url;
    log.info({ port: config.EMBEDDED_PG_PORT, dataDir: config.DATA_DIR }, 'DATABASE_URL is unset: using the embedded PostgreSQL');
  }
  if (embedded || config.MIGRATE_ON_START) {
    const { applied } = await applyMigrations(databaseUrl);
    log.info({ applied }, applied.length ? `applied ${applied.length} migration(s)` : 'database schema is up to date');
    await installWorkerSchema(databaseUrl);
  }
  const prisma = createPrisma(databaseUrl, poolOptionsFrom(config));
  let seeded = false;
  if (config.SEED_ON_START && config.NODE_ENV !== 'production' && (await prisma.firm.count()) === 0) {
    await seedDemo(prisma);
    seeded = true;
    log.info('seeded the demo firm');
  }
  const jwtSecret = await resolveJwtSecret(config, log);
  const tokens = new TokenService(jwtSecret, config.JWT_TTL);
  const jobs = jobSettings(config, jwtSecret);
  let worker: WorkerRuntime | null = null;
  if (config.WORKER === 'inline') {
    worker = await startWorker({
      databaseUrl,
      prisma,
      settings: jobs,
      log,
      tasks: domainRegistry.taskList,
      crontab: domainRegistry.crontab(jobs),
      pools: domainRegistry.taskPools(jobs),
      ...workerOptionsFrom(config),
    });
  } else {
    log.info('WORKER=off: background jobs run in separate `npm run worker` processes');
  }
  const pubsub = await createPubSub({ redisUrl: config.REDIS_URL, prefix: config.REDIS_KEY_PREFIX, log });
  if (pubsub.mode === 'in-process') log.info('REDIS_URL is unset: subscriptions use an in-process pub/sub (one instance only)');
  else log.info({ prefix: config.REDIS_KEY_PREFIX }, 'subscriptions use Redis pub/sub');
  const readPool = createReadPool(databaseUrl, config.READ_POOL_SIZE);
  const app = await createApp({
    config,
    prisma,
    tokens,
    log,
    pubsub,
    realtime: {
      ...realtimeOptionsFrom(config),
      dashboardMinIntervalMs: config.DASHBOARD_MIN_INTERVAL_MS,
      maxWatchesPerUser: config.JOB_PROGRESS_MAX_PER_USER,
    },
    databaseUrl,
    jobs,
    worker,
    readPath: { pool: readPool },
    security: securityOptionsFrom(config),
    http: httpOptionsFrom(config),
    trustedDocuments: TrustedDocuments.load(config.TRUSTED_DOCUMENTS, config.TRUSTED_DOCUMENTS_MANIFEST),
  });
  const url = await app.listen(config.PORT, config.HOST).catch((error: unknown) => {
    throw listenFailure(error, 'PORT', config.PORT);
  });
  const metricsPort = config.METRICS_PORT;
  const metrics =
    metricsPort === undefined
      ? null
      : await startMetricsServer(metricsPort, config.HOST).catch((error: unknown) => {
          throw listenFailure(error, 'METRICS_PORT', metricsPort);
        });
  if (metrics) log.info({ url: metrics.url }, 'Prometheus metrics are served apart (METRICS_PORT)');
  const demo = seeded || (config.NODE_ENV !== 'production' && (await prisma.user.count({ where: { email: DEMO_LOGIN.email } })) > 0);
  log.info({ url: `${url}/graphql` }, `LexGraph is ready: open ${url}/graphql for GraphiQL`);
  if (demo) log.info(`Demo login (development seed only): ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    try {
      await app.close();
      await metrics?.close();
      // Running jobs finish before the database goes away; new ones wait in the queue.
      await worker?.stop();
      await pubsub.close();
      await readPool.end();
      await prisma.$disconnect();
      await embedded?.stop();
      await tracing?.shutdown();
      log.info('shutdown complete');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => fail(error, log));
