import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';

export type { PrismaClient } from '../generated/prisma/client.ts';
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/** Options for {@link createPrisma}: `poolMax` defaults to 10 connections. */
export interface PrismaOptions {
  poolMax?: number;
  /** Called with each SQL statement Prisma sends; used by tests and benchmarks to count queries. */
  onQuery?: (sql: string) => void;
}

/** A Prisma client over node-postgres (`@prisma/adapter-pg`); no native query engine. */
export function createPrisma(databaseUrl: string, options: PrismaOptions = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.poolMax ?? 10 });
  const client = new PrismaClient({
    adapter,
    log: options.onQuery ? [{ emit: 'event', level: 'query' }] : [],
  });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    client.$on('query' as never, (e: { query: string }) => onQuery(e.query));
  }
  return client;
}
