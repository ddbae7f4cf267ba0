import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { keepOffline, launchChromium } from '../support/browser.ts';
import { resetDatabase } from '../support/database.ts';
import { createFirm, type FirmFixture, PASSWORD } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let api: TestServer;
let browser: Browser;
let firm: FirmFixture;

beforeAll(async () => {
  api = await startTestServer();
  await resetDatabase();
  firm = await createFirm(api, 'Browser');
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

let page: Page;
/** Every request the page tried to make to anything but this server; all of them are refused. */
let outside: string[];
let graphqlPosts: { headers: Record<string, string>; body: string }[];

beforeEach(async () => {
  const context = await browser.newContext();
  page = await context.newPage();
  outside = await keepOffline(page);
  graphqlPosts = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/graphql'))
      graphqlPosts.push({ headers: request.headers(), body: request.postData() ?? '' });
  });
  return () => context.close();
});

async function open(query?: string): Promise<void> {
  await page.goto(`${api.url}/graphql${query ? `?query=${encodeURIComponent(query)}` : ''}`);
  await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
}

/**
 * The text an editor shows. Monaco renders spaces as no-break spaces and wraps long lines (a JWT),
 * so line breaks are dropped: JSON stays JSON without them.
 */
async function editorText(selector: string): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text as rendered, which is what we read.
  return (await page.locator(selector).innerText()).replaceAll('\u00a0', ' ').replaceAll('\n', '');
}

/** Runs the operation in the editor and returns the response pane's text once it shows `expected`. */
async function run(expected: string): Promise<string> {
  await page.locator('.graphiql-execute-button').click();
  const text = () => editorText('.graphiql-response');
  await expect.poll(text, { timeout: 15_000 }).toContain(expected);
  return text();
}

describe('GraphiQL in headless Chromium', () => {
  it('is served by the server itself and works with every other host unreachable', async () => {
    await open();
    expect(await page.title()).toBe('LexGraph GraphiQL');
    // The welcome operations are in the editor.
    await expect.poll(() => editorText('.graphiql-query-editor'), { timeout: 10_000 }).toContain('mutation Login');
    // The schema loaded (introspection works signed out), so the docs explorer lists the root types.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await expect.poll(() => editorText('.graphiql-doc-explorer'), { timeout: 15_000 }).toMatch(/Query/);
    expect(outside).toEqual([]);
  });

  it('runs a login mutation prefilled from ?query= and shows the result on the page', async () => {
    const login = `mutation { login(input: { email: "${firm.admin.email}", password: "${PASSWORD}" }) {
      __typename ... on LoginPayload { token user { name role } } } }`;
    await open(login);
    const text = await run('LoginPayload');
    const result = JSON.parse(text);
    expect(result.data.login).toMatchObject({ __typename: 'LoginPayload', user: { name: 'Browser Admin', role: 'ADMIN' } });
    // The token as shown (Monaco wraps it, with indentation) is a working session token.
    const token = result.data.login.token.replace(/\s+/g, '');
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect((await api.gql('{ me { name } }', undefined, { token })).data).toEqual({ me: { name: 'Browser Admin' } });
    // No placeholder Authorization went along with the request (it would have been a 401).
    expect(graphqlPosts.every((r) => r.headers.authorization === undefined)).toBe(true);
    expect(outside).toEqual([]);
  });

  it('sends the token from the headers editor, so signed-in queries work', async () => {
    await open('{ me { name email } }');
    await page.getByText('Headers', { exact: true }).click();
    const headers = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden)');
    await headers.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${firm.admin.token}` }));
    const text = await run('Browser Admin');
    expect(JSON.parse(text)).toMatchObject({ data: { me: { name: 'Browser Admin', email: firm.admin.email } } });
    expect(graphqlPosts.at(-1)?.headers.authorization).toBe(`Bearer ${firm.admin.token}`);
    expect(outside).toEqual([]);
  });

  it('shows a signed-out query its null viewer rather than an error', async () => {
    await open('{ me { name } }');
    expect(JSON.parse(await run('"me"'))).toMatchObject({ data: { me: null } });
  });
});
