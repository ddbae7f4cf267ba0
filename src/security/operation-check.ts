import type { DocumentNode, GraphQLError, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { pageSizeError } from '../core/graphql/pagination.ts';
import { costWithVariablesError } from './limits.ts';

const checked = new WeakMap<DocumentNode, Map<string, GraphQLError | null>>();
const VARIANTS_KEPT = 64;

/**
 * The page-size and cost refusal of an operation with its variables, or null: computed once per
 * document (Apollo and the WebSocket path hand the same parsed document to every request with the
 * same text) and variable values, since both walk the whole document.
 */
export function operationLimitError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): GraphQLError | null {
  let byVariables = checked.get(document);
  if (!byVariables) {
    byVariables = new Map();
    checked.set(document, byVariables);
  }
  const key = `${operation.name?.value ?? ''}\u0000${variables ? JSON.stringify(variables) : ''}`;
  let error = byVariables.get(key);
  if (error === undefined) {
    error = pageSizeError(schema, document, operation, variables) ?? costWithVariablesError(schema, document, operation, variables);
    if (byVariables.size >= VARIANTS_KEPT) byVariables.clear();
    byVariables.set(key, error);
  }
  return error;
}
