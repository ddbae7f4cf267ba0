import { GraphQLError } from 'graphql';
import type { Context, OperationCharge, Viewer } from '../core/context.ts';
import { countRateLimitRefusal } from '../observability/metrics.ts';
import type { CostReport } from './cost.ts';
import type { BucketState, QueryBudget } from './query-budget.ts';

/** The `extensions.cost` of a response, in Shopify's shape. */
export interface CostExtension {
  requestedQueryCost: number;
  /** What was spent: the requested cost once it ran, null when it was refused. */
  actualQueryCost: number | null;
  throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number } | null;
}

/** The cost of an operation as it will be reported, once it has been checked. */
export interface CheckedCost {
  extension: CostExtension;
  /** Why it may not run (too complex, rate limited, a page size out of range), or null. */
  refusal: GraphQLError | null;
}

/** Whose bucket an operation spends from: the API key's, or the user's; anonymous callers spend none. */
export const bucketKey = (viewer: Viewer | null) => (viewer ? (viewer.apiKey ? `key:${viewer.apiKey.id}` : `user:${viewer.id}`) : null);

const throttleOf = (state: BucketState) => ({
  maximumAvailable: state.maximumAvailable,
  currentlyAvailable: state.currentlyAvailable,
  restoreRate: state.restoreRate,
});

/**
 * Refuses an operation costlier than `maxCost` (QUERY_TOO_COMPLEX, 400), then charges its cost to
 * the caller's bucket (RATE_LIMITED with `retryAfterSeconds`, 429 over HTTP, when the bucket holds too little), and
 * records the charge on the context for the `rateLimit` query. Runs before any resolver.
 */
export async function checkCost(ctx: Context, report: CostReport, budget: QueryBudget, maxCost: number): Promise<CheckedCost> {
  const requestedQueryCost = report.cost;
  if (report.error) return { extension: { requestedQueryCost, actualQueryCost: null, throttleStatus: null }, refusal: report.error };
  if (requestedQueryCost > maxCost) {
    const extension = { requestedQueryCost, actualQueryCost: null, throttleStatus: null };
    return {
      extension,
      refusal: new GraphQLError(`Query is too complex: it costs ${requestedQueryCost}, and at most ${maxCost} is allowed`, {
        extensions: { code: 'QUERY_TOO_COMPLEX', cost: extension, maximumCost: maxCost, http: { status: 400 } },
      }),
    };
  }
  const key = bucketKey(ctx.viewer);
  if (!key) return { extension: { requestedQueryCost, actualQueryCost: requestedQueryCost, throttleStatus: null }, refusal: null };
  const state = await budget.charge(key, requestedQueryCost);
  const throttleStatus = throttleOf(state);
  if (state.retryAfterSeconds !== null) {
    countRateLimitRefusal(`query.${key.startsWith('key:') ? 'apiKey' : 'user'}`);
    const extension = { requestedQueryCost, actualQueryCost: null, throttleStatus };
    return {
      extension,
      refusal: new GraphQLError(`Rate limited: this query costs ${requestedQueryCost}; retry in ${state.retryAfterSeconds} s`, {
        extensions: {
          code: 'RATE_LIMITED',
          retryAfterSeconds: state.retryAfterSeconds,
          cost: extension,
          http: { status: 429 },
        },
      }),
    };
  }
  ctx.charge = { ...throttleStatus, cost: requestedQueryCost, resetAt: state.resetAt } satisfies OperationCharge;
  return { extension: { requestedQueryCost, actualQueryCost: requestedQueryCost, throttleStatus }, refusal: null };
}

/**
 * Once an operation has run: records its actual cost (counted from its answer) and gives what it
 * was charged beyond that back to the caller's bucket.
 */
export async function settle(ctx: Context, charged: CostExtension, actual: number, budget: QueryBudget): Promise<CostExtension> {
  const actualQueryCost = Math.min(actual, charged.requestedQueryCost);
  const key = bucketKey(ctx.viewer);
  const refund = charged.requestedQueryCost - actualQueryCost;
  if (!key || !charged.throttleStatus || refund <= 0) return { ...charged, actualQueryCost };
  const state = await budget.refund(key, refund);
  return { ...charged, actualQueryCost, throttleStatus: throttleOf(state) };
}
