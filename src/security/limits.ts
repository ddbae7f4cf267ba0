import { ApolloArmor } from '@escape.tech/graphql-armor';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

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
  // The default of QUERY_MAX_COST, in the units of `security/cost.ts`: a page of 100 matters with
  // client, attorney and a full page of 100 members (user and role) costs ~20,000; a third nested
  // level of full pages (a million rows) ~2 million. The limit sits between the two.
  maxCost: 100_000,
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
  // Cost is ours (`security/cost.ts`): one model that refuses, charges the rate limit and reports.
  costLimit: { enabled: false },
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
 * (operations over WebSocket). Token counting happens at parse time there; cost is checked
 * with the variables (`security/cost.ts`).
 */
export function armorValidationRules(): ValidationRule[] {
  return [
    maxDepthRule(armorConfig.maxDepth),
    maxAliasesRule(armorConfig.maxAliases),
    maxDirectivesRule(armorConfig.maxDirectives),
  ] as ValidationRule[];
}
