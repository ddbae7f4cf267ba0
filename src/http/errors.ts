import { unwrapResolverError } from '@apollo/server/errors';
import { PothosValidationError } from '@pothos/core';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError, ServiceBusyError } from '../core/errors.ts';
import { isDatabaseBusy } from '../db/busy.ts';

// Codes whose messages are written for clients: GraphQL's own request errors and ours.
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'SERVICE_BUSY',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
]);

// A busy database is no bug: whichever statement met it, the client is told to retry.
const busy = (original: unknown) => (isDatabaseBusy(original) ? new ServiceBusyError() : original);

/** The client-facing code of an expected error, or null for an unexpected one. */
export function expectedErrorCode(error: unknown, formatted?: GraphQLFormattedError): string | null {
  const original = busy(unwrapResolverError(error));
  if (original instanceof DomainError) return original.code;
  if (original instanceof PothosValidationError) return 'BAD_USER_INPUT';
  // Errors raised outside resolvers (graphql-ws limits, a subscription's event stream) carry no path.
  const cause = (error as { originalError?: unknown } | null)?.originalError;
  if (cause instanceof DomainError) return cause.code;
  const code = formatted?.extensions?.code ?? (error as { extensions?: { code?: unknown } })?.extensions?.code;
  return typeof code === 'string' && CLIENT_CODES.has(code) ? code : null;
}

/**
 * Apollo's `formatError`: expected errors keep their message and gain a `code`; anything else
 * becomes "Internal server error" (no message, stack or SQL) unless `exposeInternal` (development).
 * The original is logged with its request id by the logging plugin.
 */
export function formatError(exposeInternal: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = expectedErrorCode(error, formatted);
    const { locations, path } = formatted;
    if (code) {
      const original = busy(unwrapResolverError(error));
      const message = original instanceof DomainError || original instanceof PothosValidationError ? original.message : formatted.message;
      const { stacktrace: _omit, http: _transport, ...extensions } = formatted.extensions ?? {};
      const retry = original instanceof ServiceBusyError ? { retryAfterSeconds: original.retryAfterSeconds } : {};
      return { message, locations, path, extensions: { ...extensions, ...retry, code } };
    }
    if (exposeInternal) return { message: formatted.message, locations, path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    return { message: 'Internal server error', locations, path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
