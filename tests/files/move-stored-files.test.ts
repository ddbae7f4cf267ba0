import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { moveStoredFiles } from '../../src/jobs/jobs/move_stored_files.ts';
import { blobKey, blobStore } from '../../src/storage/index.ts';
import { resetDatabase } from '../support/database.ts';
import { createFirm, type FirmFixture } from '../support/fixtures.ts';
import { localId } from '../support/ids.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let api: TestServer;
let dataDir: string;
let firm: FirmFixture;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lexgraph-move-'));
  api = await startTestServer({ jobs: { DATA_DIR: dataDir } });
});
afterAll(async () => {
  await api.close();
  await rm(dataDir, { recursive: true, force: true });
});
beforeEach(async () => {
  await resetDatabase();
  firm = await createFirm(api, 'Legacy');
});

describe('stored files kept in PostgreSQL before the blob store', () => {
  it('download as before, move into the store with their column emptied, and download the same afterwards', async () => {
    const bytes = Buffer.from('%PDF-1.4 an invoice rendered last year');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const firmId = localId(firm.firmId);
    const legacy = await api.prisma.storedFile.create({
      data: { firmId, name: 'invoice.pdf', mimeType: 'application/pdf', size: bytes.length, sha256, bytes: new Uint8Array(bytes) },
    });
    const get = async (range?: string) => {
      const response = await fetch(`${api.url}/files/${legacy.id}`, {
        headers: { authorization: `Bearer ${firm.readOnly.token}`, ...(range ? { range } : {}) },
      });
      return { status: response.status, body: Buffer.from(await response.arrayBuffer()).toString() };
    };
    expect(await get()).toEqual({ status: 200, body: bytes.toString() });
    expect(await get('bytes=0-7')).toEqual({ status: 206, body: '%PDF-1.4' });

    expect(await moveStoredFiles(api.prisma, blobStore(api.jobs.storage))).toBe(1);
    expect((await api.prisma.storedFile.findUniqueOrThrow({ where: { id: legacy.id } })).bytes).toBeNull();
    expect(await blobStore(api.jobs.storage).has(blobKey(firmId, sha256))).toBe(true);
    expect(await api.prisma.fileBlob.count({ where: { firmId, sha256 } })).toBe(1);
    expect(await get()).toEqual({ status: 200, body: bytes.toString() });
    expect(await get('bytes=0-7')).toEqual({ status: 206, body: '%PDF-1.4' });
    expect(await moveStoredFiles(api.prisma, blobStore(api.jobs.storage))).toBe(0);
  });
});
