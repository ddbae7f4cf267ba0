import { print } from 'graphql';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, expectType, type FirmFixture } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const UpdateMatter = graphql(`
  mutation BadInputUpdateMatter($input: UpdateMatterInput!) {
    updateMatter(input: $input) {
      __typename
      ... on UpdateMatterPayload { matter { title } }
      ... on Error { message }
    }
  }
`);

const CreateClient = graphql(`
  mutation BadInputCreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      __typename
      ... on CreateClientPayload { client { id } }
      ... on Error { message }
    }
  }
`);

const Node = graphql(`
  query BadInputNode($id: ID!) { node(id: $id) { __typename id } }
`);

const Me = graphql(`
  query BadInputMe { me { name } }
`);

const BODY_LIMIT = 20_000;

let api: TestServer;
let firm: FirmFixture;
let matter: { id: string; title: string };
let client: { id: string; name: string };

beforeAll(async () => {
  api = await startTestServer({ bodyLimit: BODY_LIMIT });
});
afterAll(() => api.close());

beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Strict');
  client = await createClient(api, firm.admin.token, 'Acme Holdings');
  matter = await createMatter(api, firm.admin.token, { clientId: client.id, title: 'Acme v. Widgets' });
});

/** Row counts of every table a mutation could write to. */
async function counts() {
  const [firms, users, clients, matters, members, audit] = await Promise.all([
    api.prisma.firm.count(),
    api.prisma.user.count(),
    api.prisma.client.count(),
    api.prisma.matter.count(),
    api.prisma.matterMember.count(),
    api.prisma.auditEvent.count(),
  ]);
  return { firms, users, clients, matters, members, audit };
}

let before: Awaited<ReturnType<typeof counts>>;
beforeEach(async () => {
  before = await counts();
});

