import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let api: TestServer;
let browser: Browser;
let framer: Server;
let framerUrl: string;

const PAGES = ['/graphql', '/dashboard', '/set-password', '/reset-password'];

beforeAll(async () => {
  api = await startTestServer();
  browser = await launchChromium();
  // A page of another origin that tries to frame each LexGraph page.
  framer = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').searchParams.get('path') ?? '/dashboard';
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><iframe id="victim" src="${api.url}${path}" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => framer.listen(0, 'localhost', resolve));
  framerUrl = `http://localhost:${(framer.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => framer?.close(resolve));
  await api?.close();
});

describe('HTML pages', () => {
  it.each(PAGES)('%s sends a CSP, frame-ancestors none, X-Frame-Options DENY, nosniff and a Referrer-Policy', async (path) => {
    const response = await fetch(`${api.url}${path}`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self' 'sha256-/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    await response.arrayBuffer();
  });

  it.each(PAGES)(
    '%s cannot be framed by another site in Chromium',
    async (path) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        const framed: string[] = [];
        page.on('response', (r) => {
          if (r.url().startsWith(api.url)) framed.push(r.url());
        });
        await page.goto(`${framerUrl}/?path=${encodeURIComponent(path)}`);
        await expect.poll(() => framed.length, { timeout: 15_000 }).toBeGreaterThan(0);
        const frame = page.frames().find((f) => f !== page.mainFrame());
        // A blocked frame shows Chromium's error page: none of LexGraph's document reaches it.
        const title = await frame?.evaluate(() => document.title).catch(() => '');
        expect(title ?? '').not.toMatch(/LexGraph/);
        const text = await frame?.evaluate(() => document.body?.textContent ?? '').catch(() => '');
        expect(text ?? '').not.toMatch(/LexGraph|password/i);
      } finally {
        await context.close();
      }
    },
    30_000,
  );
});
