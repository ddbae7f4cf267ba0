import { randomUUID } from 'node:crypto';
import { type ExecutionArgs, GraphQLError, getOperationAST } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { Context, Viewer } from '../core/context.ts';
import { UnauthenticatedError } from '../core/errors.ts';
import { apiScopeRefusal } from '../core/graphql/api-scopes.ts';
import { checkCost } from '../security/charge.ts';
import { nulCharacterError } from '../security/input-guard.ts';
import { operationCost } from '../security/operation-check.ts';
import { untrustedDocument } from '../security/trusted-documents.ts';
import { audienceOf } from './audience.ts';
import { currentViewer, refuse, type ServerContext } from './connection.ts';
import type { CheckedDocument } from './documents.ts';
import { RealtimeLimitError } from './errors.ts';
import type { GraphQLWsDeps } from './graphql-ws-deps.ts';
import type { Renewal } from './renewing-execution.ts';

/**
 * graphql-ws's `onSubscribe`: admits one operation as an HTTP request would be (the connection's
 * operation limit, trusted documents, validation, the viewer as they are now, API key scopes and
 * query cost), and records in `renewers` how each of its events re-checks and rebuilds its context.
 */
export function operationStarter(
  deps: GraphQLWsDeps,
  checkDocument: (query: string) => CheckedDocument,
  renewers: WeakMap<object, Renewal>,
): (ctx: ServerContext, id: string, payload: SubscribePayload) => Promise<ExecutionArgs | readonly GraphQLError[]> {
  const { settings, sessions, schema } = deps;
  return async (ctx, id, payload) => {
    const connection = ctx.extra.connection;
    if (!connection?.token) return [new GraphQLError('Sign in to continue', { extensions: { code: 'UNAUTHENTICATED' } })];
    if (Object.keys(ctx.subscriptions).length > settings.maxSubscriptionsPerConnection) {
      const limit = settings.maxSubscriptionsPerConnection;
      return [
        new GraphQLError(`Too many operations on this connection (at most ${limit}); complete some first`, {
          originalError: new RealtimeLimitError(`Too many operations on this connection (at most ${limit})`),
        }),
      ];
    }
    const hash = (payload.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
    const query = payload.query || (typeof hash === 'string' ? deps.trusted.byHash(hash) : undefined);
    if (!query) return [untrustedDocument()];
    const checked = checkDocument(query);
    if ('errors' in checked) return checked.errors;
    const { document } = checked;
    const operation = getOperationAST(document, payload.operationName);
    const variables = payload.variables ?? undefined;
    const nul = nulCharacterError(document, variables);
    if (nul) return [nul];
    // Every operation runs as the user is now, as an HTTP request would.
    const viewer = await currentViewer(sessions, connection).catch((error: unknown) => error as Error);
    if (viewer instanceof Error) return [new GraphQLError(viewer.message, { originalError: viewer })];
    if ('code' in viewer) {
      refuse(connection, viewer);
      return [new GraphQLError(viewer.reason, { extensions: { code: 'UNAUTHENTICATED' } })];
    }
    if (deps.trusted.requiredFor(viewer) && !deps.trusted.has(query)) return [untrustedDocument()];
    const requestId = randomUUID();
    connection.operations.set(id, requestId);
    const { token } = connection;
    const credential = { tokenId: token.tokenId, expiresAt: token.expiresAt };
    const build = (now: Viewer): Context => deps.buildContext(requestId, { viewer: now, credential, clientIp: connection.clientIp });
    const contextValue = build(viewer);
    if (operation) {
      const denied = apiScopeRefusal(schema, document, operation, viewer.apiKey);
      if (denied) return [denied];
      const report = operationCost(schema, document, operation, variables);
      const { refusal } = await checkCost(contextValue, report, deps.budget, deps.maxQueryCost);
      if (refusal) return [refusal];
    }
    renewers.set(contextValue, {
      check: async () => {
        const now = await currentViewer(sessions, connection);
        if ('code' in now) {
          refuse(connection, now);
          throw new UnauthenticatedError(now.reason);
        }
        return now;
      },
      build,
      audience: audienceOf(schema, { ...payload, query }, document, viewer),
    });
    return {
      schema,
      document,
      contextValue,
      variableValues: payload.variables,
      operationName: payload.operationName,
    } satisfies Partial<ExecutionArgs> as ExecutionArgs;
  };
}
