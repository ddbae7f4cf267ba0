import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, type FirmFixture, PASSWORD } from '../support/fixtures.ts';
import { collect, eventually, type RealtimeTestServer, startRealtimeServer, wsClient } from '../support/realtime.ts';
import { DASHBOARD, type DashboardData } from './operations.ts';

let api: RealtimeTestServer;
let firm: FirmFixture;
let clientId: string;
const clients: { dispose(): unknown }[] = [];

beforeAll(async () => {
  api = await startRealtimeServer();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await api.close();
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Dash');
  clientId = (await createClient(api, firm.admin.token)).id;
});

function watch(token: string) {
  const client = wsClient(api.wsUrl, token);
  clients.push(client);
  return collect<DashboardData>(client, DASHBOARD);
}

describe('dashboardMetrics', () => {
  it('is recomputed at most once a second under a burst of 100 changes, and shared by every subscriber', async () => {
    const first = watch(firm.admin.token);
    const second = watch(firm.attorney.token);
    await first.next();
    await second.next();
    expect(first.results[0].data?.dashboardMetrics).toMatchObject({ openMatters: 0 });

    const started = Date.now();
    for (let batch = 0; batch < 10; batch += 1) {
      await Promise.all(Array.from({ length: 10 }, () => createMatter(api, firm.admin.token, { clientId })));
    }
    const burstMs = Date.now() - started;
    await first.next((d) => d.dashboardMetrics.openMatters === 100, 5_000);
    await second.next((d) => d.dashboardMetrics.openMatters === 100, 5_000);

    const times = first.results.map((r) => Date.parse(r.data?.dashboardMetrics.computedAt ?? ''));
    // computedAt is when a computation started, and the feed never starts one sooner than the interval.
    for (let i = 1; i < times.length; i += 1) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(1000);
    expect(times.length).toBeLessThanOrEqual(Math.ceil(burstMs / 1000) + 3);
    const secondTimes = second.results.map((r) => Date.parse(r.data?.dashboardMetrics.computedAt ?? ''));
    expect(secondTimes).toEqual(times);
  }, 60_000);

  it('is refused to a paralegal with FORBIDDEN', async () => {
    const refused = watch(firm.paralegal.token);
    await eventually(() => refused.results[0]);
    expect(refused.results[0].errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the live dashboard page', () => {
  it('signs in and updates in a real browser after a change made through the API', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const blocked: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(api.url) && !request.url().startsWith(api.wsUrl)) blocked.push(request.url());
      });
      await page.goto(`${api.url}/dashboard`);
      await page.fill('#email', firm.admin.email);
      await page.fill('#password', PASSWORD);
      await page.click('button[type=submit]');
      await page.waitForSelector('#status[data-state="live"]');
      await page.waitForFunction(() => document.getElementById('openMatters')?.textContent === '0');

      const matter = await createMatter(api, firm.admin.token, { clientId, title: 'Seen in the browser' });
      await page.waitForFunction(() => document.getElementById('openMatters')?.textContent === '1', undefined, { timeout: 10_000 });
      await page.waitForFunction((title) => document.getElementById('events')?.textContent?.includes(title), matter.title, {
        timeout: 10_000,
      });
      expect(await page.textContent('#events')).toContain('CREATED');
      expect(blocked).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
