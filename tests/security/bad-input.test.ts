import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, type FirmFixture } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let api: TestServer;
let firm: FirmFixture;
let client: { id: string };

beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Inputs');
  client = await createClient(api, firm.admin.token);
});

const CREATE_CLIENT = `mutation C($input: CreateClientInput!) { createClient(input: $input) { __typename ... on Error { message } } }`;
const CREATE_MATTER = `mutation M($input: CreateMatterInput!) { createMatter(input: $input) { __typename ... on Error { message } } }`;

async function written() {
  return { clients: await api.prisma.client.count(), matters: await api.prisma.matter.count(), audit: await api.prisma.auditEvent.count() };
}

describe('inputs that PostgreSQL cannot store', () => {
  it('refuses a NUL character in a variable with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const before = await written();
    const result = await api.gql(CREATE_CLIENT, { input: { name: 'Acme\u0000Corp', kind: 'ORGANIZATION' } }, { token: firm.admin.token });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^\$input\.name: .*NUL/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const nested = await api.gql(
      'mutation R($input: RenderPdfInput!) { renderPdf(input: $input) { __typename } }',
      {
        input: {
          title: 'T',
          fileName: 'a.pdf',
          blocks: [
            { kind: 'paragraph', text: 'ok' },
            { kind: 'paragraph', text: 'bad\u0000' },
          ],
        },
      },
      { token: firm.admin.token },
    );
    expect(nested.errors?.[0].message).toMatch(/^\$input\.blocks\.1\.text: /);
    expect(await written()).toEqual(before);
  });

  it('refuses a NUL character written in the query with BAD_USER_INPUT naming the argument', async () => {
    const result = await api.gql(
      `mutation { createClient(input: { name: ${JSON.stringify('Acme\u0000')}, kind: ORGANIZATION }) { __typename } }`,
      {},
      { token: firm.admin.token },
    );
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^createClient\(input\.name\): /),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await api.prisma.client.count()).toBe(1);
  });

  it('refuses a date outside PostgreSQL’s range with BAD_USER_INPUT naming the field', async () => {
    const result = await api.gql(
      CREATE_MATTER,
      { input: { clientId: client.id, title: 'Ancient', openedAt: '0000-01-01T00:00:00Z' } },
      { token: firm.admin.token },
    );
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/openedAt.*0001-01-01/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await api.prisma.matter.count()).toBe(0);
  });

  it('refuses an events(after:) cursor whose number overflows bigint with a validation error on after', async () => {
    for (const cursor of [`feed:99999999999999999999:1`, `feed:1:9223372036854775808`]) {
      const after = Buffer.from(cursor).toString('base64url');
      const result = await api.gql(
        'query E($after: String) { events(first: 5, after: $after) { edges { cursor } } }',
        { after },
        { token: firm.admin.token },
      );
      expect(result.errors?.[0]).toMatchObject({ message: 'Not a cursor of the event feed', extensions: { code: 'VALIDATION_FAILED' } });
    }
  });
});
