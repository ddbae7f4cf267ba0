import { resolveJwtSecret } from './auth/secret.ts';
import { loadConfig } from './config.ts';
import { createPrisma, poolOf, poolOptionsFrom } from './db/client.ts';
import { domainRegistry } from './domains/index.ts';
import { createLogger } from './logger.ts';
import { trackPool } from './observability/metrics.ts';
import { startMetricsServer } from './observability/metrics-server.ts';
import { installWorkerSchema, startWorker, workerOptionsFrom } from './queue/runtime.ts';
import { jobSettings } from './queue/settings.ts';

// `npm run worker`: runs background jobs without serving the API, so operators can scale API and
// worker processes separately (start the API with WORKER=off). Needs DATABASE_URL and the same
// JWT_SECRET (or WEBHOOK_SECRET_KEY) as the API, which webhook secrets are encrypted with.
const config = loadConfig();
const log = createLogger(config.LOG_LEVEL).child({ process: 'worker' });

async function main(): Promise<void> {
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required for `npm run worker` (the embedded database belongs to `npm start`)');
  await installWorkerSchema(config.DATABASE_URL);
  const prisma = createPrisma(config.DATABASE_URL, poolOptionsFrom(config));
  const settings = jobSettings(config, await resolveJwtSecret(config, log));
  const worker = await startWorker({
    databaseUrl: config.DATABASE_URL,
    prisma,
    settings,
    log,
    tasks: domainRegistry.taskList,
    crontab: domainRegistry.crontab(settings),
    pools: domainRegistry.taskPools(settings),
    ...workerOptionsFrom(config),
  });
  // Job and webhook metrics of a separate worker are scraped from its own METRICS_PORT.
  const pool = poolOf(prisma);
  if (pool) trackPool('write', pool);
  const metrics = config.METRICS_PORT === undefined ? null : await startMetricsServer(config.METRICS_PORT, config.HOST);
  if (metrics) log.info({ url: metrics.url }, 'Prometheus metrics of this worker');
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'worker shutting down: waiting for running jobs');
    try {
      await worker.stop();
      await metrics?.close();
      await prisma.$disconnect();
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'worker shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, (error as Error).message);
  process.exit(1);
});
