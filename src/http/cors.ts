import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';

/**
 * The request headers a browser may send cross-origin: JSON bodies, the bearer token, Apollo's
 * CSRF-prevention header and the operation name, and a request id of the caller's own.
 */
const ALLOWED_HEADERS = ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'];
/** Response headers a cross-origin page may read (rate limits and busy answers tell it when to retry). */
const EXPOSED_HEADERS = ['x-request-id', 'retry-after'];

/**
 * Cross-origin access for the pages of `origins` (exact `scheme://host[:port]` strings): credentials
 * off (tokens travel in `Authorization`, never in cookies), `Vary: Origin` on every answer, and
 * preflights (OPTIONS) answered 204 here. With no origins nothing is added, so browsers keep
 * LexGraph to same-origin pages. The returned handler answers a preflight itself (true) or adds
 * the headers and lets the request go on (false).
 */
export function corsPolicy(origins: readonly string[]): ((req: IncomingMessage, res: ServerResponse) => boolean) | null {
  if (origins.length === 0) return null;
  const middleware = cors({
    // A list (not a function) so unlisted origins get an answer too: `Vary: Origin`, no allowed origin.
    origin: [...origins],
    methods: ['GET', 'POST'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    credentials: false,
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
  return (req, res) => {
    // With static options the middleware runs synchronously: it ends a preflight itself and
    // calls `next` for every other request.
    let next = false;
    middleware(req, res, () => {
      next = true;
    });
    return !next;
  };
}
