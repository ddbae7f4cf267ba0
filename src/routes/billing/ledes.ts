import type { Viewer } from '../../core/context.ts';
import type { Route } from '../../core/domain.ts';
import { visibleWhere } from '../../core/entities.ts';
import { isUuid } from '../../core/ids.ts';
import { sendError as fail } from '../../http/respond.ts';
import { InvoiceEntity } from '../../resolvers/billing/billing.entities.ts';
import { invoiceLabel } from '../../resolvers/billing/invoice-document.ts';
import { ledes1998b } from '../../resolvers/billing/ledes.ts';

/**
 * `GET /invoices/<id>/ledes` with `Authorization: Bearer <token>`: the issued invoice as a LEDES
 * 1998B file, for whoever may see the invoice. Missing, foreign, hidden and draft invoices answer 404.
 */
export const downloadLedes: Route = {
  method: 'GET',
  path: '/invoices/',
  scope: 'billing:read',
  prefix: true,
  async handle(req, res, { rest }, { prisma, authenticate }) {
    const [id, format, ...extra] = rest.split('/');
    if (format !== 'ledes' || extra.length) return fail(res, 404, 'Not found', 'NOT_FOUND');
    let viewer: Viewer | null;
    try {
      viewer = await authenticate(req.headers.authorization);
    } catch (error) {
      return fail(res, 401, (error as Error).message, 'UNAUTHENTICATED');
    }
    if (!viewer) return fail(res, 401, 'Sign in to continue', 'UNAUTHENTICATED');
    const invoice = isUuid(id) ? await prisma.invoice.findFirst({ where: { AND: [{ id }, visibleWhere(InvoiceEntity, viewer)] } }) : null;
    if (!invoice || invoice.number === null) return fail(res, 404, 'Invoice not found', 'NOT_FOUND');
    const body = Buffer.from(await ledes1998b(prisma, invoice));
    res.writeHead(200, {
      'content-type': 'text/plain; charset=utf-8',
      'content-length': String(body.length),
      'content-disposition': `attachment; filename="${invoiceLabel(invoice.number)}.ledes.txt"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(body);
  },
};
