import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { createFirm, expectType } from '../support/fixtures.ts';
import { api, client, counts, firm, Me, matter, post, renameMutation, UpdateMatter, useStrictFirm } from './strict-firm.ts';

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
