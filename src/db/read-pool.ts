import pg from 'pg';

/**
 * The connection pool of the SQL read path (`max` connections, default 10), apart from Prisma's so
 * a burst of writes cannot starve reads of connections, nor reads writes.
 */
export function createReadPool(databaseUrl: string, max = 10): pg.Pool {
  return new pg.Pool({ connectionString: databaseUrl, max });
}
