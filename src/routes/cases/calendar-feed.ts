import type { Route } from '../../core/domain.ts';
import { sendError as fail } from '../../http/respond.ts';
import { renderCalendarFeed } from '../../resolvers/cases/calendar/calendar-feed.ts';

/**
 * `GET /calendar/<token>.ics`: a user's private calendar feed for Google Calendar, Outlook or
 * Apple Calendar to subscribe to; the token in the path is the credential (no header). Unknown,
 * rotated and malformed tokens all answer 404.
 */
export const calendarFeedRoute: Route = {
  method: 'GET',
  path: '/calendar/',
  prefix: true,
  async handle(req, res, { rest }, { prisma }) {
    const token = rest.endsWith('.ics') ? rest.slice(0, -'.ics'.length) : '';
    const body = token ? await renderCalendarFeed(prisma, token) : null;
    if (body === null) return fail(res, 404, 'Calendar feed not found', 'NOT_FOUND');
    res.writeHead(200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      'content-disposition': 'inline; filename="lexgraph.ics"',
      'cache-control': 'private, no-cache',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  },
};
