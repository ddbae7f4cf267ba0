import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenService } from '../auth/token.ts';
import { authenticate } from '../auth/viewer.ts';
import type { PrismaClient } from '../db/client.ts';
import { isUuid } from '../resolvers/validation.ts';

function fail(res: ServerResponse, status: number, message: string, code: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * `GET /files/<id>` with `Authorization: Bearer <token>`: the stored file's bytes, for users of
 * the firm that owns it. A missing file, a malformed id and another firm's file all answer 404.
 */
export async function serveFile(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  prisma: PrismaClient,
  tokens: TokenService,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 405, 'Files are read with GET', 'METHOD_NOT_ALLOWED');
  let viewer: Awaited<ReturnType<typeof authenticate>>;
  try {
    viewer = await authenticate(prisma, tokens, req.headers.authorization);
  } catch (error) {
    return fail(res, 401, (error as Error).message, 'UNAUTHENTICATED');
  }
  if (!viewer) return fail(res, 401, 'Sign in to continue', 'UNAUTHENTICATED');
  const file = isUuid(id) ? await prisma.storedFile.findFirst({ where: { id, firmId: viewer.firmId } }) : null;
  if (!file) return fail(res, 404, 'File not found', 'NOT_FOUND');
  res.writeHead(200, {
    'content-type': file.mimeType,
    'content-length': String(file.size),
    'content-disposition': `attachment; filename="${file.name.replace(/"/g, '')}"`,
    etag: `"${file.sha256}"`,
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : Buffer.from(file.bytes));
}