// After every bad request: nothing was written, and the server still answers a normal query.
afterEach(async () => {
  expect(await counts()).toEqual(before);
  const followUp = await api.gql(Me, {}, { token: firm.admin.token });
  expect(followUp.status).toBe(200);
  expect(followUp.data?.me?.name).toBe('Strict Admin');
  expect((await api.prisma.matter.findFirstOrThrow()).title).toBe('Acme v. Widgets');
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${firm.admin.token}`,
      ...headers,
    },
    body,
  });

const renameMutation = print(UpdateMatter);

describe('malformed requests', () => {
  it('answers a body that is not JSON with 400 and says so', async () => {
    const response = await post('{"query": "mutation { updateMatter(input: {id: \\"x\\", title: \\"Hacked\\"}) { __typename } }",');
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors).toEqual([
      { message: expect.stringMatching(/^Request body is not valid JSON: /), extensions: { code: 'BAD_REQUEST' } },
    ]);
  });

  it('answers a JSON body without a query with 400', async () => {
    const response = await post(JSON.stringify({ variables: {} }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].message).toMatch(/query/i);
  });

  it('refuses an operationName the document does not contain, running neither operation', async () => {
    const query = `${renameMutation}\nquery Other { me { name } }`;
    const response = await post(
      JSON.stringify({ query, operationName: 'Missing', variables: { input: { id: matter.id, title: 'Renamed' } } }),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      expect.objectContaining({ message: 'Unknown operation named "Missing".', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }),
    ]);
  });

  it('refuses a document of several operations without an operationName', async () => {
    const query = `${renameMutation}\nquery Other { me { name } }`;
    const response = await post(JSON.stringify({ query, variables: { input: { id: matter.id, title: 'Renamed' } } }));
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0]).toMatchObject({ extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } });
  });

  it('refuses variables of the wrong type with 400 BAD_USER_INPUT naming the variable', async () => {
    const result = await api.gql(CreateClient, { input: { name: 42, kind: 'ALIEN' } } as never, { token: firm.admin.token });
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringContaining('$input'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses a missing required variable with 400 BAD_USER_INPUT', async () => {
    const result = await api.gql(CreateClient, {} as never, { token: firm.admin.token });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({
      message: 'Variable "$input" of required type "CreateClientInput!" was not provided.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('answers a query that does not parse with 400 GRAPHQL_PARSE_FAILED', async () => {
    const result = await api.gql('{ matters(first: 1) { ', undefined, { token: firm.admin.token });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Syntax Error/),
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('answers a field that does not exist with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await api.gql('mutation { dropAllTables }', undefined, { token: firm.admin.token });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({
      message: 'Cannot query field "dropAllTables" on type "Mutation".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});

describe('global IDs', () => {
  it('refuses a garbage global ID in a mutation with a clear BAD_USER_INPUT error', async () => {
    for (const id of ['garbage', 'TWF0dGVyOm5vdC1hLXV1aWQ=' /* Matter:not-a-uuid */, '']) {
      const result = await api.gql(UpdateMatter, { input: { id, title: 'Hacked' } }, { token: firm.admin.token });
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringContaining('is not a LexGraph global ID'),
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(result.data?.updateMatter ?? null).toBeNull();
    }
  });

  it('refuses a garbage global ID in node() with a clear BAD_USER_INPUT error', async () => {
    const result = await api.gql(Node, { id: 'not base64 at all!' }, { token: firm.admin.token });
    expect(result.errors?.[0]).toMatchObject({
      message: 'Invalid ID: "not base64 at all!" is not a LexGraph global ID',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses a well-formed ID of another type where a matter is expected', async () => {
    const result = await api.gql(UpdateMatter, { input: { id: client.id, title: 'Hacked' } }, { token: firm.admin.token });
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringContaining(`${client.id} is not of type: Matter`),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(result.data?.updateMatter ?? null).toBeNull();
  });

  it("treats another firm's matter ID like one that does not exist", async () => {
    const other = await createFirm(api, 'Rival');
    const result = await api.gql(UpdateMatter, { input: { id: matter.id, title: 'Hacked' } }, { token: other.admin.token });
    expect(expectType(result.data?.updateMatter, 'NotFoundError').message).toMatch(/not found/i);
    expect((await api.gql(Node, { id: matter.id }, { token: other.admin.token })).data?.node).toBeNull();
    before = await counts(); // the rival firm's registration is the only write
  });
});

describe('oversized and abusive requests', () => {
  it('answers a body over the limit with 413 before reading it all', async () => {
    const title = 'x'.repeat(BODY_LIMIT + 1);
    const response = await post(JSON.stringify({ query: renameMutation, variables: { input: { id: matter.id, title } } }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: `Request body exceeds ${BODY_LIMIT} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('answers a streamed body over the limit (no Content-Length) with 413', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(4096));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > BODY_LIMIT * 2) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${firm.admin.token}` },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('refuses a too-deep query with a clear message and runs nothing', async () => {
    // matters → edges → node → client → matters → edges → node → client → … (13+ levels)
    let selection = 'id';
    for (let i = 0; i < 4; i += 1) selection = `matters(first: 1) { edges { node { client { ${selection} } } } }`;
    const query = `{ clients(first: 1) { edges { node { ${selection} } } } }`;
    api.statements.length = 0;
    const result = await api.gql(query, undefined, { token: firm.admin.token });
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Query refused: Query depth limit of 12 exceeded, found \d+\.$/),
        extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }),
      }),
    ]);
    expect(api.statements.filter((sql) => /"(Matter|Client)"/.test(sql))).toEqual([]);
  });

  it('refuses an alias bomb with a clear message and runs nothing', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: matters { totalCount }`).join(' ');
    api.statements.length = 0;
    const result = await api.gql(`{ ${aliases} }`, undefined, { token: firm.admin.token });
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Query refused: Aliases limit of 15 exceeded, found \d+\.$/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(api.statements.filter((sql) => /"(Matter|Client)"/.test(sql))).toEqual([]);
  });

  it('refuses an alias bomb of mutations and writes nothing', async () => {
    const aliases = Array.from(
      { length: 50 },
      (_, i) => `m${i}: createClient(input: { name: "Spam ${i}", kind: PERSON }) { __typename }`,
    ).join(' ');
    const result = await api.gql(`mutation { ${aliases} }`, undefined, { token: firm.admin.token });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('refuses a query over the token limit with 400 GRAPHQL_PARSE_FAILED', async () => {
    const result = await api.gql(`{ me { ${'a '.repeat(6000)}} }`, undefined, { token: firm.admin.token });
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([
      expect.objectContaining({
        // graphql-js' own wording ("more that") may be corrected one day.
        message: expect.stringMatching(/^Syntax Error: Document contains more tha[nt] 5000 tokens\. Parsing aborted\.$/),
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      }),
    ]);
  });

  it('refuses a field-duplication bomb under the token limit with 400 and runs nothing', async () => {
    api.statements.length = 0;
    const result = await api.gql(`{ me { ${'email '.repeat(3000)}} }`, undefined, { token: firm.admin.token });
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('refuses a query with too many directives', async () => {
    const directives = Array.from({ length: 60 }, () => '@include(if: true)').join(' ');
    const result = await api.gql(`{ me { name ${directives} } }`, undefined, { token: firm.admin.token });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Query refused: Directives limit of 20 exceeded, found \d+\.$/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('refuses a three-level fan-out of full pages as too costly', async () => {
    const query = `{ clients(first: 100) { edges { node { matters(first: 100) { edges { node {
      members(first: 100) { edges { node { role user { name } } } } } } } } } } }`;
    api.statements.length = 0;
    const result = await api.gql(query, undefined, { token: firm.admin.token });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Query is too complex: it costs \d+, and at most 100000 is allowed$/),
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
    expect(api.statements.filter((sql) => /"(Matter|Client)"/.test(sql))).toEqual([]);
  });

  it('costs page sizes passed as variables like written ones, refusing the same fan-out', async () => {
    const query = `query FanOut($n: Int!) { clients(first: $n) { edges { node { matters(first: $n) { edges { node {
      members(first: $n) { edges { node { role user { name } } } } } } } } } } }`;
    api.statements.length = 0;
    const refused = await api.gql(query, { n: 100 }, { token: firm.admin.token });
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Query is too complex: it costs \d+, and at most 100000 is allowed$/),
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
    expect(api.statements.filter((sql) => /"(Matter|Client)"/.test(sql))).toEqual([]);
    const small = await api.gql(query, { n: 5 }, { token: firm.admin.token });
    expect(small.status).toBe(200);
    expect(small.errors).toBeUndefined();
  });
});
