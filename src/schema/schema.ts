import { lexicographicSortSchema, printSchema } from 'graphql';
import '../core/graphql/scalars.ts';
import '../core/graphql/errors.ts';
import '../core/graphql/rate-limit.ts';
import { builder } from '../core/graphql/builder.ts';
import { describeTotalCounts, enforcePageSize } from '../core/graphql/pagination.ts';
import '../domains/index.ts';

/** The executable LexGraph schema: every declared domain's types (see `src/domains/index.ts`). */
export const schema = describeTotalCounts(enforcePageSize(builder.toSchema({ sortSchema: true })));

/**
 * The SDL committed as `schema.graphql`, byte for byte as codegen's schema-ast plugin writes it
 * (no trailing newline); the stale-SDL test compares against this.
 */
export function printSdl(): string {
  return printSchema(lexicographicSortSchema(schema));
}
