import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

const pages = new WeakMap<object, Record<string, string>>();
const byText = new Map<string, Record<string, string>>();

// Each inline script is allowed by its hash, so the pages need no 'unsafe-inline' for scripts.
function scriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`,
  );
}

// helmet is connect-style middleware; run it once against a recorder to learn the header set.
function headerSet(html: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string) => {
      headers[name.toLowerCase()] = value;
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...scriptHashes(html)],
        // GraphiQL's editor runs its language services in workers made from blobs.
        workerSrc: ["'self'", 'blob:'],
        // React and the editor set inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Browsers ignore HSTS over plain HTTP; behind TLS it belongs to the proxy that terminates it.
    strictTransportSecurity: false,
  })({} as IncomingMessage, recorder as unknown as ServerResponse, () => {});
  return headers;
}

/**
 * The security headers of an HTML page (helmet's set): a Content-Security-Policy that allows the
 * page's own inline scripts by hash and nothing from elsewhere, `frame-ancestors 'none'` and
 * `X-Frame-Options: DENY` (no framing), `X-Content-Type-Options: nosniff`, `Referrer-Policy:
 * no-referrer` and the cross-origin isolation headers. Computed once per page.
 */
export function htmlSecurityHeaders(page: string | { html: string }): Record<string, string> {
  const cached = typeof page === 'string' ? byText.get(page) : pages.get(page);
  if (cached) return cached;
  const html = typeof page === 'string' ? page : page.html;
  const headers = headerSet(html);
  if (typeof page === 'string') byText.set(page, headers);
  else pages.set(page, headers);
  return headers;
}
