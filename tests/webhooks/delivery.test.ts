import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encryptSecret } from '../../src/webhooks/secrets.ts';
import { verifyWebhookSignature } from '../../src/webhooks/verify.ts';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, expectType, type FirmFixture } from '../support/fixtures.ts';
import { type Answer, eventually, type HttpReceiver, startHttpReceiver } from '../support/receivers.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { CreateEndpoint, createEndpoint } from './support.ts';

const Deliveries = graphql(`
  query WebhookDeliveries($endpointId: ID, $status: WebhookDeliveryStatus) {
    webhookDeliveries(first: 10, endpointId: $endpointId, status: $status) {
      totalCount
      edges {
        node {
          id deliveryId eventType status attemptCount lastError
          attempts(first: 20) { edges { node { number succeeded responseStatus error responseExcerpt } } }
        }
      }
    }
  }
`);

const Rotate = graphql(`
  mutation WebhookRotate($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) { __typename ... on RotateWebhookSecretPayload { secret } }
  }
`);

const Notifications = graphql(`
  query WebhookNotifications { notifications(first: 10) { edges { node { type title } } } }
`);

const Endpoints = graphql(`
  query WebhookEndpoints { webhookEndpoints(first: 10) { edges { node { id active consecutiveFailures disabledReason } } } }
`);

const Redeliver = graphql(`
  mutation WebhookRedeliver($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) {
      __typename
      ... on RedeliverWebhookPayload { delivery { status } }
      ... on Error { message }
    }
  }
`);

const UpdateEndpoint = graphql(`
  mutation WebhookUpdate($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      __typename
      ... on UpdateWebhookEndpointPayload { endpoint { active consecutiveFailures disabledReason } }
      ... on Error { message }
    }
  }
`);

let receiver: HttpReceiver | undefined;
let answers: (n: number) => Answer = () => 200;

async function receive(answer: (n: number) => Answer) {
  answers = answer;
  receiver = await startHttpReceiver((n) => answers(n));
  return receiver;
}

afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

