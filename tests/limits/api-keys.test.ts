import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, type FirmFixture } from '../support/fixtures.ts';
import { localId } from '../support/ids.ts';
import { collect, eventually, type RealtimeTestServer, startRealtimeServer, uniqueRedisPrefix, wsClient } from '../support/realtime.ts';
import type { TestServer } from '../support/server.ts';

let a: RealtimeTestServer;
let b: RealtimeTestServer;
let firm: FirmFixture;
let matter: { id: string };

beforeAll(async () => {
  const prefix = uniqueRedisPrefix();
  [a, b] = await Promise.all([startRealtimeServer({ prefix }), startRealtimeServer({ prefix })]);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(a, 'Keyed');
  const client = await createClient(a, firm.admin.token);
  matter = await createMatter(a, firm.admin.token, { clientId: client.id, title: 'Partnered' });
});

const CREATE = `mutation K($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename
  ... on CreateApiKeyPayload { key apiKey { id prefix scopes } } ... on ValidationError { issues { path message } } } }`;
const REVOKE =
  'mutation R($id: ID!) { revokeApiKey(input: { id: $id }) { __typename ... on RevokeApiKeyPayload { apiKey { revokedAt } } } }';
const MATTERS = '{ matters(first: 5) { edges { node { title } } } }';

interface Created {
  key: string;
  apiKey: { id: string; prefix: string; scopes: string[] };
}

const issue = async (scopes: string[], extra: Record<string, unknown> = {}): Promise<Created> => {
  const result = await a.gql<{ createApiKey: Created & { __typename: string } }, unknown>(
    CREATE,
    { input: { name: 'Partner', scopes, ...extra } },
    { token: firm.admin.token },
  );
  if (result.data?.createApiKey.__typename !== 'CreateApiKeyPayload') throw new Error(JSON.stringify(result));
  return result.data.createApiKey;
};

const asKey = (api: TestServer, key: string, query: string, variables?: Record<string, unknown>) =>
  api.gql<Record<string, unknown>, unknown>(query, variables, { token: key });

