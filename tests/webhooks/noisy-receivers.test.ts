import { afterEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm } from '../support/fixtures.ts';
import { localId } from '../support/ids.ts';
import { eventually, type HttpReceiver, startHttpReceiver } from '../support/receivers.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { createEndpoint } from './support.ts';

const RENDER = `mutation R($input: RenderPdfInput!) { renderPdf(input: $input) { __typename ... on RenderPdfPayload { job { id } } } }`;

let api: TestServer | undefined;
const receivers: HttpReceiver[] = [];

// The receivers go first: their hanging requests then end, and the worker need not wait them out.
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
  await api?.close();
});

async function hangingReceiver(): Promise<HttpReceiver> {
  const receiver = await startHttpReceiver(() => 'hang');
  receivers.push(receiver);
  return receiver;
}

describe('receivers that never answer', () => {
  it('do not hold up another firm’s PDF, and each endpoint has one delivery in flight at a time', async () => {
    api = await startTestServer({ worker: { concurrency: 4 }, jobs: { WEBHOOK_TIMEOUT_MS: '30000', WEBHOOK_CONCURRENCY: '5' } });
    await resetDatabase();
    const noisy = await createFirm(api, 'Noisy');
    const calm = await createFirm(api, 'Calm');
    const hooks = [await hangingReceiver(), await hangingReceiver(), await hangingReceiver()];
    for (const hook of hooks) await createEndpoint(api, noisy.admin.token, hook.url);
    for (let i = 0; i < 10; i += 1) await createClient(api, noisy.admin.token);
    await eventually(() => hooks.every((h) => h.requests.length > 0), 10_000, 'every receiver to hang a delivery');

    const queued = await api.gql<{ renderPdf: { job: { id: string } } }, unknown>(
      RENDER,
      { input: { title: 'Engagement letter', fileName: 'letter.pdf', blocks: [{ kind: 'paragraph', text: 'Dear client' }] } },
      { token: calm.admin.token },
    );
    const jobId = localId(queued.data?.renderPdf.job.id ?? '');
    await eventually(
      async () => (await api?.prisma.backgroundJob.findFirst({ where: { id: jobId, status: 'SUCCEEDED' } })) ?? undefined,
      20_000,
      'the PDF',
    );
    // The PDF was done while every delivery still hung (each takes 30 s to time out)...
    expect(await api.prisma.webhookAttempt.count()).toBe(0);
    // ...and no endpoint was sent a second delivery while its first was in flight.
    expect(hooks.map((h) => h.requests.length)).toEqual([1, 1, 1]);
    expect(await api.prisma.webhookDelivery.count({ where: { firmId: localId(noisy.firmId) } })).toBe(30);
  }, 60_000);

  it('open the endpoint’s circuit after repeated timeouts: deliveries wait for the next probe instead of being attempted', async () => {
    api = await startTestServer({
      worker: true,
      jobs: { WEBHOOK_TIMEOUT_MS: '300', WEBHOOK_CIRCUIT_THRESHOLD: '2', WEBHOOK_CIRCUIT_COOLDOWN_MS: '4000', WEBHOOK_MAX_ATTEMPTS: '20' },
    });
    await resetDatabase();
    const firm = await createFirm(api, 'Breaker');
    const hook = await hangingReceiver();
    const endpoint = await createEndpoint(api, firm.admin.token, hook.url);
    for (let i = 0; i < 6; i += 1) await createClient(api, firm.admin.token);

    const opened = await eventually(
      async () =>
        (await api?.prisma.webhookEndpoint.findFirst({ where: { id: localId(endpoint.id), circuitOpenUntil: { not: null } } })) ??
        undefined,
      10_000,
      'the circuit to open',
    );
    expect(hook.requests).toHaveLength(2);
    // Until the cooldown ends, nothing reaches the receiver and no attempt is recorded, though six deliveries are due.
    const openUntil = opened.circuitOpenUntil?.getTime() ?? 0;
    while (Date.now() < openUntil - 1_000) {
      expect(hook.requests).toHaveLength(2);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await api.prisma.webhookAttempt.count()).toBe(2);
    expect(await api.prisma.webhookDelivery.count({ where: { status: 'PENDING', attemptCount: 0 } })).toBe(4);
    // Then one delivery probes the endpoint; it times out and the circuit opens again.
    await eventually(() => hook.requests.length >= 3, 15_000, 'the probe');
    const reopened = await eventually(
      async () =>
        (await api?.prisma.webhookEndpoint.findFirst({
          where: { id: localId(endpoint.id), circuitOpenUntil: { gt: new Date(openUntil) } },
        })) ?? undefined,
      10_000,
      'the circuit to open again',
    );
    expect(reopened.consecutiveTimeouts).toBeGreaterThanOrEqual(3);
    expect(hook.requests).toHaveLength(3);
  }, 60_000);
});