describe('webhook delivery', () => {
  let api: TestServer;
  let firm: FirmFixture;
  beforeAll(async () => {
    api = await startTestServer({ worker: true, jobs: { WEBHOOK_TIMEOUT_MS: '300', WEBHOOK_MAX_ATTEMPTS: '4' } });
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    await resetDatabase();
    firm = await createFirm(api, 'Hooks');
  });

  it('POSTs the whole event with headers and a signature that verifyWebhookSignature accepts', async () => {
    const hook = await receive(() => 204);
    const { secret } = await createEndpoint(api, firm.admin.token, hook.url, ['client.created']);
    const client = await createClient(api, firm.attorney.token, 'Signed Client');
    const request = await eventually(() => hook.requests[0], 10_000, 'the webhook');
    const body = JSON.parse(request.body);
    expect(body).toMatchObject({ type: 'client.created', entityType: 'Client', data: { name: 'Signed Client', kind: 'ORGANIZATION' } });
    expect(Buffer.from(client.id, 'base64').toString()).toBe(`Client:${body.entityId}`);
    expect(request.headers['lexgraph-event']).toBe('client.created');
    expect(request.headers['content-type']).toBe('application/json');
    const signature = String(request.headers['lexgraph-signature']);
    const timestamp = String(request.headers['lexgraph-timestamp']);
    expect(signature).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature({ secret, rawBody: request.body, signature, timestamp })).toBe(true);
    expect(verifyWebhookSignature({ secret, rawBody: `${request.body} `, signature, timestamp })).toBe(false);
    expect(verifyWebhookSignature({ secret: 'whsec_wrong', rawBody: request.body, signature, timestamp })).toBe(false);
    expect(verifyWebhookSignature({ secret, rawBody: request.body, signature, timestamp, now: (Number(timestamp) + 301) * 1000 })).toBe(
      false,
    );
    const delivery = await eventually(() => api.prisma.webhookDelivery.findFirst({ where: { status: 'DELIVERED' } }), 5_000, 'delivered');
    expect(request.headers['lexgraph-delivery']).toBe(delivery.id);
  });

  it('delivers only subscribed event types, and signs with the new secret after rotation', async () => {
    const hook = await receive(() => 200);
    const endpoint = await createEndpoint(api, firm.admin.token, hook.url, ['matter.created']);
    const rotated = await api.gql(Rotate, { input: { id: endpoint.id } }, { token: firm.admin.token });
    const secret = expectType(rotated.data?.rotateWebhookSecret, 'RotateWebhookSecretPayload').secret;
    expect(secret).not.toBe(endpoint.secret);
    const client = await createClient(api, firm.attorney.token);
    await createMatter(api, firm.attorney.token, { clientId: client.id });
    const request = await eventually(() => hook.requests[0], 10_000, 'the webhook');
    await new Promise((r) => setTimeout(r, 200));
    expect(hook.requests.map((r) => r.headers['lexgraph-event'])).toEqual(['matter.created']);
    const check = {
      rawBody: request.body,
      signature: String(request.headers['lexgraph-signature']),
      timestamp: String(request.headers['lexgraph-timestamp']),
    };
    expect(verifyWebhookSignature({ ...check, secret })).toBe(true);
    expect(verifyWebhookSignature({ ...check, secret: endpoint.secret })).toBe(false);
  });

  it('retries a receiver that answers 500 twice, then 200: three attempts, delivered, each attempt recorded', async () => {
    const hook = await receive((n) => (n < 2 ? 500 : 200));
    const endpoint = await createEndpoint(api, firm.admin.token, hook.url);
    await createClient(api, firm.attorney.token);
    await eventually(() => api.prisma.webhookDelivery.findFirst({ where: { status: 'DELIVERED' } }), 10_000, 'delivered');
    const result = await api.gql(Deliveries, { endpointId: endpoint.id }, { token: firm.admin.token });
    const [delivery] = result.data?.webhookDeliveries.edges.map((e) => e.node) ?? [];
    expect(delivery).toMatchObject({ eventType: 'client.created', status: 'DELIVERED', attemptCount: 3 });
    expect(delivery.attempts.edges.map((e) => e.node)).toEqual([
      { number: 1, succeeded: false, responseStatus: 500, error: 'Receiver answered HTTP 500', responseExcerpt: 'answer 500' },
      { number: 2, succeeded: false, responseStatus: 500, error: 'Receiver answered HTTP 500', responseExcerpt: 'answer 500' },
      { number: 3, succeeded: true, responseStatus: 200, error: null, responseExcerpt: 'answer 200' },
    ]);
    expect(new Set(hook.requests.map((r) => r.headers['lexgraph-delivery']))).toEqual(new Set([delivery.deliveryId]));
    expect(hook.requests).toHaveLength(3);
  });

  it('retries a receiver that does not answer within the timeout', async () => {
    const hook = await receive((n) => (n === 0 ? 'hang' : 200));
    await createEndpoint(api, firm.admin.token, hook.url);
    await createClient(api, firm.attorney.token);
    const delivery = await eventually(
      () => api.prisma.webhookDelivery.findFirst({ where: { status: 'DELIVERED' }, include: { attempts: { orderBy: { number: 'asc' } } } }),
      10_000,
      'delivered after a timeout',
    );
    expect(delivery.attempts.map((a) => [a.succeeded, a.responseStatus, a.error])).toEqual([
      [false, null, 'No response within 300 ms'],
      [true, 200, null],
    ]);
    expect(hook.requests[0].headers['lexgraph-delivery']).toBe(hook.requests[1].headers['lexgraph-delivery']);
  });
});

