import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../../gql/index.ts';
import { resetDatabase } from '../../support/database.ts';
import { createClient, createFirm, createMatter, expectType, type FirmFixture } from '../../support/fixtures.ts';
import { localId } from '../../support/ids.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { upload, uploadIdOf } from './support.ts';

const CreateDocument = graphql(`
  mutation DocumentsCreate($input: CreateDocumentInput!) {
    createDocument(input: $input) {
      __typename
      ... on CreateDocumentPayload {
        document { id title category privileged currentVersion { id number fileName mimeType size sha256 downloadPath } }
      }
      ... on ValidationError { issues { path message } }
      ... on Error { message }
    }
  }
`);

const AddVersion = graphql(`
  mutation DocumentsAddVersion($input: AddDocumentVersionInput!) {
    addDocumentVersion(input: $input) {
      __typename
      ... on AddDocumentVersionPayload { document { id currentVersion { number fileName } } }
      ... on Error { message }
    }
  }
`);

const DeleteDocument = graphql(`
  mutation DocumentsDelete($input: DeleteDocumentInput!) {
    deleteDocument(input: $input) {
      __typename
      ... on Error { message }
    }
  }
`);

const RestoreDocument = graphql(`
  mutation DocumentsRestore($input: RestoreDocumentInput!) {
    restoreDocument(input: $input) {
      __typename
      ... on RestoreDocumentPayload { document { id title } }
      ... on Error { message }
    }
  }
`);

const MatterDocuments = graphql(`
  query DocumentsOfMatter($id: ID!) {
    node(id: $id) {
      ... on Matter {
        documents(first: 10) {
          totalCount
          edges { node { id title versions(first: 10) { edges { node { number uploadedBy { id } } } } } }
        }
      }
    }
  }
`);

let api: TestServer;
let dataDir: string;
let firm: FirmFixture;
let matter: { id: string };

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lexgraph-documents-'));
  api = await startTestServer({ jobs: { DATA_DIR: dataDir } });
});
afterAll(async () => {
  await api.close();
  await rm(dataDir, { recursive: true, force: true });
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Documents');
  const client = await createClient(api, firm.attorney.token);
  matter = await createMatter(api, firm.attorney.token, { clientId: client.id, title: 'Acme v. Widgets' });
});

const CONTENT = 'Exhibit A: the signed supply agreement of 3 March 2025.\n';

async function fileDocument(text = CONTENT, title = 'Supply agreement') {
  const uploadId = uploadIdOf(await upload(api, firm.attorney.token, text, 'agreement.txt'));
  const result = await api.gql(
    CreateDocument,
    { input: { matterId: matter.id, uploadId, title, category: 'CONTRACT', privileged: true } },
    { token: firm.attorney.token },
  );
  return expectType(result.data?.createDocument, 'CreateDocumentPayload').document;
}

