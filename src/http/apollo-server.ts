import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../core/context.ts';
import type { Logger } from '../logger.ts';
import { graphqlMetricsPlugin } from '../observability/graphql-metrics.ts';
import { graphqlTracingPlugin, traceResolvers } from '../observability/graphql-tracing.ts';
import { currentTally } from '../observability/request-scope.ts';
import { tracingEnabled } from '../observability/tracing.ts';
import { type ReadPathOptions, readPathPlugin } from '../readpath/plugin.ts';
import { costPlugin } from '../security/cost-plugin.ts';
import { apolloArmor, PARSE_OPTIONS } from '../security/limits.ts';
import type { QueryBudget } from '../security/query-budget.ts';
import type { TrustedDocuments } from '../security/trusted-documents.ts';
import { busyResponse } from './busy.ts';
import { expectedErrorCode, formatError } from './errors.ts';

export interface ApolloDeps {
  schema: GraphQLSchema;
  log: Logger;
  budget: QueryBudget;
  maxQueryCost: number;
  trusted: TrustedDocuments;
  /** The SQL read path's pool (and statement hook); without it every operation is resolved field by field. */
  readPath?: Pick<ReadPathOptions, 'pool' | 'onQuery'>;
  introspection: boolean;
  exposeInternal: boolean;
}

const logUnexpected: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (!expectedErrorCode(error))
            contextValue.log.error({ err: error.originalError ?? error, path: error.path }, 'unexpected GraphQL error');
        }
      },
    };
  },
};

/**
 * Starts Apollo Server for GraphQL over HTTP: graphql-armor's limits, query cost, metrics and
 * tracing, the SQL read path, trusted documents and error masking.
 */
export async function startApollo({ schema, log, budget, maxQueryCost, trusted, ...deps }: ApolloDeps): Promise<ApolloServer<Context>> {
  const armor = apolloArmor();
  if (tracingEnabled()) traceResolvers(schema);
  const apollo = new ApolloServer<Context>({
    schema,
    // main.ts owns SIGTERM/SIGINT: Apollo's own handlers (on outside NODE_ENV=test) raced it and hung shutdown.
    stopOnTerminationSignals: false,
    // graphql-armor is typed against the CommonJS build of @apollo/server; the plugins are the same at run time.
    plugins: [
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      costPlugin(schema, budget, maxQueryCost, trusted),
      graphqlMetricsPlugin(currentTally),
      ...(tracingEnabled() ? [graphqlTracingPlugin()] : []),
      busyResponse,
      logUnexpected,
      ...(deps.readPath ? [readPathPlugin({ schema, log, ...deps.readPath })] : []),
      // Nothing reads cache hints; its per-field hook would only cost.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
    ],
    validationRules: armor.validationRules,
    parseOptions: PARSE_OPTIONS,
    allowBatchedHttpRequests: false,
    // Hashes resolve to the trusted documents (and, unless they are required, to documents clients registered).
    persistedQueries: { cache: trusted.cache() },
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    introspection: deps.introspection,
    formatError: formatError(deps.exposeInternal),
    logger: {
      debug: (m) => log.debug(m),
      info: (m) => log.info(m),
      warn: (m) => log.warn(m),
      error: (m) => log.error(m),
    },
  });
  await apollo.start();
  return apollo;
}