describe('an endpoint that keeps failing', () => {
  let api: TestServer;
  let firm: FirmFixture;
  beforeAll(async () => {
    api = await startTestServer({ worker: true, jobs: { WEBHOOK_MAX_ATTEMPTS: '2', WEBHOOK_DISABLE_AFTER: '2' } });
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    await resetDatabase();
    firm = await createFirm(api, 'Failing');
  });

  it('is disabled after N consecutive failed deliveries and the firm admins are notified', async () => {
    const hook = await receive(() => 503);
    const endpoint = await createEndpoint(api, firm.admin.token, hook.url, ['client.created']);
    await createClient(api, firm.attorney.token);
    await createClient(api, firm.attorney.token);
    const disabled = await eventually(
      async () =>
        (await api.gql(Endpoints, {}, { token: firm.admin.token })).data?.webhookEndpoints.edges.map((e) => e.node).find((e) => !e.active),
      10_000,
      'the endpoint to be disabled',
    );
    expect(disabled).toMatchObject({
      id: endpoint.id,
      consecutiveFailures: 2,
      disabledReason: 'Disabled after 2 consecutive failed deliveries',
    });
    expect(hook.requests).toHaveLength(4);
    const notices = await api.gql(Notifications, {}, { token: firm.admin.token });
    expect(notices.data?.notifications.edges.map((e) => e.node)).toEqual([
      { type: 'webhook.endpoint_disabled', title: `Webhook endpoint disabled: ${hook.url}` },
    ]);
    const failed = await api.gql(Deliveries, { status: 'FAILED' }, { token: firm.admin.token });
    expect(failed.data?.webhookDeliveries.totalCount).toBe(2);

    await createClient(api, firm.attorney.token);
    await new Promise((r) => setTimeout(r, 300));
    expect(hook.requests).toHaveLength(4);
  });

  it('is enabled again by an admin, and redeliverWebhook sends a failed delivery with the same id', async () => {
    const hook = await receive(() => 503);
    const endpoint = await createEndpoint(api, firm.admin.token, hook.url, ['client.created']);
    await createClient(api, firm.attorney.token);
    await createClient(api, firm.attorney.token);
    await eventually(() => api.prisma.webhookEndpoint.findFirst({ where: { active: false } }), 10_000, 'the endpoint to be disabled');

    const failed = await api.gql(Deliveries, { status: 'FAILED' }, { token: firm.admin.token });
    const [delivery] = failed.data?.webhookDeliveries.edges.map((e) => e.node) ?? [];
    const refused = await api.gql(Redeliver, { input: { deliveryId: delivery.id } }, { token: firm.admin.token });
    expect(expectType(refused.data?.redeliverWebhook, 'ValidationError').message).toBe('The endpoint is disabled; enable it first');

    const enabled = await api.gql(UpdateEndpoint, { input: { id: endpoint.id, active: true } }, { token: firm.admin.token });
    expect(expectType(enabled.data?.updateWebhookEndpoint, 'UpdateWebhookEndpointPayload').endpoint).toEqual({
      active: true,
      consecutiveFailures: 0,
      disabledReason: null,
    });
    answers = () => 200;
    const again = await api.gql(Redeliver, { input: { deliveryId: delivery.id } }, { token: firm.admin.token });
    expect(expectType(again.data?.redeliverWebhook, 'RedeliverWebhookPayload').delivery.status).toBe('PENDING');
    await eventually(
      () => api.prisma.webhookDelivery.findFirst({ where: { id: delivery.deliveryId, status: 'DELIVERED' } }),
      10_000,
      'redelivery',
    );
    expect(hook.requests.at(-1)?.headers['lexgraph-delivery']).toBe(delivery.deliveryId);
    const other = await createFirm(api, 'Stranger');
    const foreign = await api.gql(Redeliver, { input: { deliveryId: delivery.id } }, { token: other.admin.token });
    expect(expectType(foreign.data?.redeliverWebhook, 'NotFoundError').message).toBe('Webhook delivery not found');
  });
});

describe('private targets', () => {
  let api: TestServer;
  let firm: FirmFixture;
  beforeAll(async () => {
    api = await startTestServer({ worker: true, jobs: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false' } });
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    await resetDatabase();
    firm = await createFirm(api, 'Private');
  });

  it.each([
    'http://127.0.0.1:8080/hook',
    'http://localhost/hook',
    'http://10.1.2.3/hook',
    'http://192.168.0.10/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
  ])('refuses %s without WEBHOOK_ALLOW_PRIVATE_TARGETS', async (url) => {
    const result = await api.gql(CreateEndpoint, { input: { url } }, { token: firm.admin.token });
    const error = expectType(result.data?.createWebhookEndpoint, 'ValidationError');
    expect(error.issues[0]).toMatchObject({ path: ['url'], message: expect.stringMatching(/private address|does not resolve/) });
    expect(await api.prisma.webhookEndpoint.count()).toBe(0);
  });

  it('refuses to deliver to an endpoint that has come to resolve to a private address', async () => {
    const hook = await receive(() => 200);
    // Stored directly: the API would refuse this URL, as it refuses a host whose DNS changed after creation.
    const { firmId } = await api.prisma.user.findFirstOrThrow({ where: { email: firm.admin.email } });
    const endpoint = await api.prisma.webhookEndpoint.create({
      data: { firmId, url: hook.url, secretCiphertext: encryptSecret(api.jobs.secretKey, 'whsec_test') },
    });
    await createClient(api, firm.attorney.token);
    const delivery = await eventually(
      () => api.prisma.webhookDelivery.findFirst({ where: { endpointId: endpoint.id, status: 'FAILED' }, include: { attempts: true } }),
      10_000,
      'the refused delivery',
    );
    expect(delivery.attempts).toHaveLength(1);
    expect(delivery.lastError).toMatch(/private address \(127\.0\.0\.1\); refused/);
    expect(hook.requests).toHaveLength(0);
  });
});
