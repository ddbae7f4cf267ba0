import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_KEYS, loadConfig } from '../../src/config.ts';
import { httpOptionsFrom } from '../../src/http/settings.ts';
import { resetDatabase } from '../support/database.ts';
import { createFirm, type FirmFixture } from '../support/fixtures.ts';
import { rawSocket } from '../support/realtime.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let locked: TestServer;
let firm: FirmFixture;

beforeAll(async () => {
  locked = await startTestServer({ http: { graphiql: false, introspection: false }, jobs: { SIGNUP: 'closed' } });
  await resetDatabase();
  const open = await startTestServer();
  try {
    firm = await createFirm(open, 'Operators');
  } finally {
    await open.close();
  }
});
afterAll(async () => {
  await locked?.close();
});

const REGISTER = `mutation { registerFirm(input: { firmName: "Walk-in LLP", adminName: "Walk In", adminEmail: "walk-in@example.com", password: "long-enough-password" }) { __typename } }`;

describe('GRAPHIQL, INTROSPECTION and SIGNUP', () => {
  it('serves no GraphiQL page when GRAPHIQL is off', async () => {
    const response = await fetch(`${locked.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).not.toMatch(/text\/html/);
    expect(await response.text()).not.toContain('GraphiQL');
  });

  it('refuses introspection over HTTP and WebSocket when INTROSPECTION is off, and still answers queries', async () => {
    const http = await locked.gql('{ __schema { queryType { name } } }');
    expect(http.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect((await locked.gql('{ me { name } }', undefined, { token: firm.admin.token })).data).toEqual({ me: { name: 'Operators Admin' } });

    const raw = rawSocket(`${locked.url.replace(/^http/, 'ws')}/graphql`);
    await raw.opened;
    raw.socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${firm.admin.token}` } }));
    await expect.poll(() => raw.messages.some((m) => (m as { type: string }).type === 'connection_ack'), { timeout: 10_000 }).toBe(true);
    raw.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ __type(name: "Matter") { name } }' } }));
    await expect
      .poll(() => raw.messages.find((m) => (m as { type: string }).type === 'error'), { timeout: 10_000 })
      .toMatchObject({ id: '1', payload: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    raw.socket.close();
  });

  it('refuses registerFirm when SIGNUP is closed, and creates nothing', async () => {
    const result = await locked.gql(REGISTER);
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Registration is closed'),
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await locked.prisma.firm.count({ where: { name: 'Walk-in LLP' } })).toBe(0);
  });

  it('turns GraphiQL and introspection off by default in production only, and on when set', () => {
    const production = { NODE_ENV: 'production' } as const;
    expect(httpOptionsFrom(loadConfig(production))).toMatchObject({ graphiql: false, introspection: false, metrics: true });
    expect(httpOptionsFrom(loadConfig({ NODE_ENV: 'development' }))).toMatchObject({ graphiql: true, introspection: true });
    expect(httpOptionsFrom(loadConfig({ ...production, GRAPHIQL: 'true', INTROSPECTION: '1', METRICS_PORT: '9464' }))).toMatchObject({
      graphiql: true,
      introspection: true,
      metrics: false,
    });
  });
});

describe('.env.example', () => {
  it('lists every setting LexGraph reads', async () => {
    const example = await readFile('.env.example', 'utf8');
    const listed = [...example.matchAll(/^# ([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...CONFIG_KEYS].sort());
  });
});
