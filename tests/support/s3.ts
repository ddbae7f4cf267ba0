import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { Config } from '../../src/config.ts';

/** An S3-compatible server in this process (s3rver, objects in a temporary folder) with one bucket. */
export interface LocalS3 {
  endpoint: string;
  bucket: string;
  /** The settings that point LexGraph's file store at it, as environment variables. */
  env: Partial<Record<keyof Config, string>>;
  close(): Promise<void>;
}

/** Starts an S3-compatible server on a free port of 127.0.0.1 with the bucket `bucket`. */
export async function startLocalS3(bucket = 'lexgraph-test'): Promise<LocalS3> {
  const directory = await mkdtemp(join(tmpdir(), 'lexgraph-s3-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
      S3_PREFIX: 'firm-files/',
    },
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
