import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
import './index.ts';
import { describeTotalCounts, enforcePageSize } from './pagination.ts';

/** The executable LexGraph schema. */
export const schema = describeTotalCounts(enforcePageSize(builder.toSchema({ sortSchema: true })));

/**
 * The SDL committed as `schema.graphql`, byte for byte as codegen's schema-ast plugin writes it
 * (no trailing newline); the stale-SDL test compares against this.
 */
export function printSdl(): string {
  return printSchema(lexicographicSortSchema(schema));
}
