import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { expectedErrorCode, formatError } from '../http/errors.ts';
import type { Logger } from '../logger.ts';
import { countErrors } from '../observability/graphql-metrics.ts';
import type { Connection } from './connection.ts';

/**
 * Masks errors as the HTTP path does, logging each unexpected one with its operation's request id,
 * and counts them.
 */
export function errorFormatter(
  exposeInternal: boolean,
  log: Logger,
): (connection: Connection | undefined, operationId: string, errors: readonly GraphQLError[]) => GraphQLFormattedError[] {
  const format = formatError(exposeInternal);
  return (connection, operationId, errors) => {
    const formatted = errors.map((error) => {
      if (!expectedErrorCode(error)) {
        const requestId = connection?.operations.get(operationId);
        log.error({ err: error.originalError ?? error, path: error.path, requestId }, 'unexpected GraphQL error');
      }
      return format(error.toJSON(), error);
    });
    countErrors(formatted);
    return formatted;
  };
}
