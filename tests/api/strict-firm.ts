import { print } from 'graphql';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, createMatter, type FirmFixture } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

export const UpdateMatter = graphql(`
  mutation BadInputUpdateMatter($input: UpdateMatterInput!) {
    updateMatter(input: $input) {
      __typename
      ... on UpdateMatterPayload { matter { title } }
      ... on Error { message }
    }
  }
`);

export const Me = graphql(`
  query BadInputMe { me { name } }
`);

export const BODY_LIMIT = 20_000;

export let api: TestServer;
export let firm: FirmFixture;
export let matter: { id: string; title: string };
export let client: { id: string; name: string };

/** Row counts of every table a mutation could write to. */
export async function counts() {
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

export const post = (body: string, headers: Record<string, string> = {}) =>
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

export const renameMutation = print(UpdateMatter);

/** Starts the server with a small body limit, and gives each test a fresh firm with a client and a matter. */
export function useStrictFirm(): void {
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
}
