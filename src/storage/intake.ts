import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** An upload went past the size limit; nothing of it is kept. */
export class UploadTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The file is larger than the limit of ${limit} bytes`);
  }
}

/** An upload spooled to a temporary file, with what was learnt while it streamed past. */
export interface Spooled {
  path: string;
  size: number;
  sha256: string;
  /** The first bytes, for recognising text formats that have no magic number. */
  head: Buffer;
  /** Whether every byte so far was UTF-8 text without NUL or other binary control characters. */
  text: boolean;
  /** Deletes the temporary file. */
  discard(): Promise<void>;
}

const HEAD_BYTES = 64 * 1024;
// C0 control bytes other than tab, line feed, form feed, carriage return and escape mark binary
// content; UTF-8 never uses them inside a multi-byte character, so the raw bytes can be checked.
const BINARY_BYTES = new Uint8Array(32).map((_, b) => (b === 9 || b === 10 || b === 12 || b === 13 || b === 27 ? 0 : 1));

function hasBinaryByte(chunk: Buffer): boolean {
  for (const byte of chunk) if (byte < 32 && BINARY_BYTES[byte]) return true;
  return false;
}

/**
 * Streams `source` into a temporary file under `dir`, hashing it (SHA-256) on the way, and gives
 * up with {@link UploadTooLargeError} the moment it passes `limit` bytes. On any failure the
 * temporary file is gone; on success the caller stores and then discards it.
 */
export async function spool(source: Readable, dir: string, limit: number): Promise<Spooled> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `upload-${randomUUID()}.part`);
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const head: Buffer[] = [];
  let headSize = 0;
  let size = 0;
  let text = true;
  const inspect = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limit) return done(new UploadTooLargeError(limit));
      hash.update(chunk);
      if (headSize < HEAD_BYTES) {
        head.push(chunk.subarray(0, HEAD_BYTES - headSize));
        headSize += Math.min(chunk.length, HEAD_BYTES - headSize);
      }
      if (text) {
        try {
          decoder.decode(chunk, { stream: true });
          text = !hasBinaryByte(chunk);
        } catch {
          text = false;
        }
      }
      done(null, chunk);
    },
  });
  const discard = () => rm(path, { force: true });
  // The source is piped rather than put in the pipeline: a refused upload must not destroy the
  // request, whose socket still carries the 413 answer.
  const written = pipeline(inspect, createWriteStream(path));
  let ended = false;
  source.once('end', () => {
    ended = true;
  });
  source.once('error', (error) => inspect.destroy(error as Error));
  source.once('close', () => {
    if (!ended) inspect.destroy(new Error('The upload was interrupted'));
  });
  source.pipe(inspect);
  try {
    await written;
    if (text) {
      try {
        decoder.decode();
      } catch {
        text = false;
      }
    }
  } catch (error) {
    await discard();
    throw error;
  }
  return { path, size, sha256: hash.digest('hex'), head: Buffer.concat(head), text: text && size > 0, discard };
}