describe('API keys', () => {
  it('returns the key once as lgk_…, stores only its sha-256, and lists it without the key', async () => {
    const created = await issue(['matters:read']);
    expect(created.key).toMatch(/^lgk_[\w-]{43}$/);
    expect(created.key.startsWith(created.apiKey.prefix)).toBe(true);
    const row = await a.prisma.apiKey.findFirstOrThrow();
    expect(row.keyHash).toBe(createHash('sha256').update(created.key).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(created.key);
    const listed = await a.gql(
      '{ apiKeys(first: 10) { edges { node { id name scopes prefix revokedAt } } } }',
      {},
      { token: firm.admin.token },
    );
    expect(JSON.stringify(listed.data)).not.toContain(created.key);
    expect(listed.data).toEqual({
      apiKeys: {
        edges: [
          { node: { id: created.apiKey.id, name: 'Partner', scopes: ['matters:read'], prefix: created.apiKey.prefix, revokedAt: null } },
        ],
      },
    });
  });

  it('authenticates a key as the firm and answers its reads from one SQL statement', async () => {
    const { key } = await issue(['matters:read']);
    a.readStatements.length = 0;
    const result = await asKey(a, key, MATTERS);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ matters: { edges: [{ node: { title: 'Partnered' } }] } });
    expect(a.readStatements).toHaveLength(1);
  });

  it('refuses a field of a scope the key lacks, before anything runs', async () => {
    const webhooksOnly = await issue(['webhooks:manage']);
    a.statements.length = 0;
    const refused = await asKey(a, webhooksOnly.key, MATTERS);
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0]).toMatchObject({
      message: 'This API key lacks the scope matters:read, which Query.matters needs',
      extensions: { code: 'FORBIDDEN', scope: 'matters:read' },
    });
    expect(a.statements.filter((sql) => sql.includes('"Matter"'))).toEqual([]);
    expect((await asKey(a, webhooksOnly.key, '{ webhookEndpoints(first: 5) { edges { node { url } } } }')).errors).toBeUndefined();

    const mattersOnly = await issue(['matters:read']);
    const viaNode = await asKey(
      a,
      mattersOnly.key,
      'query N($id: ID!) { node(id: $id) { ... on Matter { title responsibleAttorney { name } } } }',
      {
        id: matter.id,
      },
    );
    expect(viaNode.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', scope: 'users:read' } });
    expect((await asKey(a, mattersOnly.key, '{ webhookEndpoints(first: 5) { edges { node { url } } } }')).errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN', scope: 'webhooks:manage' },
    });
    const write = await asKey(a, mattersOnly.key, 'mutation { createClient(input: { name: "X", kind: PERSON }) { __typename } }');
    expect(write.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', scope: 'matters:write' } });
    expect((await asKey(a, mattersOnly.key, '{ me { name } }')).errors?.[0]).toMatchObject({
      message: 'Query.me is not available to API keys',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('audits a change made with a key as the key', async () => {
    const { key, apiKey } = await issue(['matters:read', 'matters:write']);
    const created = await asKey(a, key, 'mutation { createClient(input: { name: "Via key", kind: PERSON }) { __typename } }');
    expect(created.data).toEqual({ createClient: { __typename: 'CreateClientPayload' } });
    const audit = await a.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'client.created', after: { path: ['name'], equals: 'Via key' } },
    });
    expect(audit).toMatchObject({ apiKeyId: localId(apiKey.id), actorId: null });
  });

  it('refuses a revoked key at once on another instance, and closes its sockets there', async () => {
    const { key, apiKey } = await issue(['matters:read']);
    expect((await asKey(b, key, MATTERS)).errors).toBeUndefined();
    const socket = wsClient(b.wsUrl, key);
    await socket.connected;
    const live = collect(socket, 'subscription W($id: ID!) { matterUpdated(matterId: $id) { title } }', { id: matter.id });
    try {
      const revoked = await a.gql<{ revokeApiKey: { __typename: string } }, unknown>(
        REVOKE,
        { id: apiKey.id },
        { token: firm.admin.token },
      );
      expect(revoked.data?.revokeApiKey.__typename).toBe('RevokeApiKeyPayload');
      const refused = await asKey(b, key, MATTERS);
      expect(refused.status).toBe(401);
      expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      await eventually(() => socket.closes[0], 10_000, 'the socket closed');
      expect(socket.closes[0].code).toBe(4401);
      expect(live.results).toEqual([]);
    } finally {
      await socket.dispose();
    }
  });

  it('records when a key was last used', async () => {
    const { key, apiKey } = await issue(['matters:read']);
    expect((await a.prisma.apiKey.findUniqueOrThrow({ where: { id: localId(apiKey.id) } })).lastUsedAt).toBeNull();
    await asKey(a, key, MATTERS);
    await eventually(
      async () => (await a.prisma.apiKey.findUniqueOrThrow({ where: { id: localId(apiKey.id) } })).lastUsedAt ?? undefined,
      5_000,
      'lastUsedAt',
    );
  });

  it('lets only admins, and never a key, issue keys; refuses unknown scopes and a past expiry', async () => {
    const attorney = await a.gql(CREATE, { input: { name: 'X', scopes: ['matters:read'] } }, { token: firm.attorney.token });
    expect(attorney.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { key } = await issue(['matters:read', 'matters:write']);
    const byKey = await asKey(a, key, CREATE, { input: { name: 'X', scopes: ['matters:read'] } });
    expect(byKey.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await a.gql<{ createApiKey: { __typename: string; issues: { path: string[] }[] } }, unknown>(
      CREATE,
      { input: { name: 'X', scopes: ['matters:read', 'root:all'], expiresAt: '2001-01-01T00:00:00Z' } },
      { token: firm.admin.token },
    );
    expect(unknown.data?.createApiKey.__typename).toBe('ValidationError');
    expect(unknown.data?.createApiKey.issues.map((i) => i.path.join('.')).sort()).toEqual(['expiresAt', 'scopes.1']);
    expect(await a.prisma.apiKey.count()).toBe(1);
  });

  it('refuses a key on a plain HTTP route whose scope it lacks', async () => {
    const { key } = await issue(['events:read']);
    const response = await fetch(`${a.url}/files/${randomUUID()}`, { headers: { authorization: `Bearer ${key}` } });
    expect(response.status).toBe(401);
    expect(await response.text()).toMatch(/lacks the scope (matters:read or jobs:read|jobs:read or matters:read)/);
    const scoped = await issue(['jobs:read']);
    const missing = await fetch(`${a.url}/files/${randomUUID()}`, { headers: { authorization: `Bearer ${scoped.key}` } });
    expect(missing.status).toBe(404);
  });

  it('refuses an expired key', async () => {
    const { key, apiKey } = await issue(['matters:read'], { expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await a.prisma.apiKey.update({ where: { id: localId(apiKey.id) }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    // A fresh instance has not cached the key yet: it reads the expiry.
    const refused = await asKey(b, key, MATTERS);
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
