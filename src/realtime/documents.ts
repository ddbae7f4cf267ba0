import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { armorValidationRules, PARSE_OPTIONS } from '../security/limits.ts';

export type CheckedDocument = { document: DocumentNode } | { errors: GraphQLError[] };

// Apollo gives every parse and validation error (graphql-armor's included) the same code; so do we.
function withCode(errors: readonly GraphQLError[], code: string): GraphQLError[] {
  return errors.map(
    (e) =>
      new GraphQLError(e.message, {
        nodes: e.nodes,
        source: e.source,
        positions: e.positions,
        originalError: e.originalError,
        extensions: { ...e.extensions, code },
      }),
  );
}

/**
 * Parses and validates operation documents with the HTTP path's rules (graphql-armor's limits,
 * and no introspection when `introspection` is false).
 */
export function documentChecker(schema: GraphQLSchema, introspection: boolean | undefined): (query: string) => CheckedDocument {
  const rules = [...specifiedRules, ...armorValidationRules(), ...(introspection === false ? [NoSchemaIntrospectionCustomRule] : [])];

  // Thousands of subscribers send the same few documents: one parsed and validated copy of each
  // serves them all (a parsed document keeps every token, some kilobytes a subscriber otherwise).
  const documents = new Map<string, CheckedDocument>();
  return (query: string) => {
    let checked = documents.get(query);
    if (!checked) {
      try {
        const document = parse(query, PARSE_OPTIONS);
        const errors = validate(schema, document, rules);
        checked = errors.length > 0 ? { errors: withCode(errors, 'GRAPHQL_VALIDATION_FAILED') } : { document };
      } catch (error) {
        checked = {
          errors: withCode(
            [error instanceof GraphQLError ? error : new GraphQLError('Could not parse the operation')],
            'GRAPHQL_PARSE_FAILED',
          ),
        };
      }
      if (documents.size >= 1_000) documents.clear();
      documents.set(query, checked);
    }
    return checked;
  };
}
