import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TokenService } from '../../src/auth/token.ts';
import { createPrisma } from '../../src/db/client.ts';
import type { App } from '../../src/http/app-deps.ts';
import { createApp } from '../../src/server.ts';
import { resetDatabase, workerDatabaseUrl } from '../support/database.ts';
import { createFirm, type FirmFixture } from '../support/fixtures.ts';
import { startTestServer, TEST_JWT_SECRET, type TestServer } from '../support/server.ts';

let api: TestServer;
let firm: FirmFixture;

beforeAll(async () => {
  api = await startTestServer();
  await resetDatabase();
  firm = await createFirm(api, 'Protocol');
});
afterAll(() => api.close());

const ME = '{ me { name } }';
const CREATE_CLIENT = 'mutation { createClient(input: { name: "Via GET", kind: PERSON }) { __typename } }';

const get = (params: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql?${new URLSearchParams(params)}`, {
    headers: { authorization: `Bearer ${firm.admin.token}`, ...headers },
  });

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${firm.admin.token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('media types', () => {
  it('answers with application/graphql-response+json when the client accepts it', async () => {
    const response = await post({ query: ME }, { accept: 'application/graphql-response+json, application/json;q=0.9' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json\b/);
    expect(await response.json()).toEqual({ data: { me: { name: 'Protocol Admin' } }, extensions: { cost: expect.any(Object) } });
  });

  it('answers with application/json to a client that only accepts that', async () => {
    const response = await post({ query: ME }, { accept: 'application/json' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json\b/);
  });

  it('answers a request error with a 4xx status under application/graphql-response+json', async () => {
    const response = await post({ query: '{ nope }' }, { accept: 'application/graphql-response+json' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json\b/);
    expect((await response.json()).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses methods other than GET and POST with 405 and an Allow header', async () => {
    const response = await fetch(`${api.url}/graphql`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
  });

  it('answers an unknown path with 404 pointing at /graphql', async () => {
    const response = await fetch(`${api.url}/graphq`);
    expect(response.status).toBe(404);
    expect((await response.json()).errors[0].message).toContain('/graphql');
  });
});

describe('GET requests', () => {
  it('runs a query sent with GET (with a header that forces a CORS preflight)', async () => {
    const response = await get({ query: ME }, { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { me: { name: 'Protocol Admin' } }, extensions: { cost: expect.any(Object) } });
  });

  it('takes variables and operationName from the query string', async () => {
    const response = await get(
      { query: 'query A { me { name } } query B($n: Int) { matters(first: $n) { totalCount } }', operationName: 'B', variables: '{"n":1}' },
      { 'apollo-require-preflight': 'true' },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { matters: { totalCount: 0 } }, extensions: { cost: expect.any(Object) } });
  });

  it('refuses a mutation sent with GET with 405 and writes nothing', async () => {
    const response = await get({ query: CREATE_CLIENT }, { accept: 'application/json', 'apollo-require-preflight': 'true' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect((await response.json()).errors[0].message).toBe('GET requests only support query operations, not mutation operations');
    expect(await api.prisma.client.count()).toBe(0);
  });
});

describe('CSRF prevention', () => {
  it('blocks a GET without a preflight-forcing header, as a cross-site <img> or link would send it', async () => {
    const response = await get({ query: ME }, { accept: 'application/json' });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].message).toMatch(/Cross-Site Request Forgery/);
  });

  it('blocks a simple cross-site form POST (text/plain, form-encoded) and writes nothing', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await post(JSON.stringify({ query: CREATE_CLIENT }), { 'content-type': contentType });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
    }
    expect(await api.prisma.client.count()).toBe(0);
  });

  it('serves GraphiQL, and runs nothing, when a browser navigates to a mutation URL', async () => {
    const response = await get({ query: CREATE_CLIENT }, { accept: 'text/html,application/xhtml+xml' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await api.prisma.client.count()).toBe(0);
  });

  it('accepts a GET carrying x-apollo-operation-name instead', async () => {
    const response = await get({ query: 'query Who { me { name } }' }, { 'x-apollo-operation-name': 'Who' });
    expect(response.status).toBe(200);
  });
});

describe('request ids', () => {
  it('echoes the caller’s x-request-id', async () => {
    const response = await post({ query: ME }, { 'x-request-id': 'trace-abc.123:7' });
    expect(response.headers.get('x-request-id')).toBe('trace-abc.123:7');
  });

  it('generates a UUID when none is sent, a new one per request', async () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    const a = (await post({ query: ME })).headers.get('x-request-id');
    const b = (await post({ query: ME })).headers.get('x-request-id');
    expect(a).toMatch(uuid);
    expect(b).toMatch(uuid);
    expect(a).not.toBe(b);
  });

  it('replaces an unsafe x-request-id rather than echoing it', async () => {
    const response = await post({ query: ME }, { 'x-request-id': '<script>alert(1)</script>' });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('carries the request id on errors, health checks and unknown paths too', async () => {
    for (const [path, init] of [
      ['/graphql', { method: 'POST', body: '{not json', headers: { 'content-type': 'application/json' } }],
      ['/health/live', {}],
      ['/nowhere', {}],
    ] as const) {
      const response = await fetch(`${api.url}${path}`, {
        ...init,
        headers: { ...('headers' in init ? init.headers : {}), 'x-request-id': 'req-42' },
      });
      expect(response.headers.get('x-request-id')).toBe('req-42');
    }
  });
});

describe('unexpected errors', () => {
  // Bad input no longer reaches the database (a NUL character is refused up front), so the database
  // itself is made to fail: with its table renamed away, the count statement fails in PostgreSQL, an
  // error no resolver expects.
  const BROKEN = { query: 'query Broken { matters(first: 5) { totalCount } }', variables: {} };
  const withMattersHidden = async <T>(fn: () => Promise<T>): Promise<T> => {
    const db = createPrisma(workerDatabaseUrl());
    await db.$executeRawUnsafe('ALTER TABLE "Matter" RENAME TO "MatterHiddenByTest"');
    try {
      return await fn();
    } finally {
      await db.$executeRawUnsafe('ALTER TABLE "MatterHiddenByTest" RENAME TO "Matter"');
      await db.$disconnect();
    }
  };

  it('are masked: a generic message and code, with no stack, SQL or driver detail', async () => {
    const response = await withMattersHidden(() =>
      post(BROKEN, { accept: 'application/graphql-response+json', 'x-request-id': 'masked-1' }),
    );
    const text = await response.text();
    const body = JSON.parse(text);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toEqual({
      message: 'Internal server error',
      locations: expect.any(Array),
      path: ['matters', 'totalCount'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(text).not.toMatch(/SELECT|"Matter"|prisma|postgres|0x00|stack|\bat .*\.(ts|js)/i);
    expect(response.headers.get('x-request-id')).toBe('masked-1');
  });

  describe('logging', () => {
    let app: App;
    let url: string;
    const lines: Record<string, unknown>[] = [];
    const prisma = createPrisma(workerDatabaseUrl());

    beforeAll(async () => {
      const sink = new Writable({
        write(chunk, _encoding, done) {
          for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
          done();
        },
      });
      app = await createApp({
        config: { NODE_ENV: 'production', BODY_LIMIT_BYTES: 100_000, SHUTDOWN_TIMEOUT_MS: 2_000 },
        prisma,
        tokens: new TokenService(TEST_JWT_SECRET, '1h'),
        log: pino({ level: 'info' }, sink),
      });
      url = `${await app.listen(0, '127.0.0.1')}/graphql`;
    });
    afterAll(async () => {
      await app.close();
      await prisma.$disconnect();
    });
    beforeEach(() => {
      lines.length = 0;
    });

    it('logs the real error with the request id, while the client sees only the masked one', async () => {
      const response = await withMattersHidden(() =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${firm.admin.token}`, 'x-request-id': 'masked-2' },
          body: JSON.stringify(BROKEN),
        }),
      );
      expect((await response.json()).errors[0].message).toBe('Internal server error');
      const logged = lines.find((l) => l.msg === 'unexpected GraphQL error');
      expect(logged).toMatchObject({ level: 50, requestId: 'masked-2', path: ['matters', 'totalCount'] });
      expect(JSON.stringify(logged)).toMatch(/MatterHiddenByTest|does not exist|42P01/);
    });

    it('does not log expected errors (bad input) as unexpected', async () => {
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${firm.admin.token}` },
        body: JSON.stringify({ query: '{ node(id: "garbage") { id } }' }),
      });
      expect(lines.filter((l) => l.msg === 'unexpected GraphQL error')).toEqual([]);
    });
  });
});
