import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, BODY_LIMIT, counts, firm, Me, matter, post, renameMutation, useStrictFirm } from './strict-firm.ts';

useStrictFirm();

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
