import { Prisma } from '../generated/prisma/client.ts';

// P2024: no pooled connection within the wait; P2028: the transaction could not start in time (or
// ran past its timeout); node-postgres' own pool gives up with this message.
const BUSY_CODES = new Set(['P2024', 'P2028']);

/** True for the errors of a database that is too busy right now: no connection free in time, a transaction not started in time. */
export function isDatabaseBusy(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && BUSY_CODES.has(error.code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /timeout exceeded when trying to connect|Unable to start a transaction in the given time|Timed out fetching a new connection/i.test(
    message,
  );
}
