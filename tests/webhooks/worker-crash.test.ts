import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, workerDatabaseUrl } from '../support/database.ts';
import { createClient, createFirm, type FirmFixture } from '../support/fixtures.ts';
import { type Answer, eventually, type HttpReceiver, startHttpReceiver } from '../support/receivers.ts';
import { startTestServer, TEST_JWT_SECRET, type TestServer } from '../support/server.ts';
import { createEndpoint } from './support.ts';

const children: ChildProcess[] = [];

/** What `npm run worker` runs, as a child process with a short lock timeout so a dead worker's jobs come back quickly. */
function startWorkerProcess(): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
    cwd: process.cwd(),
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      DATABASE_URL: workerDatabaseUrl(),
      JWT_SECRET: new TextDecoder().decode(TEST_JWT_SECRET),
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      WEBHOOK_TIMEOUT_MS: '60000',
      JOB_LOCK_TIMEOUT_MS: '1500',
      WORKER_POLL_INTERVAL_MS: '100',
      JOB_RETRY_BASE_MS: '20',
    },
  });
  children.push(child);
  return child;
}

let api: TestServer;
let firm: FirmFixture;
let receiver: HttpReceiver | undefined;

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await receiver?.close();
  receiver = undefined;
});

describe('a worker process killed mid-job', () => {
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    await resetDatabase();
    firm = await createFirm(api, 'Crash');
  });

  it('leaves the job to another worker, and the receiver sees the same LexGraph-Delivery id', async () => {
    let answer: (n: number) => Answer = () => 'hang';
    receiver = await startHttpReceiver((n) => answer(n));
    const hook = receiver;
    await createEndpoint(api, firm.admin.token, hook.url, ['client.created']);
    await createClient(api, firm.attorney.token);

    const first = startWorkerProcess();
    await eventually(() => hook.requests[0], 20_000, 'the first worker to start delivering');
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    expect(await api.prisma.webhookDelivery.findFirstOrThrow()).toMatchObject({ status: 'PENDING', attemptCount: 0 });

    answer = () => 200;
    startWorkerProcess();
    const delivery = await eventually(
      () => api.prisma.webhookDelivery.findFirst({ where: { status: 'DELIVERED' } }),
      25_000,
      'the second worker to deliver',
    );
    expect(hook.requests).toHaveLength(2);
    expect(hook.requests.map((r) => r.headers['lexgraph-delivery'])).toEqual([delivery.id, delivery.id]);
    // The receiver answers before the worker records the job as finished.
    const job = await eventually(
      () => api.prisma.backgroundJob.findFirst({ where: { task: 'deliver_webhook', status: { not: 'RUNNING' } } }),
      10_000,
      'the delivery job to finish',
    );
    expect(job).toMatchObject({ status: 'SUCCEEDED', attempts: 2 });
  }, 60_000);
});

describe('graceful shutdown', () => {
  it('waits for the running job to finish before the worker stops', async () => {
    const server = await startTestServer({ worker: true });
    await resetDatabase();
    const owner = await createFirm(server, 'Graceful');
    let arrived: () => void = () => undefined;
    const midRequest = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    // The receiver answers 300 ms after the request arrives; shutdown starts in between.
    receiver = await startHttpReceiver(() => {
      arrived();
      return 'hang';
    });
    const hook = receiver;
    await createEndpoint(server, owner.admin.token, hook.url, ['client.created']);
    await createClient(server, owner.attorney.token);
    await midRequest;
    const answer = setTimeout(() => void hook.close(), 300);
    await server.close();
    clearTimeout(answer);
    const check = await startTestServer();
    try {
      const job = await check.prisma.backgroundJob.findFirstOrThrow({ where: { task: 'deliver_webhook' } });
      expect(job.status).not.toBe('RUNNING');
      expect(await check.prisma.webhookAttempt.count()).toBe(1);
    } finally {
      await check.close();
    }
  });
});
