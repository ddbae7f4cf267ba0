import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.ts';
import { instrumentPool } from '../observability/request-scope.ts';

export type { PrismaClient } from '../generated/prisma/client.ts';
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/** Options for {@link createPrisma}; the defaults are those of DATABASE_POOL_SIZE and friends. */
export interface PrismaOptions {
  /** Connections in the pool; default 10. */
  poolMax?: number;
  /** How long a statement or transaction waits for a free connection before it fails as busy; default 3 s. */
  poolTimeoutMs?: number;
  /** How long an interactive transaction may run; default 10 s. */
  transactionTimeoutMs?: number;
  /** Called with each SQL statement Prisma sends; used by tests and benchmarks to count queries. */
  onQuery?: (sql: string) => void;
}

/** The pool settings from the environment (DATABASE_POOL_SIZE, DATABASE_POOL_TIMEOUT_MS, DATABASE_TRANSACTION_TIMEOUT_MS). */
export function poolOptionsFrom(config: {
  DATABASE_POOL_SIZE: number;
  DATABASE_POOL_TIMEOUT_MS: number;
  DATABASE_TRANSACTION_TIMEOUT_MS: number;
}): PrismaOptions {
  return {
    poolMax: config.DATABASE_POOL_SIZE,
    poolTimeoutMs: config.DATABASE_POOL_TIMEOUT_MS,
    transactionTimeoutMs: config.DATABASE_TRANSACTION_TIMEOUT_MS,
  };
}

/** A Prisma client over node-postgres (`@prisma/adapter-pg`); no native query engine. */
export function createPrisma(databaseUrl: string, options: PrismaOptions = {}): PrismaClient {
  const poolTimeoutMs = options.poolTimeoutMs ?? 3_000;
  // The pool is ours (and ended with the client) so metrics can see its connections and count statements.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.poolMax ?? 10, connectionTimeoutMillis: poolTimeoutMs });
  instrumentPool(pool);
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // A request that finds no connection within the wait fails as busy (503, retry) instead of queueing without end.
  const client = new PrismaClient({
    adapter,
    transactionOptions: { maxWait: poolTimeoutMs, timeout: options.transactionTimeoutMs ?? 10_000 },
    log: options.onQuery ? [{ emit: 'event', level: 'query' }] : [],
  });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    client.$on('query' as never, (e: { query: string }) => onQuery(e.query));
  }
  pools.set(client, pool);
  return client;
}

const pools = new WeakMap<PrismaClient, pg.Pool>();

/** The connection pool under a client made by {@link createPrisma} (for its metrics). */
export function poolOf(client: PrismaClient): pg.Pool | undefined {
  return pools.get(client);
}
