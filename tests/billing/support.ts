import { expect } from 'vitest';
import { createClient, createMatter, type FirmFixture } from '../support/fixtures.ts';
import type { TestServer } from '../support/server.ts';

/** Runs a mutation whose result is `<Name>Payload | errors` and returns its payload, failing the test on anything else. */
export async function mutate<T = Record<string, unknown>>(
  api: TestServer,
  token: string,
  field: string,
  input: Record<string, unknown>,
  selection: string,
): Promise<T> {
  const payload = `${field[0].toUpperCase()}${field.slice(1)}Payload`;
  const result = await api.gql<Record<string, { __typename: string } & T>, unknown>(
    `mutation($input: ${field[0].toUpperCase()}${field.slice(1)}Input!) { ${field}(input: $input) { __typename ... on ${payload} { ${selection} } ... on Error { message } } }`,
    { input },
    { token },
  );
  expect(result.errors).toBeUndefined();
  const value = result.data?.[field];
  if (value?.__typename !== payload) throw new Error(`${field}: ${JSON.stringify(value)}`);
  return value;
}

/** Runs a mutation and returns its typename and message (typed errors), or the code of a top-level error (e.g. FORBIDDEN). */
export async function attempt(
  api: TestServer,
  token: string,
  field: string,
  input: Record<string, unknown>,
): Promise<{ __typename: string; message?: string }> {
  const type = `${field[0].toUpperCase()}${field.slice(1)}`;
  const result = await api.gql<Record<string, { __typename: string; message?: string }>, unknown>(
    `mutation($input: ${type}Input!) { ${field}(input: $input) { __typename ... on Error { message } } }`,
    { input },
    { token },
  );
  const error = result.errors?.[0];
  if (error) return { __typename: String(error.extensions?.code), message: error.message };
  return result.data?.[field] as { __typename: string; message?: string };
}

/** A client with one matter, opened by the firm's admin. */
export async function clientWithMatter(api: TestServer, firm: FirmFixture) {
  const client = await createClient(api, firm.admin.token);
  const matter = await createMatter(api, firm.admin.token, { clientId: client.id, title: 'Acme v. Widgets' });
  return { client, matter };
}
