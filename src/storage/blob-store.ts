import type { Readable } from 'node:stream';

/** Bytes to store: a file on disk (a spooled upload) or a buffer (a rendered PDF). */
export type BlobSource = { path: string; size: number } | Buffer;

/** An inclusive byte range, as HTTP Range requests name them. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * A content-addressed store of file bytes, outside PostgreSQL. Keys come from {@link blobKey}, so
 * the same bytes of one firm are kept once and an object never changes once written.
 */
export interface BlobStore {
  readonly kind: 'local' | 's3';
  /** Writes the object unless it is already there (same key, same bytes). */
  put(key: string, source: BlobSource): Promise<void>;
  has(key: string): Promise<boolean>;
  /** The object's bytes, or those of `range`; rejects when the object is missing. */
  read(key: string, range?: ByteRange): Promise<Readable>;
  /** Removes the object; removing a missing one is no error. */
  delete(key: string): Promise<void>;
}

/** The key of a firm's content: one object per firm and SHA-256 (hex), whatever its names and uses. */
export function blobKey(firmId: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`Not a SHA-256: ${sha256}`);
  return `${firmId}/${sha256.slice(0, 2)}/${sha256}`;
}
