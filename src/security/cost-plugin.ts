import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../core/context.ts';
import { apiScopeRefusal } from '../core/graphql/api-scopes.ts';
import { type CostExtension, checkCost, settle } from './charge.ts';
import { actualCostOf } from './cost.ts';
import { nulCharacterError } from './input-guard.ts';
import { operationCost } from './operation-check.ts';
import type { QueryBudget } from './query-budget.ts';
import { type TrustedDocuments, untrustedDocument } from './trusted-documents.ts';

/**
 * Checks every HTTP operation before it runs, with its variables: a trusted document where one is
 * required, NUL characters, an API key's
 * scopes, page sizes and
 * `nodes(ids:)` counts, cost against `maxCost`, and the caller's rate limit (see `charge.ts`). Every
 * response that got as far as an operation reports its cost in `extensions.cost`; what was charged
 * beyond the actual cost (smaller pages than asked, nulls) is given back.
 */
export function costPlugin(
  schema: GraphQLSchema,
  budget: QueryBudget,
  maxCost: number,
  trusted: TrustedDocuments,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: CostExtension | null = null;
      return {
        async didResolveOperation({ document, operation, request, contextValue, source }) {
          if (!operation) return;
          if (trusted.requiredFor(contextValue.viewer) && !trusted.has(source)) throw untrustedDocument();
          const nul = nulCharacterError(document, request.variables);
          if (nul) throw nul;
          const denied = apiScopeRefusal(schema, document, operation, contextValue.viewer?.apiKey);
          if (denied) throw denied;
          const checked = await checkCost(contextValue, operationCost(schema, document, operation, request.variables), budget, maxCost);
          cost = checked.extension;
          if (checked.refusal) throw checked.refusal;
        },
        async willSendResponse({ response, document, operation, contextValue }) {
          if (!cost || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (cost.actualQueryCost !== null && document && operation && 'data' in result) {
            cost = await settle(contextValue, cost, actualCostOf(schema, document, operation, result.data), budget);
          }
          const limited = result.errors?.find((e) => e.extensions?.code === 'RATE_LIMITED');
          if (limited) response.http.headers.set('retry-after', String(limited.extensions?.retryAfterSeconds ?? 1));
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
