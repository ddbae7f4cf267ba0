import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Sessions } from '../auth/sessions.ts';
import type { Context } from '../core/context.ts';
import { DomainError } from '../core/errors.ts';
import { clientIp } from '../security/client-ip.ts';
import type { Caller } from './app-deps.ts';
import { readBody } from './body.ts';
import { graphiqlPage } from './graphiql.ts';
import { sendError as requestError } from './respond.ts';
import { htmlSecurityHeaders } from './security-headers.ts';

export interface GraphQLHandlerDeps {
  apollo: ApolloServer<Context>;
  sessions: Sessions;
  buildContext(requestId: string, caller: Caller): Context;
  /** Whether browsers get GraphiQL on `GET /graphql`. */
  graphiql: boolean;
  bodyLimitBytes: number;
  /** Proxies whose X-Forwarded-For entries are believed (see `clientIp`). */
  trustProxy: number;
}

// Browsers navigating to /graphql get GraphiQL, which reads `?query=` to prefill its editor;
// GraphQL clients send Accept: application/json or application/graphql-response+json instead.
function wantsHtml(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

/** `/graphql` over HTTP: GraphiQL for browsers, every other GET or POST through Apollo Server. */
export function graphqlHandler({
  apollo,
  sessions,
  buildContext,
  ...deps
}: GraphQLHandlerDeps): (req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) => Promise<void> {
  return async (req, res, url, requestId) => {
    if (deps.graphiql && req.method === 'GET' && wantsHtml(req)) {
      const page = graphiqlPage();
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
        ...htmlSecurityHeaders(page),
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(gzip ? page.gzip : page.html);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'POST') {
      requestError(res, 405, 'GraphQL accepts GET (queries) and POST', 'METHOD_NOT_ALLOWED', { allow: 'GET, POST' });
      return;
    }
    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, deps.bodyLimitBytes);
      const contentType = String(req.headers['content-type'] ?? '');
      if (contentType.includes('json')) {
        try {
          body = JSON.parse(raw);
        } catch (error) {
          requestError(res, 400, `Request body is not valid JSON: ${(error as Error).message}`);
          return;
        }
      } else {
        body = raw;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method, headers, search: url.search, body },
      context: async () => {
        try {
          const { viewer, credential } = await sessions.authenticate(req.headers.authorization);
          return buildContext(requestId, { viewer, credential, clientIp: clientIp(req, deps.trustProxy) });
        } catch (error) {
          if (error instanceof DomainError) {
            throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
          }
          throw error;
        }
      },
    });
    const outHeaders: Record<string, string> = {};
    for (const [key, value] of result.headers) outHeaders[key] = value;
    res.writeHead(result.status ?? 200, outHeaders);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };
}
