import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../../gql/index.ts';
import { resetDatabase } from '../../support/database.ts';
import { createClient, createFirm, createMatter, expectType, type FirmFixture } from '../../support/fixtures.ts';
import { collect, untilReceived, wsClient } from '../../support/realtime.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { upload, uploadIdOf } from './support.ts';

const CreateDocument = graphql(`
  mutation LiveCreateDocument($input: CreateDocumentInput!) {
    createDocument(input: $input) {
      __typename
      ... on CreateDocumentPayload { document { id } }
    }
  }
`);

const DeleteDocument = graphql(`
  mutation LiveDeleteDocument($input: DeleteDocumentInput!) {
    deleteDocument(input: $input) { __typename }
  }
`);

const DOCUMENT_EVENTS = `subscription($m: ID!) { documentEvents(matterId: $m) { id type occurredAt documentId document { id title } } }`;

interface Received {
  documentEvents: { type: string; documentId: string; document: { id: string; title: string } | null };
}

let api: TestServer;
let dataDir: string;
let firm: FirmFixture;
let matterId: string;
const clients: ReturnType<typeof wsClient>[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lexgraph-live-documents-'));
  api = await startTestServer({ jobs: { DATA_DIR: dataDir } });
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await api.close();
  await rm(dataDir, { recursive: true, force: true });
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Live');
  matterId = (await createMatter(api, firm.attorney.token, { clientId: (await createClient(api, firm.attorney.token)).id })).id;
});

function subscriber(token: string) {
  const client = wsClient(`${api.url.replace(/^http/, 'ws')}/graphql`, token);
  clients.push(client);
  return collect<Received>(client, DOCUMENT_EVENTS, { m: matterId });
}

describe('documentEvents', () => {
  it("tells the matter's team about uploaded and deleted documents, and nobody who cannot see the matter", async () => {
    const team = subscriber(firm.attorney.token);
    const admin = subscriber(firm.admin.token);
    const outsider = subscriber(firm.paralegal.token);
    let id = '';
    const file = async () => {
      const uploadId = uploadIdOf(await upload(api, firm.attorney.token, `Deposition notice ${Date.now()}`, 'notice.txt'));
      const created = await api.gql(
        CreateDocument,
        { input: { matterId, uploadId, title: 'Deposition notice' } },
        { token: firm.attorney.token },
      );
      id = expectType(created.data?.createDocument, 'CreateDocumentPayload').document.id;
    };
    // Documents are filed until both subscriptions are live; the last one is the one to check.
    await untilReceived(file, () => team.results.length > 0 && admin.results.length > 0);
    await file();
    const uploaded = await team.next((d) => d.documentEvents.type === 'UPLOADED' && d.documentEvents.documentId === id);
    expect(uploaded.documentEvents.document).toEqual({ id, title: 'Deposition notice' });
    await admin.next((d) => d.documentEvents.documentId === id);

    await api.gql(DeleteDocument, { input: { id } }, { token: firm.attorney.token });
    const deleted = await team.next((d) => d.documentEvents.type === 'DELETED');
    expect(deleted.documentEvents).toMatchObject({ documentId: id, document: null });
    expect(outsider.results).toEqual([
      { errors: [expect.objectContaining({ message: 'Matter not found', extensions: { code: 'NOT_FOUND' } })] },
    ]);
  });
});
