import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { BlobSource, BlobStore, ByteRange } from './blob-store.ts';

/** The default store: a folder of the local data directory, one file per key. */
export class LocalBlobStore implements BlobStore {
  readonly kind = 'local';

  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (key.split('/').some((part) => part === '' || part === '.' || part === '..')) throw new Error(`Bad blob key: ${key}`);
    return join(this.root, key);
  }

  async put(key: string, source: BlobSource): Promise<void> {
    const target = this.pathOf(key);
    if (await this.has(key)) return;
    await mkdir(dirname(target), { recursive: true });
    // Written beside the target and renamed into place, so a reader never sees half a file.
    const partial = `${target}.${randomUUID()}.part`;
    try {
      if (Buffer.isBuffer(source)) await writeFile(partial, source);
      else await copyFile(source.path, partial);
      await rename(partial, target);
    } finally {
      await rm(partial, { force: true });
    }
  }

  async has(key: string): Promise<boolean> {
    return stat(this.pathOf(key)).then(
      () => true,
      () => false,
    );
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path);
    return createReadStream(path, range ? { start: range.start, end: range.end } : {});
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
