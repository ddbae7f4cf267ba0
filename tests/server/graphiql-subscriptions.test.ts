import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { keepOffline, launchChromium } from '../support/browser.ts';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, type FirmFixture } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let api: TestServer;
let browser: Browser;
let firm: FirmFixture;

beforeAll(async () => {
  api = await startTestServer();
  await resetDatabase();
  firm = await createFirm(api, 'Live');
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

let page: Page;
let outside: string[];
let sockets: { url: string; sent: string[]; closed: boolean }[];

beforeEach(async () => {
  const context = await browser.newContext();
  page = await context.newPage();
  outside = await keepOffline(page);
  sockets = [];
  page.on('websocket', (ws) => {
    const socket = { url: ws.url(), sent: [] as string[], closed: false };
    sockets.push(socket);
    ws.on('framesent', (frame) => socket.sent.push(String(frame.payload)));
    ws.on('close', () => {
      socket.closed = true;
    });
  });
  return () => context.close();
});

const SUBSCRIPTION = 'subscription Live { matterEvents(filter: { types: [CREATED] }) { type matter { title } } }';

async function open(query: string): Promise<void> {
  await page.goto(`${api.url}/graphql?query=${encodeURIComponent(query)}`);
  await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
}

async function editorText(selector: string): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text as rendered, which is what we read.
  return (await page.locator(selector).innerText()).replaceAll('\u00a0', ' ').replaceAll('\n', '');
}

/** Types `headers` into GraphiQL's headers editor, as a developer would. */
async function setHeaders(headers: Record<string, string>): Promise<void> {
  await page.getByText('Headers', { exact: true }).click();
  const editor = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden)');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(JSON.stringify(headers));
}

describe('subscriptions in GraphiQL (headless Chromium)', () => {
  it('runs a subscription with the headers editor’s Authorization and shows an event after a mutation', async () => {
    await open(SUBSCRIPTION);
    // Spelled as HTTP headers usually are: the server accepts any letter case.
    await setHeaders({ Authorization: `Bearer ${firm.admin.token}` });
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => sockets.some((s) => s.sent.some((m) => m.includes('"subscribe"'))), { timeout: 15_000 }).toBe(true);
    const init = JSON.parse(sockets[0].sent.find((m) => m.includes('connection_init')) ?? '{}');
    expect(init.payload).toEqual({ authorization: `Bearer ${firm.admin.token}` });

    const client = await createClient(api, firm.admin.token);
    await createMatter(api, firm.admin.token, { clientId: client.id, title: 'Seen live in GraphiQL' });
    await expect.poll(() => editorText('.graphiql-response'), { timeout: 20_000 }).toContain('Seen live in GraphiQL');
    expect(JSON.parse(await editorText('.graphiql-response'))).toEqual({
      data: { matterEvents: { type: 'CREATED', matter: { title: 'Seen live in GraphiQL' } } },
    });
    expect(outside).toEqual([]);
  });

  it('shows why a refused live connection closed, not a bare event object', async () => {
    await open(SUBSCRIPTION);
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => editorText('.graphiql-response'), { timeout: 20_000 }).toContain('closed (4401)');
    const shown = await editorText('.graphiql-response');
    expect(shown).toContain('authorization');
    expect(shown).not.toContain('isTrusted');
  });

  it('says the server cannot be reached when the socket cannot open at all', async () => {
    const doomed = await startTestServer();
    try {
      await page.goto(`${doomed.url}/graphql?query=${encodeURIComponent(SUBSCRIPTION)}`);
      await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    } finally {
      await doomed.close();
    }
    await setHeaders({ Authorization: `Bearer ${firm.admin.token}` });
    await page.locator('.graphiql-execute-button').click();
    // Monaco wraps the long message: compare it with its whitespace folded.
    const shown = async () => (await editorText('.graphiql-response')).replace(/\s+/g, ' ');
    await expect.poll(shown, { timeout: 20_000 }).toContain('is the server running and reachable?');
    expect(await editorText('.graphiql-response')).not.toContain('isTrusted');
  });
});
