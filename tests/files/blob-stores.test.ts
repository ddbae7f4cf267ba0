import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { type BlobStore, blobKey, blobStore } from '../../src/storage/index.ts';
import { storageSettings } from '../../src/storage/settings.ts';
import { type LocalS3, startLocalS3 } from '../support/s3.ts';

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const FIRM = '0193b000-0000-7000-8000-000000000001';
const sha = (content: string) => createHash('sha256').update(content).digest('hex');

let s3: LocalS3;
let folder: string;
const stores: Record<string, () => BlobStore> = {};

beforeAll(async () => {
  s3 = await startLocalS3();
  folder = await mkdtemp(join(tmpdir(), 'lexgraph-blobs-'));
  stores['the local folder'] = () => blobStore(storageSettings(loadConfig({ DATA_DIR: folder })));
  stores['an S3-compatible bucket'] = () => blobStore(storageSettings(loadConfig({ DATA_DIR: folder, ...s3.env })));
});
afterAll(async () => {
  await s3.close();
  await rm(folder, { recursive: true, force: true });
});

describe.each(['the local folder', 'an S3-compatible bucket'])('the blob store in %s', (name) => {
  it('round-trips a file and a buffer, whole and by byte range, and forgets what it deletes', async () => {
    const store = stores[name]();
    expect(store.kind).toBe(name === 'the local folder' ? 'local' : 's3');
    const content = 'Deposition transcript, page 1 of 240.';
    const key = blobKey(FIRM, sha(content));
    const source = join(folder, 'source.txt');
    await writeFile(source, content);

    expect(await store.has(key)).toBe(false);
    await store.put(key, { path: source, size: content.length });
    await store.put(key, Buffer.from(content));
    expect(await store.has(key)).toBe(true);
    expect(await text(await store.read(key))).toBe(content);
    expect(await text(await store.read(key, { start: 0, end: 9 }))).toBe('Deposition');
    expect(await text(await store.read(key, { start: content.length - 4, end: content.length - 1 }))).toBe('240.');

    const other = 'Another firm, same words.';
    const otherKey = blobKey('0193b000-0000-7000-8000-000000000002', sha(other));
    await store.put(otherKey, Buffer.from(other));
    await store.delete(key);
    await store.delete(key);
    expect(await store.has(key)).toBe(false);
    await expect(store.read(key)).rejects.toThrow();
    expect(await text(await store.read(otherKey))).toBe(other);
  });
});
