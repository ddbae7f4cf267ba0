import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../core/context.ts';

/**
 * A request that could not be taken on in time (SERVICE_BUSY: no database connection free within
 * DATABASE_POOL_TIMEOUT_MS, too many password hashes queued) is answered 503 with `Retry-After`,
 * so clients and load balancers retry it rather than treat it as a failure of the request.
 */
export const busyResponse: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const busy = response.body.singleResult.errors?.find((e) => e.extensions?.code === 'SERVICE_BUSY');
        if (!busy) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(busy.extensions?.retryAfterSeconds ?? 1));
      },
    };
  },
};
