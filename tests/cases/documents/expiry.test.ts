import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expireUploads } from '../../../src/jobs/cases/expire_uploads.ts';
import { blobStore } from '../../../src/storage/index.ts';
import { graphql } from '../../gql/index.ts';
import { resetDatabase } from '../../support/database.ts';
import { createClient, createFirm, createMatter, expectType, type FirmFixture } from '../../support/fixtures.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { filesUnder, upload, uploadIdOf } from './support.ts';

const CreateDocument = graphql(`
  mutation ExpiryCreateDocument($input: CreateDocumentInput!) {
    createDocument(input: $input) { __typename }
  }
`);

let api: TestServer;
let dataDir: string;
let firm: FirmFixture;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lexgraph-expiry-'));
  api = await startTestServer({ jobs: { DATA_DIR: dataDir } });
});
afterAll(async () => {
  await api.close();
  await rm(dataDir, { recursive: true, force: true });
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Expiry');
});

const DAY = 86_400_000;
const expire = () => expireUploads(api.prisma, blobStore(api.jobs.storage), 24);
const age = (days: number) =>
  Promise.all([
    api.prisma.upload.updateMany({ data: { createdAt: new Date(Date.now() - days * DAY) } }),
    api.prisma.fileBlob.updateMany({ data: { touchedAt: new Date(Date.now() - days * DAY) } }),
  ]);

describe('upload expiry', () => {
  it('removes uploads no document took within UPLOAD_RETENTION_HOURS, with content nothing else refers to', async () => {
    const matter = await createMatter(api, firm.attorney.token, { clientId: (await createClient(api, firm.attorney.token)).id });
    const kept = uploadIdOf(await upload(api, firm.attorney.token, 'Filed as a document.', 'kept.txt'));
    expectType(
      (await api.gql(CreateDocument, { input: { matterId: matter.id, uploadId: kept, title: 'Kept' } }, { token: firm.attorney.token }))
        .data?.createDocument,
      'CreateDocumentPayload',
    );
    uploadIdOf(await upload(api, firm.attorney.token, 'Never used.', 'abandoned.txt'));
    uploadIdOf(await upload(api, firm.attorney.token, 'Uploaded just now.', 'fresh.txt'));
    expect(await expire()).toEqual({ uploads: 0, contents: 0 });

    await age(2);
    const fresh = uploadIdOf(await upload(api, firm.attorney.token, 'Uploaded just now.', 'fresh-again.txt'));
    expect(await expire()).toEqual({ uploads: 2, contents: 1 });
    expect((await api.prisma.upload.findMany()).map((u) => u.id)).toEqual([fresh]);
    expect((await api.prisma.fileBlob.findMany({ orderBy: { createdAt: 'asc' } })).map((b) => b.size)).toEqual([
      'Filed as a document.'.length,
      'Uploaded just now.'.length,
    ]);
    expect(await filesUnder(join(dataDir, 'files'))).toHaveLength(2);
  });
});
