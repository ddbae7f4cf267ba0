import { afterAll, beforeAll, beforeEach } from 'vitest';
import { graphql } from '../gql/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createClient, createFirm, type FirmFixture } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

export const UpdateMatter = graphql(`
  mutation AuditUpdateMatter($input: UpdateMatterInput!) {
    updateMatter(input: $input) {
      __typename
      ... on UpdateMatterPayload { matter { id title } }
      ... on Error { message }
    }
  }
`);

export const CreateMatter = graphql(`
  mutation AuditCreateMatter($input: CreateMatterInput!) {
    createMatter(input: $input) {
      __typename
      ... on CreateMatterPayload { matter { id number } }
      ... on Error { message }
    }
  }
`);

export let api: TestServer;
export let firm: FirmFixture;
export let clientId: string;

/** Starts the server before these tests, gives each a fresh firm with a client, and stops the server after. */
export function useAuditWorld(): void {
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    await resetDatabase();
    firm = await createFirm(api, 'Audit');
    clientId = (await createClient(api, firm.admin.token)).id;
  });
}
