import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Sessions } from '../auth/sessions.ts';
import type { TokenService } from '../auth/token.ts';
import type { Route } from '../core/domain.ts';
import { UnauthenticatedError } from '../core/errors.ts';
import type { PrismaClient } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import type { JobSettings } from '../queue/settings.ts';
import { sendError as requestError } from './respond.ts';

export interface RouteDispatchDeps {
  routes: readonly Route[];
  prisma: PrismaClient;
  tokens: TokenService;
  log: Logger;
  jobs: JobSettings;
  sessions: Sessions;
}

/**
 * The domains' plain HTTP routes: the route whose path and method match handles the request,
 * a path with routes of other methods answers 405, and any other path 404.
 */
export function routeDispatcher({
  routes,
  prisma,
  tokens,
  log,
  jobs,
  sessions,
}: RouteDispatchDeps): (req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) => Promise<void> {
  return async (req, res, url, requestId) => {
    const matching = routes.filter((r) => (r.prefix ? url.pathname.startsWith(r.path) : url.pathname === r.path));
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const route = matching.find((r) => r.method === method);
    if (route)
      return await route.handle(
        req,
        res,
        { url, rest: url.pathname.slice(route.path.length), requestId },
        {
          prisma,
          tokens,
          log,
          jobs,
          authenticate: async (authorization) => {
            const { viewer } = await sessions.authenticate(authorization);
            // A key reaches a plain route only with the scope the route names.
            const wanted = typeof route.scope === 'string' ? [route.scope] : (route.scope ?? []);
            if (viewer?.apiKey && !wanted.some((scope) => viewer.apiKey?.scopes.includes(scope)))
              throw new UnauthenticatedError(`This API key lacks the scope ${wanted.join(' or ') || 'this route needs'}`);
            return viewer;
          },
        },
      );
    if (matching.length > 0) {
      const allow = [...new Set(matching.map((r) => r.method))].join(', ');
      return requestError(res, 405, `${url.pathname} accepts ${allow}`, 'METHOD_NOT_ALLOWED', { allow });
    }
    requestError(res, 404, `No route for ${req.method} ${url.pathname}; GraphQL is at /graphql`, 'NOT_FOUND');
  };
}
