import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import type { Viewer } from '../../core/context.ts';
import type { Route } from '../../core/domain.ts';
import { ForbiddenError } from '../../core/errors.ts';
import { sendError as fail, sendJson } from '../../http/respond.ts';
import { acceptUpload, EmptyUploadError, UnsupportedFileTypeError } from '../../resolvers/cases/uploads.ts';
import { UploadTooLargeError } from '../../storage/intake.ts';

// Room for the multipart boundaries and part headers around a file of the largest size.
const MULTIPART_OVERHEAD = 64 * 1024;

class MissingFileError extends Error {
  constructor() {
    super('The request holds no file: send it as the body, or as a file part of multipart/form-data');
  }
}

/** The first file part of a multipart/form-data request, with its name. */
function firstFilePart(req: IncomingMessage): Promise<{ stream: Readable; name: string }> {
  return new Promise((resolve, reject) => {
    const parser = busboy({ headers: req.headers, limits: { files: 1, fields: 20, fieldSize: 64 * 1024 } });
    let found = false;
    parser.on('file', (_field, stream, info) => {
      found = true;
      resolve({ stream, name: info.filename ?? 'upload' });
    });
    parser.on('error', reject);
    parser.on('close', () => {
      if (!found) reject(new MissingFileError());
    });
    req.pipe(parser);
  });
}

function refuse(req: IncomingMessage, res: ServerResponse, status: number, message: string, code: string) {
  // The rest of a refused body is read and dropped; the connection closes after the answer.
  fail(res, status, message, code, { connection: 'close' });
  req.unpipe();
  req.resume();
}

/**
 * `POST /files` with `Authorization: Bearer <token>`: uploads a file, as the raw body (its name in
 * `?name=` or an `X-File-Name` header, URL-encoded) or as the first file part of
 * multipart/form-data. Answers 201 `{ uploadId, fileName, mimeType, size, sha256 }`; 413
 * (PAYLOAD_TOO_LARGE) past UPLOAD_MAX_BYTES, 415 (UNSUPPORTED_FILE_TYPE) for a type outside the
 * allow-list, 400 for an empty or missing file, 401/403 without a session or the role to edit matters.
 */
export const uploadFile: Route = {
  method: 'POST',
  path: '/files',
  scope: 'matters:write',
  async handle(req, res, { url }, deps) {
    let viewer: Viewer | null;
    try {
      viewer = await deps.authenticate(req.headers.authorization);
    } catch (error) {
      return refuse(req, res, 401, (error as Error).message, 'UNAUTHENTICATED');
    }
    if (!viewer) return refuse(req, res, 401, 'Sign in to continue', 'UNAUTHENTICATED');
    const limit = deps.jobs.storage.uploadMaxBytes;
    const multipart = /^multipart\/form-data/i.test(req.headers['content-type'] ?? '');
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit + (multipart ? MULTIPART_OVERHEAD : 0))
      return refuse(req, res, 413, new UploadTooLargeError(limit).message, 'PAYLOAD_TOO_LARGE');
    try {
      const { stream, name } = multipart
        ? await firstFilePart(req)
        : { stream: req, name: decodeURIComponent(url.searchParams.get('name') ?? String(req.headers['x-file-name'] ?? 'upload')) };
      sendJson(res, 201, await acceptUpload(deps, viewer, stream, name));
    } catch (error) {
      if (error instanceof UploadTooLargeError) return refuse(req, res, 413, error.message, 'PAYLOAD_TOO_LARGE');
      if (error instanceof UnsupportedFileTypeError) return refuse(req, res, 415, error.message, 'UNSUPPORTED_FILE_TYPE');
      if (error instanceof EmptyUploadError || error instanceof MissingFileError || error instanceof URIError)
        return refuse(req, res, 400, error.message, 'BAD_REQUEST');
      if (error instanceof ForbiddenError) return refuse(req, res, 403, error.message, 'FORBIDDEN');
      throw error;
    }
  },
};
