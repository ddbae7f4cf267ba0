import type { Viewer } from '../../core/context.ts';
import type { Route } from '../../core/domain.ts';
import { visibleWhere } from '../../core/entities.ts';
import { isUuid } from '../../core/ids.ts';
import { sendError as fail } from '../../http/respond.ts';
import { StoredFileEntity } from '../../resolvers/jobs/jobs.entities.ts';

/**
 * `GET /files/<id>` with `Authorization: Bearer <token>`: the stored file's bytes, for users who
 * may see it (those of the firm that owns it). A missing file, a malformed id and another firm's
 * file all answer 404.
 */
export const downloadFile: Route = {
  method: 'GET',
  path: '/files/',
  prefix: true,
  scope: 'jobs:read',
  async handle(req, res, { rest: id }, { prisma, authenticate }) {
    let viewer: Viewer | null;
    try {
      viewer = await authenticate(req.headers.authorization);
    } catch (error) {
      return fail(res, 401, (error as Error).message, 'UNAUTHENTICATED');
    }
    if (!viewer) return fail(res, 401, 'Sign in to continue', 'UNAUTHENTICATED');
    const file = isUuid(id)
      ? await prisma.storedFile.findFirst({ where: { AND: [{ id }, visibleWhere(StoredFileEntity, viewer)] } })
      : null;
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
  },
};
