import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobKey, blobStore } from '../../../src/storage/index.ts';
import { graphql } from '../../gql/index.ts';
import { resetDatabase } from '../../support/database.ts';
import { createClient, createFirm, createMatter, expectType } from '../../support/fixtures.ts';
import { localId } from '../../support/ids.ts';
import { type LocalS3, startLocalS3 } from '../../support/s3.ts';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { filesUnder, upload, uploadIdOf } from './support.ts';

const CreateDocument = graphql(`
  mutation S3CreateDocument($input: CreateDocumentInput!) {
    createDocument(input: $input) {
      __typename
      ... on CreateDocumentPayload { document { id currentVersion { downloadPath sha256 } } }
    }
  }
`);

let s3: LocalS3;
let api: TestServer;
let dataDir: string;

beforeAll(async () => {
  s3 = await startLocalS3();
  dataDir = await mkdtemp(join(tmpdir(), 'lexgraph-s3-documents-'));
  api = await startTestServer({ jobs: { DATA_DIR: dataDir, ...s3.env } });
  await resetDatabase();
});
afterAll(async () => {
  await api.close();
  await s3.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('documents with S3_* settings', () => {
  it('keep their bytes in the bucket, not the data folder, and download from it with ranges', async () => {
    const firm = await createFirm(api, 'Bucket');
    const matter = await createMatter(api, firm.attorney.token, { clientId: (await createClient(api, firm.attorney.token)).id });
    const content = 'Expert report on damages, 14 pages.\n';
    const uploadId = uploadIdOf(await upload(api, firm.attorney.token, content, 'report.txt'));
    const created = await api.gql(
      CreateDocument,
      { input: { matterId: matter.id, uploadId, title: 'Expert report' } },
      { token: firm.attorney.token },
    );
    const { currentVersion } = expectType(created.data?.createDocument, 'CreateDocumentPayload').document;

    expect(await blobStore(api.jobs.storage).has(blobKey(localId(firm.firmId), currentVersion?.sha256 ?? ''))).toBe(true);
    expect(await filesUnder(join(dataDir, 'files'))).toEqual([]);
    const range = await fetch(`${api.url}${currentVersion?.downloadPath}`, {
      headers: { authorization: `Bearer ${firm.attorney.token}`, range: 'bytes=7-12' },
    });
    expect(range.status).toBe(206);
    expect(await range.text()).toBe('report');
  });
});
