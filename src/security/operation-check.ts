import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { type CostReport, costOf } from './cost.ts';

const checked = new WeakMap<DocumentNode, Map<string, CostReport>>();
const VARIANTS_KEPT = 64;

/**
 * The cost of an operation with its variables, and its page-size or id-count refusal: computed once
 * per document (Apollo and the WebSocket path hand the same parsed document to every request with
 * the same text) and variable values, since it walks the whole document.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): CostReport {
  let byVariables = checked.get(document);
  if (!byVariables) {
    byVariables = new Map();
    checked.set(document, byVariables);
  }
  const key = `${operation.name?.value ?? ''}\u0000${variables ? JSON.stringify(variables) : ''}`;
  let report = byVariables.get(key);
  if (report === undefined) {
    report = costOf(schema, document, operation, variables);
    if (byVariables.size >= VARIANTS_KEPT) byVariables.clear();
    byVariables.set(key, report);
  }
  return report;
}
