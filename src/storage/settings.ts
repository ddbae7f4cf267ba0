import { join } from 'node:path';
import type { Config } from '../config.ts';

/** An S3-compatible bucket that holds the files instead of the local data folder. */
export interface S3Settings {
  bucket: string;
  region: string;
  /** For S3-compatible servers (MinIO, Ceph, R2…); unset for AWS itself. */
  endpoint?: string;
  /** Unset: the AWS SDK's default credential chain (environment, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  forcePathStyle: boolean;
  /** Prepended to every object key, e.g. "lexgraph/". */
  prefix: string;
}

/** Where files live and how large an upload may be. */
export interface StorageSettings {
  /** The local store's folder (DATA_DIR/files). */
  dir: string;
  /** Where uploads are spooled while they arrive (DATA_DIR/incoming); nothing stays there. */
  spoolDir: string;
  /** Largest accepted upload (UPLOAD_MAX_BYTES, default 50 MB). */
  uploadMaxBytes: number;
  /** How long an upload no document uses is kept (UPLOAD_RETENTION_HOURS, default 24). */
  uploadRetentionHours: number;
  /** Set when S3_BUCKET is: files go to that bucket. */
  s3?: S3Settings;
}

/** The storage part of the settings, from DATA_DIR, UPLOAD_* and S3_*. */
export function storageSettings(config: Config): StorageSettings {
  const credentials =
    config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
      ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
      : undefined;
  return {
    dir: join(config.DATA_DIR, 'files'),
    spoolDir: join(config.DATA_DIR, 'incoming'),
    uploadMaxBytes: config.UPLOAD_MAX_BYTES,
    uploadRetentionHours: config.UPLOAD_RETENTION_HOURS,
    s3: config.S3_BUCKET
      ? {
          bucket: config.S3_BUCKET,
          region: config.S3_REGION,
          endpoint: config.S3_ENDPOINT,
          credentials,
          forcePathStyle: config.S3_FORCE_PATH_STYLE,
          prefix: config.S3_PREFIX,
        }
      : undefined,
  };
}
