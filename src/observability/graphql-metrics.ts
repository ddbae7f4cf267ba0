import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, type GraphQLFormattedError, Kind } from 'graphql';
import { graphqlDuration, graphqlErrors, graphqlRequests, operationLabel, sqlPerRequest } from './metrics.ts';
import type { RequestTally } from './request-scope.ts';

/** Counts formatted errors (as clients receive them) by `extensions.code`. */
export function countErrors(errors: readonly GraphQLFormattedError[] | undefined): void {
  for (const error of errors ?? []) graphqlErrors.inc({ code: String(error.extensions?.code ?? 'UNKNOWN') });
}

// A document that failed validation has no resolved operation; its name is still the client's.
function soleOperationName(document: DocumentNode | undefined): string | undefined {
  const operations = document?.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION) ?? [];
  return operations.length === 1 ? operations[0].name?.value : undefined;
}

/**
 * Apollo plugin recording each HTTP operation's count, latency (by operation name and outcome:
 * `success`; `error` when it answered with errors beside data; `refused` when it ran no field), the
 * errors it sent by code, and the SQL statements it caused (`tally`, kept by the request scope).
 */
export function graphqlMetricsPlugin(tallyOf: () => RequestTally | undefined): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, request, operation, document }) {
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          const outcome = !errors?.length ? 'success' : data ? 'error' : 'refused';
          const labels = {
            operation: operationLabel(operation?.name?.value ?? request.operationName ?? soleOperationName(document)),
            outcome,
          };
          graphqlRequests.inc(labels);
          graphqlDuration.observe(labels, (performance.now() - started) / 1000);
          countErrors(errors);
          const tally = tallyOf();
          if (tally) sqlPerRequest.observe(tally.statements);
        },
      };
    },
  };
}
