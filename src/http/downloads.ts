import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileSource, Route, ServedFile } from '../core/domain.ts';
import { isUuid } from '../core/ids.ts';
import { type ByteRange, blobKey, blobStore } from '../storage/index.ts';
import { sendError as fail } from './respond.ts';

/**
 * The range a `Range` header asks of a file of `size` bytes: one range (`bytes=0-99`, `bytes=100-`,
 * `bytes=-100`), 'unsatisfiable' when it lies past the end, or null for the whole file (no header,
 * a malformed one, or several ranges, which servers may answer in full).
 */
export function requestedRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  const match = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

/**
 * `attachment` with the name as ASCII (others replaced by "_") and, when it is not plain ASCII, as
 * UTF-8 in `filename*` (RFC 6266), since header values cannot carry other characters.
 */
export function contentDisposition(name: string): string {
  const ascii = [...name].map((c) => (c >= ' ' && c <= '~' && c !== '"' && c !== '\\' ? c : '_')).join('');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return ascii === name ? `attachment; filename="${name}"` : `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

async function send(req: IncomingMessage, res: ServerResponse, file: ServedFile, read: (range?: ByteRange) => Promise<Readable>) {
  const etag = `"${file.sha256}"`;
  const ifRange = req.headers['if-range'];
  const range = ifRange && ifRange !== etag ? null : requestedRange(req.headers.range, file.size);
  const headers: Record<string, string> = {
    'content-type': file.mimeType,
    'content-disposition': contentDisposition(file.name),
    'accept-ranges': 'bytes',
    etag,
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  };
  if (range === 'unsatisfiable')
    return fail(res, 416, 'The requested range lies outside the file', 'RANGE_NOT_SATISFIABLE', {
      'content-range': `bytes */${file.size}`,
    });
  // Opened before the headers go out, so a missing object is an error answer, not a cut-off body.
  const body = req.method === 'HEAD' ? null : await read(range ?? undefined);
  if (range) {
    res.writeHead(206, {
      ...headers,
      'content-length': String(range.end - range.start + 1),
      'content-range': `bytes ${range.start}-${range.end}/${file.size}`,
    });
  } else {
    res.writeHead(200, { ...headers, 'content-length': String(file.size) });
  }
  if (!body) return void res.end();
  await pipeline(body, res);
}

/**
 * `GET /files/<id>` with `Authorization: Bearer <token>`: the bytes of a file some domain serves
 * (`files` in its manifest) to a viewer who may see it, with single-range `Range` requests (206,
 * 416 past the end) and the SHA-256 as ETag. A missing file, a malformed id and one the viewer may
 * not see all answer 404.
 */
export function downloadRoute(sources: readonly FileSource[]): Route {
  return {
    method: 'GET',
    path: '/files/',
    prefix: true,
    scope: [...new Set(sources.map((source) => source.scope))],
    async handle(req, res, { rest: id }, { prisma, authenticate, jobs }) {
      let viewer: Awaited<ReturnType<typeof authenticate>>;
      try {
        viewer = await authenticate(req.headers.authorization);
      } catch (error) {
        return fail(res, 401, (error as Error).message, 'UNAUTHENTICATED');
      }
      if (!viewer) return fail(res, 401, 'Sign in to continue', 'UNAUTHENTICATED');
      let file: ServedFile | null = null;
      // A key sees only the files of the sources its scopes open; the others answer 404 like missing ones.
      const open = sources.filter((source) => !viewer?.apiKey || viewer.apiKey.scopes.includes(source.scope));
      for (const source of isUuid(id) ? open : []) {
        file = await source.find(prisma, viewer, id);
        if (file) break;
      }
      if (!file) return fail(res, 404, 'File not found', 'NOT_FOUND');
      const { bytes } = file;
      if (bytes) {
        const whole = Buffer.from(bytes);
        return send(req, res, file, async (range) => Readable.from([range ? whole.subarray(range.start, range.end + 1) : whole]));
      }
      const key = blobKey(file.firmId, file.sha256);
      await send(req, res, file, (range) => blobStore(jobs.storage).read(key, range));
    },
  };
}
