import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import { traceStatement } from './tracing.ts';

/** What one request has done so far, counted where it happens (the database clients). */
export interface RequestTally {
  statements: number;
}

const scope = new AsyncLocalStorage<RequestTally>();

/** The tally of the request running now, if any. */
export function currentTally(): RequestTally | undefined {
  return scope.getStore();
}

/** Runs `work` with a fresh tally that every statement it causes, however deep, adds to. */
export function withRequestTally<T>(work: () => T): { tally: RequestTally; result: T } {
  const tally: RequestTally = { statements: 0 };
  return { tally, result: scope.run(tally, work) };
}

/**
 * Counts every statement a client of `pool` sends against the request that caused it (one lookup
 * of the async context per statement; outside a request nothing is counted), and traces it as a
 * span of the current one when tracing is on.
 */
export function instrumentPool(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const tally = scope.getStore();
      if (tally) tally.statements += 1;
      const statement = args[0];
      return traceStatement(typeof statement === 'object' && statement ? (statement as { text?: unknown }).text : statement, () =>
        query(...args),
      );
    };
  });
}
