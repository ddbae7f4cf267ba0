import pg from 'pg';
import { instrumentPool } from '../observability/request-scope.ts';

/**
 * The connection pool of the SQL read path (`max` connections, default 10), apart from Prisma's so
 * a burst of writes cannot starve reads of connections, nor reads writes.
 */
export function createReadPool(databaseUrl: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max });
  instrumentPool(pool);
  return pool;
}
