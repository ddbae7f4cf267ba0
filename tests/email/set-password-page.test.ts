import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { keepOffline, launchChromium } from '../support/browser.ts';
import { resetDatabase } from '../support/database.ts';
import { createFirm, type FirmFixture } from '../support/fixtures.ts';
import { eventually, type SmtpSink, startSmtpSink } from '../support/receivers.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const Invite = graphql(`
  mutation PageInviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) { __typename }
  }
`);

const Login = graphql(`
  mutation PageLogin($input: LoginInput!) { login(input: $input) { __typename } }
`);

let smtp: SmtpSink;
let api: TestServer;
let browser: Browser;
let firm: FirmFixture;

beforeAll(async () => {
  smtp = await startSmtpSink([]);
  api = await startTestServer({ worker: true, jobs: { SMTP_URL: smtp.url } });
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await smtp?.close();
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Invite');
  smtp.messages.length = 0;
});

/** The emailed link, pointed at the test server instead of APP_URL. */
async function emailedLink(): Promise<URL> {
  const mail = await eventually(() => smtp.messages[0], 10_000, 'the invitation email');
  const link = new URL(/https?:\/\/\S+token=[\w-]+/.exec(mail.text ?? '')?.[0] ?? '');
  return new URL(`${link.pathname}${link.search}`, api.url);
}

describe('the set-password page behind emailed links', () => {
  it('lets an invited user choose a password in a real browser, after which they can sign in', async () => {
    await api.gql(Invite, { input: { name: 'Noor Haddad', email: 'noor@example.test', role: 'ATTORNEY' } }, { token: firm.admin.token });
    const page = await browser.newPage();
    const offline = await keepOffline(page);
    await page.goto((await emailedLink()).href);
    await page.fill('#password', 'noor-chooses-this-one');
    await page.fill('#confirm', 'noor-chooses-this-one');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('#done'), { timeout: 10_000 }).toBe('Your password is set. Sign in as noor@example.test.');
    expect(offline).toEqual([]);
    const login = await api.gql(Login, { input: { email: 'noor@example.test', password: 'noor-chooses-this-one' } });
    expect(login.data?.login.__typename).toBe('LoginPayload');
  });

  it('shows why a password is refused and keeps the form', async () => {
    await api.gql(Invite, { input: { name: 'Lea Roth', email: 'lea@example.test', role: 'PARALEGAL' } }, { token: firm.admin.token });
    const page = await browser.newPage();
    await page.goto((await emailedLink()).href);
    await page.fill('#password', 'short-one');
    await page.fill('#confirm', 'short-one');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('#error'), { timeout: 10_000 }).toBe('Password must be at least 10 characters');
    expect(await page.isVisible('#form')).toBe(true);
  });
});