const download = (path: string, token: string, headers: Record<string, string> = {}) =>
  fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${token}`, ...headers } });

describe('documents', () => {
  it('files an upload on a matter as version 1, listed on the matter with who uploaded it', async () => {
    const document = await fileDocument();
    expect(document).toMatchObject({
      title: 'Supply agreement',
      category: 'CONTRACT',
      privileged: true,
      currentVersion: { number: 1, fileName: 'agreement.txt', mimeType: 'text/plain', size: Buffer.byteLength(CONTENT) },
    });
    const listed = await api.gql(MatterDocuments, { id: matter.id }, { token: firm.attorney.token });
    const documents = listed.data?.node && 'documents' in listed.data.node ? listed.data.node.documents : null;
    expect(documents?.totalCount).toBe(1);
    expect(documents?.edges[0].node).toEqual({
      id: document.id,
      title: 'Supply agreement',
      versions: { edges: [{ node: { number: 1, uploadedBy: { id: firm.attorney.id } } }] },
    });
  });

  it('uses an upload once: a second document from the same upload id is a validation error on uploadId', async () => {
    const uploadId = uploadIdOf(await upload(api, firm.attorney.token, CONTENT, 'a.txt'));
    const input = { matterId: matter.id, uploadId, title: 'First' };
    expectType((await api.gql(CreateDocument, { input }, { token: firm.attorney.token })).data?.createDocument, 'CreateDocumentPayload');
    const again = await api.gql(CreateDocument, { input: { ...input, title: 'Second' } }, { token: firm.attorney.token });
    expect(expectType(again.data?.createDocument, 'ValidationError').issues).toEqual([
      { path: ['uploadId'], message: 'Upload not found, expired or already used' },
    ]);
    const blank = await api.gql(CreateDocument, { input: { ...input, title: '  ' } }, { token: firm.attorney.token });
    expect(expectType(blank.data?.createDocument, 'ValidationError').issues[0].path).toEqual(['title']);
    expect(await api.prisma.document.count()).toBe(1);
  });

  it('serves the content to the matter team, with single Range requests (206) and 416 past the end', async () => {
    const document = await fileDocument();
    const path = document.currentVersion?.downloadPath ?? '';
    const whole = await download(path, firm.attorney.token);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('content-type')).toBe('text/plain');
    expect(whole.headers.get('etag')).toBe(`"${document.currentVersion?.sha256}"`);
    expect(await whole.text()).toBe(CONTENT);

    const first = await download(path, firm.attorney.token, { range: 'bytes=0-9' });
    expect(first.status).toBe(206);
    expect(first.headers.get('content-range')).toBe(`bytes 0-9/${CONTENT.length}`);
    expect(await first.text()).toBe(CONTENT.slice(0, 10));

    const tail = await download(path, firm.attorney.token, { range: 'bytes=-5' });
    expect(await tail.text()).toBe(CONTENT.slice(-5));
    const open = await download(path, firm.attorney.token, { range: `bytes=${CONTENT.length - 3}-` });
    expect(await open.text()).toBe(CONTENT.slice(-3));

    const past = await download(path, firm.attorney.token, { range: `bytes=${CONTENT.length}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${CONTENT.length}`);

    const stale = await download(path, firm.attorney.token, { range: 'bytes=0-9', 'if-range': '"another"' });
    expect(stale.status).toBe(200);
    // The document's own id downloads its current version.
    expect(await (await download(`/files/${localId(document.id)}`, firm.attorney.token)).text()).toBe(CONTENT);
  });

  it('names the download in Content-Disposition, non-ASCII names as UTF-8 beside an ASCII fallback', async () => {
    const uploadId = uploadIdOf(await upload(api, firm.attorney.token, CONTENT, 'Gutachten Müller "final".txt'));
    const created = await api.gql(
      CreateDocument,
      { input: { matterId: matter.id, uploadId, title: 'Gutachten' } },
      { token: firm.attorney.token },
    );
    const { currentVersion } = expectType(created.data?.createDocument, 'CreateDocumentPayload').document;
    expect(currentVersion?.fileName).toBe('Gutachten Müller final.txt');
    const response = await download(currentVersion?.downloadPath ?? '', firm.attorney.token);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Gutachten M_ller final.txt"; filename*=UTF-8''Gutachten%20M%C3%BCller%20final.txt`,
    );
  });

  it('answers 404 to a user who cannot see the matter, to another firm and for a deleted document', async () => {
    const document = await fileDocument();
    const path = document.currentVersion?.downloadPath ?? '';
    expect((await download(path, firm.admin.token)).status).toBe(200);
    // The paralegal is not on the matter's team and the firm does not open matters to all staff.
    expect((await download(path, firm.paralegal.token)).status).toBe(404);
    const other = await createFirm(api, 'Other');
    expect((await download(path, other.admin.token)).status).toBe(404);
    expect((await fetch(`${api.url}${path}`)).status).toBe(401);

    expectType(
      (await api.gql(DeleteDocument, { input: { id: document.id } }, { token: firm.attorney.token })).data?.deleteDocument,
      'DeleteDocumentPayload',
    );
    expect((await download(path, firm.attorney.token)).status).toBe(404);
    expect((await download(path, firm.admin.token)).status).toBe(404);
  });

  it('refuses to file on a matter the user cannot see, as if it did not exist', async () => {
    const uploadId = uploadIdOf(await upload(api, firm.paralegal.token, CONTENT, 'a.txt'));
    const result = await api.gql(
      CreateDocument,
      { input: { matterId: matter.id, uploadId, title: 'Sneaky' } },
      { token: firm.paralegal.token },
    );
    expect(result.data?.createDocument.__typename).toBe('NotFoundError');
    expect(await api.prisma.document.count()).toBe(0);
  });

  it('numbers versions without gaps or repeats when several are added at once', async () => {
    const document = await fileDocument();
    const uploads = await Promise.all(
      [1, 2, 3, 4, 5].map(async (n) => uploadIdOf(await upload(api, firm.attorney.token, `${CONTENT} revision ${n}`, `rev-${n}.txt`))),
    );
    const results = await Promise.all(
      uploads.map((uploadId) => api.gql(AddVersion, { input: { documentId: document.id, uploadId } }, { token: firm.attorney.token })),
    );
    for (const result of results) expectType(result.data?.addDocumentVersion, 'AddDocumentVersionPayload');
    const numbers = await api.prisma.documentVersion.findMany({ where: { documentId: localId(document.id) }, orderBy: { number: 'asc' } });
    expect(numbers.map((v) => v.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const current = await api.prisma.document.findUniqueOrThrow({ where: { id: localId(document.id) }, include: { currentVersion: true } });
    expect(current.currentVersion?.number).toBe(6);
  });

  it('deletes softly: the document leaves the matter, only an admin restores it, and the events are recorded', async () => {
    const document = await fileDocument();
    const uploadId = uploadIdOf(await upload(api, firm.attorney.token, 'v2', 'v2.txt'));
    expectType(
      (await api.gql(AddVersion, { input: { documentId: document.id, uploadId } }, { token: firm.attorney.token })).data
        ?.addDocumentVersion,
      'AddDocumentVersionPayload',
    );
    await api.gql(DeleteDocument, { input: { id: document.id } }, { token: firm.attorney.token });
    const listed = await api.gql(MatterDocuments, { id: matter.id }, { token: firm.attorney.token });
    expect(listed.data?.node && 'documents' in listed.data.node && listed.data.node.documents.totalCount).toBe(0);

    const byAttorney = await api.gql(RestoreDocument, { input: { id: document.id } }, { token: firm.attorney.token });
    expect(byAttorney.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byAdmin = await api.gql(RestoreDocument, { input: { id: document.id } }, { token: firm.admin.token });
    expect(expectType(byAdmin.data?.restoreDocument, 'RestoreDocumentPayload').document.title).toBe('Supply agreement');
    // Restored with every version: the first stays downloadable, the document's id serves the latest.
    expect(await (await download(document.currentVersion?.downloadPath ?? '', firm.attorney.token)).text()).toBe(CONTENT);
    expect(await (await download(`/files/${localId(document.id)}`, firm.attorney.token)).text()).toBe('v2');

    const events = await api.prisma.domainEvent.findMany({ where: { entityId: localId(document.id) }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.type)).toEqual(['document.uploaded', 'document.versioned', 'document.deleted']);
    expect(events[0]).toMatchObject({
      matterId: localId(matter.id),
      payload: expect.objectContaining({ title: 'Supply agreement', privileged: true }),
    });
    const audit = await api.prisma.auditEvent.findMany({ where: { entityId: localId(document.id) }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.action)).toContain('document.restored');
  });
});
