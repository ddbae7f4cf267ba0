import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepOffline, launchChromium } from '../support/browser.ts';
import { resetDatabase } from '../support/database.ts';
import { createFirm, type FirmFixture } from '../support/fixtures.ts';
import { type PageHost, servePage } from '../support/pages.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// A frontend's call as browsers make it: JSON with a bearer token and Apollo's preflight header,
// so the browser sends a preflight first.
const FRONTEND = `<!doctype html><html><body><script>
  window.callApi = async (api, token) => {
    try {
      const response = await fetch(api + '/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token, 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query: '{ me { name } }' }),
      });
      return { status: response.status, requestId: response.headers.get('x-request-id'), body: await response.json() };
    } catch (error) {
      return { refused: String(error) };
    }
  };
</script></body></html>`;

let api: TestServer;
let sameOriginOnly: TestServer;
let listed: PageHost;
let unlisted: PageHost;
let browser: Browser;
let firm: FirmFixture;

beforeAll(async () => {
  listed = await servePage(FRONTEND);
  unlisted = await servePage(FRONTEND);
  api = await startTestServer({ http: { corsOrigins: [listed.origin, 'https://app.example.com'] } });
  sameOriginOnly = await startTestServer();
  await resetDatabase();
  firm = await createFirm(api, 'Cors');
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await sameOriginOnly?.close();
  await listed?.close();
  await unlisted?.close();
});

async function callFrom(origin: string, apiUrl: string) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const outside = await keepOffline(page);
    await page.goto(origin);
    const result = await page.evaluate(
      ([url, token]) => (window as unknown as { callApi: (url: string, token: string) => Promise<unknown> }).callApi(url, token),
      [apiUrl, firm.admin.token],
    );
    expect(outside).toEqual([]);
    return result as { status?: number; requestId?: string | null; body?: unknown; refused?: string };
  } finally {
    await context.close();
  }
}

function preflight(url: string, origin: string) {
  return fetch(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type,authorization,apollo-require-preflight',
    },
  });
}

describe('CORS in headless Chromium', () => {
  it('lets a page from a listed origin call the API with its bearer token', async () => {
    const result = await callFrom(listed.origin, api.url);
    expect(result).toMatchObject({ status: 200, body: { data: { me: { name: 'Cors Admin' } } } });
    // Exposed to the page, so a frontend can quote it in a support request.
    expect(result.requestId).toMatch(/\S/);
  });

  it('has the browser refuse a page from an origin that is not listed', async () => {
    const result = await callFrom(unlisted.origin, api.url);
    expect(result.refused).toMatch(/Failed to fetch/);
  });

  it('has the browser refuse every other origin when CORS_ORIGINS is unset', async () => {
    const result = await callFrom(listed.origin, sameOriginOnly.url);
    expect(result.refused).toMatch(/Failed to fetch/);
  });
});

describe('CORS headers', () => {
  it('answers a listed origin’s preflight with the methods and headers a GraphQL client sends, without credentials', async () => {
    const response = await preflight(api.url, 'https://app.example.com');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(response.headers.get('access-control-allow-headers')?.split(',')).toEqual(
      expect.arrayContaining(['content-type', 'authorization', 'apollo-require-preflight']),
    );
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  it('names no origin in the answer to an unlisted origin, and still varies by Origin', async () => {
    const response = await preflight(api.url, 'https://evil.example.net');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  it('varies a GraphQL answer by Origin, so caches keep one per origin', async () => {
    const response = await api.gql('{ me { name } }', undefined, {
      token: firm.admin.token,
      headers: { origin: 'https://app.example.com' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  it('adds no CORS headers at all when CORS_ORIGINS is unset', async () => {
    const response = await preflight(sameOriginOnly.url, 'https://app.example.com');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-methods')).toBeNull();
  });
});
