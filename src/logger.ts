import { pino } from 'pino';

export type Logger = pino.Logger;

/** JSON logger for the whole process; request loggers are children carrying `requestId`. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service: 'lexgraph' },
    redact: ['req.headers.authorization', '*.password', '*.passwordHash', '*.token'],
  });
}
