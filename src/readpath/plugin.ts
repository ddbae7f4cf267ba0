import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { type GraphQLSchema, getVariableValues } from 'graphql';
import type pg from 'pg';
import type { Context } from '../core/context.ts';
import type { Logger } from '../logger.ts';
import { compileOperation } from './roots.ts';
import { Fallback, shapeData } from './shapes.ts';
import { UnsupportedWhere } from './where.ts';

export interface ReadPathOptions {
  schema: GraphQLSchema;
  /** The pool the read path's statements run on. */
  pool: pg.Pool;
  log: Logger;
  /** Called with each statement the read path sends (tests and benchmarks count them). */
  onQuery?: (sql: string) => void;
}

const STATEMENTS_KEPT = 2_000;

/**
 * The SQL read path as an Apollo Server plugin: a query operation over firm-scoped types is
 * compiled into one SQL statement (JSON built by PostgreSQL, tenancy, visibility, filters, keyset
 * pages and per-parent limits inside it), run as a named prepared statement, and its one row
 * shaped into `data` with nothing resolved field by field. Whatever the compiler cannot reproduce
 * exactly (mutations, fields with their own resolvers, errors to report, a rule it cannot
 * translate) is left to ordinary execution, which gives the same answer more slowly.
 */
export function readPathPlugin({ schema, pool, log, onQuery }: ReadPathOptions): ApolloServerPlugin<Context> {
  // Statement texts differ by request shape only (values are parameters): a name per text lets
  // PostgreSQL plan each shape once per connection.
  const names = new Map<string, string>();
  let counter = 0;
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (!name) {
      if (names.size >= STATEMENTS_KEPT) names.clear();
      counter += 1;
      name = `lexgraph_read_${counter}`;
      names.set(text, name);
    }
    return name;
  };
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ operation, document, request, contextValue }) {
          if (operation?.operation !== 'query') return null;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) return null;
          try {
            const read = compileOperation(schema, document, operation, coerced.coerced, contextValue);
            let row: unknown[] = [];
            if (read.sql) {
              onQuery?.(read.sql);
              const result = await pool.query({ name: nameOf(read.sql), text: read.sql, values: read.values, rowMode: 'array' });
              row = result.rows[0] as unknown[];
            }
            const data = shapeData(read.roots, row);
            return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
          } catch (error) {
            if (error instanceof Fallback || error instanceof UnsupportedWhere) {
              contextValue.log.trace({ reason: error.message }, 'read path: left to the resolvers');
              return null;
            }
            log.warn({ err: error, requestId: contextValue.requestId }, 'read path failed; the resolvers answer instead');
            return null;
          }
        },
      };
    },
  };
}
