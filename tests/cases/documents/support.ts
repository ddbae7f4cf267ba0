import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestServer } from '../../support/server.ts';

/** What `POST /files` answers: the upload, or an error with its code. */
export interface UploadAnswer {
  status: number;
  body: {
    uploadId?: string;
    fileName?: string;
    mimeType?: string;
    size?: number;
    sha256?: string;
    errors?: { message: string; extensions: { code: string } }[];
  };
}

/** Uploads `bytes` as the raw body of `POST /files`, named `name`. */
export async function upload(api: TestServer, token: string, bytes: Buffer | string, name: string): Promise<UploadAnswer> {
  const response = await fetch(`${api.url}/files?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: typeof bytes === 'string' ? bytes : new Uint8Array(bytes),
  });
  return { status: response.status, body: await response.json() };
}

/** Uploads as multipart/form-data, the way a browser form sends a file. */
export async function uploadForm(api: TestServer, token: string, bytes: Buffer | string, name: string): Promise<UploadAnswer> {
  const form = new FormData();
  form.append('note', 'sent from a form');
  form.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name);
  const response = await fetch(`${api.url}/files`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: response.status, body: await response.json() };
}

/** The files under `dir` (recursively), as paths relative to it; none when it does not exist. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

/** The upload's id, failing the test with the server's answer when it was refused. */
export function uploadIdOf(answer: UploadAnswer): string {
  if (answer.status !== 201 || !answer.body.uploadId) throw new Error(`upload refused: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.uploadId;
}
