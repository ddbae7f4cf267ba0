import type { ServerResponse } from 'node:http';
import { htmlSecurityHeaders } from './security-headers.ts';

/** Sends a JSON body with `status`. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** Sends an error the way GraphQL responses carry them: `{ errors: [{ message, extensions: { code } }] }`. */
export function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  code = 'BAD_REQUEST',
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, headers);
}

/** Sends an HTML page that is not cached (`cache-control` overridable), with the security headers of HTML pages. */
export function sendHtml(res: ServerResponse, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', ...htmlSecurityHeaders(html), ...headers });
  res.end(html);
}
