import { type Config, StartupError } from './config.ts';
import { portTaken } from './http/port.ts';
import type { Logger } from './logger.ts';

/**
 * Refuses, before anything starts, a production configuration that cannot work: no DATABASE_URL
 * (the embedded PostgreSQL is for development; production must not quietly start one).
 */
export function refuseUnusableConfig(config: Config): void {
  if (config.NODE_ENV === 'production' && !config.DATABASE_URL) {
    throw new StartupError(
      'NODE_ENV=production needs DATABASE_URL (postgresql://user:password@host:5432/lexgraph): the embedded PostgreSQL is for development only.',
    );
  }
}

/** Warns about production settings that work but are almost certainly not meant (links to localhost, mail to files). */
export function warnAboutProductionDefaults(config: Config, log: Logger): void {
  if (config.NODE_ENV !== 'production') return;
  const { hostname } = new URL(config.APP_URL);
  if (hostname === 'localhost' || hostname === '127.0.0.1') {
    log.warn(
      `APP_URL is ${config.APP_URL}: links in emails (invitations, password resets) will point at localhost; set APP_URL to the public URL`,
    );
  }
  if (!config.SMTP_URL) {
    log.warn(`SMTP_URL is unset: emails are written as files to ${config.DATA_DIR}/mail instead of being sent; set SMTP_URL`);
  }
}

/**
 * Refuses to start when PORT or METRICS_PORT is taken, before the database is touched (a port
 * taken later, in the instant before listening, still fails with {@link listenFailure}).
 */
export async function refuseTakenPorts(config: Config): Promise<void> {
  for (const [setting, port] of [
    ['PORT', config.PORT],
    ['METRICS_PORT', config.METRICS_PORT],
  ] as const) {
    if (port && (await portTaken(port, config.HOST))) throw listenFailure({ code: 'EADDRINUSE' }, setting, port);
  }
}

/** The start-up failure for a port that `listen` could not take, named by its setting. */
export function listenFailure(error: unknown, setting: string, port: number): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE')
    return new StartupError(`${setting} ${port} is already in use: stop whatever listens there, or set ${setting} to a free port.`);
  if (code === 'EACCES') return new StartupError(`${setting} ${port} needs privileges this process lacks: use a port above 1023.`);
  return error;
}
