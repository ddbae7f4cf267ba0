import type { BlobStore } from './blob-store.ts';
import { LocalBlobStore } from './local-store.ts';
import { S3BlobStore } from './s3-store.ts';
import type { StorageSettings } from './settings.ts';

export { type BlobSource, type BlobStore, type ByteRange, blobKey } from './blob-store.ts';
export type { StorageSettings } from './settings.ts';

const stores = new WeakMap<StorageSettings, BlobStore>();

/**
 * The store the settings name: the S3-compatible bucket when S3_BUCKET is set, otherwise the local
 * folder DATA_DIR/files. One instance per settings object, so its client and sockets are shared.
 */
export function blobStore(settings: StorageSettings): BlobStore {
  let store = stores.get(settings);
  if (!store) {
    store = settings.s3 ? new S3BlobStore(settings.s3) : new LocalBlobStore(settings.dir);
    stores.set(settings, store);
  }
  return store;
}
