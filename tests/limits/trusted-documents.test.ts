import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MANIFEST, TrustedDocuments } from '../../src/security/trusted-documents.ts';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, type FirmFixture } from '../support/fixtures.ts';
import { collect, eventually, wsClient } from '../support/realtime.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const manifest = JSON.parse(readFileSync(DEFAULT_MANIFEST, 'utf8')) as Record<string, string>;
const hashOf = (name: string) => {
  const entry = Object.entries(manifest).find(([, text]) => text.startsWith(`query ${name}`));
  if (!entry) throw new Error(`${name} is not in the manifest`);
  return { hash: entry[0].replace(/^sha256:/, ''), text: entry[1] };
};

let strict: TestServer;
let open: TestServer;
let firm: FirmFixture;

beforeAll(async () => {
  [strict, open] = await Promise.all([
    startTestServer({ trustedDocuments: TrustedDocuments.load('required') }),
    startTestServer({ trustedDocuments: TrustedDocuments.load('off') }),
  ]);
});
afterAll(async () => {
  await strict?.close();
  await open?.close();
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(open, 'Trusting');
});

const send = async (api: TestServer, body: Record<string, unknown>, token = firm.admin.token) => {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    ...((await response.json()) as { data?: Record<string, unknown>; errors?: { extensions: { code: string } }[] }),
  };
};
const byHash = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

const textOf = (start: string) => {
  const entry = Object.values(manifest).find((text) => text.startsWith(start));
  if (!entry) throw new Error(`${start} is not in the manifest`);
  return entry;
};

describe('trusted documents', () => {
  it('lists each client operation under the sha-256 of its text', () => {
    expect(Object.keys(manifest).length).toBeGreaterThanOrEqual(4);
    for (const [key, text] of Object.entries(manifest)) expect(key).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
  });

  it('runs a registered document sent by its hash, and in full', async () => {
    const viewer = hashOf('Viewer');
    const result = await send(strict, byHash(viewer.hash));
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ me: { role: 'ADMIN', firm: { name: 'Trusting LLP' } } });
    expect((await send(strict, { query: viewer.text })).data).toEqual(result.data);
  });

  it('refuses an unregistered document, and an unknown hash, with PERSISTED_QUERY_NOT_FOUND before anything runs', async () => {
    strict.statements.length = 0;
    strict.readStatements.length = 0;
    const unregistered = await send(strict, { query: '{ matters(first: 1) { edges { node { title } } } }' });
    expect(unregistered.status).toBe(400);
    expect(unregistered.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unregistered.data).toBeUndefined();
    expect(strict.readStatements).toEqual([]);
    expect(strict.statements.filter((sql) => sql.includes('"Matter"'))).toEqual([]);
    const unknown = await send(strict, byHash(createHash('sha256').update('{ me { name } }').digest('hex')));
    expect(unknown.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('holds an API key marked trustedDocumentsOnly to the manifest on a server that is not', async () => {
    const created = await open.gql<{ createApiKey: { key: string } }, unknown>(
      'mutation K($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreateApiKeyPayload { key } } }',
      { input: { name: 'Strict partner', scopes: ['matters:read'], trustedDocumentsOnly: true } },
      { token: firm.admin.token },
    );
    const key = created.data?.createApiKey.key as string;
    const matters = hashOf('OpenMatters');
    expect((await send(open, { ...byHash(matters.hash), variables: { first: 5 } }, key)).errors).toBeUndefined();
    const adHoc = await send(open, { query: '{ matters(first: 5) { edges { node { id } } } }' }, key);
    expect(adHoc.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await send(open, { query: '{ matters(first: 5) { edges { node { id } } } }' })).errors).toBeUndefined();
  });

  it('holds operations started over WebSocket to the manifest too', async () => {
    const client = await createClient(open, firm.admin.token);
    const matter = await createMatter(open, firm.admin.token, { clientId: client.id, title: 'Watched' });
    const socket = wsClient(`${strict.url.replace(/^http/, 'ws')}/graphql`, firm.admin.token);
    try {
      await socket.connected;
      const adHoc = collect(socket, 'subscription W($id: ID!) { matterUpdated(matterId: $id) { title } }', { id: matter.id });
      expect(((await adHoc.failure()) as { extensions: { code: string } }[])[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      const trusted = collect<{ matterUpdated: { title: string } }>(socket, textOf('subscription MatterChanged'), { matterId: matter.id });
      await eventually(
        async () => {
          const renamed = await strict.gql(
            textOf('mutation RenameMatter'),
            { input: { id: matter.id, title: `Renamed ${Date.now()}` } },
            { token: firm.admin.token },
          );
          expect(renamed.errors).toBeUndefined();
          return trusted.results.length > 0 || undefined;
        },
        10_000,
        'an event on the trusted subscription',
      );
      expect(trusted.errors).toEqual([]);
    } finally {
      await socket.dispose();
    }
  });
});
