import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
  validate,
  visit,
} from 'graphql';

/**
 * Every abuse limit of the GraphQL API in one place. Depth 12 leaves room for
 * `matters → edges → node → members → edges → node → user → firm` and fragments; introspection
 * (GraphiQL's schema query is deep) is exempt from depth and cost but not from tokens.
 */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 5_000,
  // graphql-armor multiplies a selection's cost by a literal `first`/`last`. A page of 100 matters
  // with client, attorney and a full page of 100 members (user and role) costs ~1.5 million; a third
  // nested level of full pages (a million rows) costs ~150 million. The limit sits between the two.
  maxCost: 5_000_000,
  /** `nodes(ids:)` takes at most a page of ids, and each id costs what its selection costs. */
  maxNodeIds: 100,
} as const;

/**
 * Parser options for Apollo Server: the token limit is enforced by graphql-js' own parser, so a
 * query over it, like any syntax error, is a 400 GRAPHQL_PARSE_FAILED (graphql-armor's Apollo
 * token plugin throws from a hook Apollo does not catch, which turned every syntax error into a 500).
 */
export const PARSE_OPTIONS = { maxTokens: LIMITS.maxTokens } as const;

// graphql-armor reports a refusal as "Syntax Error: <limit and value>", which misleads a client whose
// query parsed fine: report the same details as a plain validation error instead.
const refuse = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [
    (ctx: ValidationContext | null, error: GraphQLError) =>
      ctx?.reportError(new GraphQLError(`Query refused: ${error.message.replace(/^Syntax Error: /, '')}`)),
  ],
};

const armorConfig = {
  maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...refuse },
  maxAliases: { n: LIMITS.maxAliases, ...refuse },
  maxDirectives: { n: LIMITS.maxDirectives, ...refuse },
  maxTokens: { n: LIMITS.maxTokens, ...refuse },
  costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true, ...refuse },
  blockFieldSuggestion: { enabled: process.env.NODE_ENV === 'production' },
};

/**
 * graphql-armor's Apollo plugins and validation rules, configured from {@link LIMITS}; tokens are
 * limited by {@link PARSE_OPTIONS} instead.
 */
export function apolloArmor() {
  return new ApolloArmor({ ...armorConfig, maxTokens: { ...armorConfig.maxTokens, enabled: false } }).protect();
}

/**
 * The same limits as plain validation rules, for transports Apollo's plugins do not reach
 * (operations over WebSocket). Token counting happens at parse time there.
 */
export function armorValidationRules(): ValidationRule[] {
  return [
    maxDepthRule(armorConfig.maxDepth),
    maxAliasesRule(armorConfig.maxAliases),
    maxDirectivesRule(armorConfig.maxDirectives),
    costLimitRule(armorConfig.costLimit),
  ] as ValidationRule[];
}

function literal(value: unknown): ValueNode {
  if (value === null || value === undefined) return { kind: Kind.NULL };
  if (typeof value === 'boolean') return { kind: Kind.BOOLEAN, value };
  if (typeof value === 'number')
    return Number.isInteger(value) ? { kind: Kind.INT, value: String(value) } : { kind: Kind.FLOAT, value: String(value) };
  if (Array.isArray(value)) return { kind: Kind.LIST, values: value.map(literal) };
  if (typeof value === 'object') {
    return {
      kind: Kind.OBJECT,
      fields: Object.entries(value).map(([name, field]) => ({
        kind: Kind.OBJECT_FIELD,
        name: { kind: Kind.NAME, value: name },
        value: literal(field),
      })),
    };
  }
  return { kind: Kind.STRING, value: String(value) };
}

// graphql-armor multiplies a selection by a literal `first`/`last` only; `nodes(ids:)` fetches one
// object per id, so it costs like a page of as many items as it has ids (the per-id rule), and more
// than LIMITS.maxNodeIds ids are refused outright.
function countNodeIds(document: DocumentNode): { document: DocumentNode; tooMany: number | null } {
  let tooMany: number | null = null;
  const counted = visit(document, {
    Field: (node) => {
      const ids = node.name.value === 'nodes' ? node.arguments?.find((a) => a.name.value === 'ids') : undefined;
      if (!ids || ids.value.kind !== Kind.LIST) return undefined;
      const count = ids.value.values.length;
      if (count > LIMITS.maxNodeIds) tooMany = count;
      return {
        ...node,
        arguments: [
          ...(node.arguments ?? []),
          { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'first' }, value: { kind: Kind.INT, value: String(count) } },
        ],
      };
    },
  });
  return { document: counted, tooMany };
}

const tooManyIds = (count: number) =>
  new GraphQLError(`ids: nodes(ids:) takes at most ${LIMITS.maxNodeIds} ids at once, got ${count}`, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });

// A variable list of ids over the cap is refused before the document is rewritten with its values.
function oversizedIdsVariable(document: DocumentNode, variables: Record<string, unknown> | undefined): number | null {
  let found: number | null = null;
  visit(document, {
    Argument: (node) => {
      if (node.name.value !== 'ids' || node.value.kind !== Kind.VARIABLE) return;
      const value = variables?.[node.value.name.value];
      if (Array.isArray(value) && value.length > LIMITS.maxNodeIds) found = value.length;
    },
  });
  return found;
}

const mentionsNodes = (document: DocumentNode) => /\bnodes\b/.test(document.loc?.source.body ?? 'nodes');

/**
 * graphql-armor's cost rule reads `first`/`last` only when they are written in the query, so
 * `first: $n` would cost as if it were 1, and it knows nothing of `nodes(ids:)`. Once the variables
 * are known, the operation is costed again with each variable replaced by its value and each
 * `nodes` field costed per id; the error, if any, reads as the rule's own. This runs before any
 * resolver, so a refused operation sends no SQL.
 */
export function costWithVariablesError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): GraphQLError | null {
  const hasVariables = Boolean(operation.variableDefinitions?.length);
  if (!hasVariables && !mentionsNodes(document)) return null;
  const oversized = oversizedIdsVariable(document, rawVariables);
  if (oversized !== null) return tooManyIds(oversized);
  let inlined = document;
  if (hasVariables) {
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
    if (coerced.errors) return null;
    const values = coerced.coerced;
    inlined = visit(document, {
      OperationDefinition: (node) => (node === operation ? { ...node, variableDefinitions: [] } : null),
      Variable: (node) => literal(values[node.name.value]),
    });
  }
  const { document: counted, tooMany } = countNodeIds(inlined);
  if (tooMany !== null) return tooManyIds(tooMany);
  const [refused] = validate(schema, counted, [costLimitRule(armorConfig.costLimit) as ValidationRule]);
  return refused ? new GraphQLError(refused.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } }) : null;
}
