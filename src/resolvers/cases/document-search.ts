import { requireViewer } from '../../core/access.ts';
import type { Context } from '../../core/context.ts';
import { Prisma } from '../../generated/prisma/client.ts';

/** A document that matches a search, with how well and where. */
export interface DocumentHit {
  id: string;
  matterId: string;
  title: string;
  /** ts_rank of the match: title words weigh more (A) than words of the text (B). */
  rank: number;
  /** The best passage of the text (or the title), matched words in `<mark>…</mark>`. */
  snippet: string;
}

/** Where a page of hits starts: after the hit with this rank and id (the last of the previous page). */
export interface DocumentHitCursor {
  rank: number;
  id: string;
}

/**
 * Searches the documents `ctx.viewer` can see (not deleted, on matters visible to them as
 * `visibleMatterWhere` says) with a web-search style query (`websearch_to_tsquery('english', …)`:
 * words, "quoted phrases", `or`, `-excluded`) against the database-maintained `searchVector`
 * (title weight A, extracted text weight B, GIN-indexed). Best rank first, ties by id; `first`
 * hits (default 20) after `after`. An empty or stop-word-only query finds nothing.
 */
export async function searchDocuments(
  ctx: Pick<Context, 'prisma' | 'viewer'>,
  input: { query: string; first?: number; after?: DocumentHitCursor | null },
): Promise<DocumentHit[]> {
  const viewer = requireViewer(ctx);
  const first = input.first ?? 20;
  // The SQL twin of visibleMatterWhere: everything in the firm for admins and open firms, else the
  // matters the viewer is responsible for or a member of.
  const seesAll = viewer.role === 'ADMIN' || viewer.openMatterAccess;
  const matterVisible = seesAll
    ? Prisma.sql`TRUE`
    : Prisma.sql`(m."responsibleAttorneyId" = ${viewer.id}::uuid
        OR EXISTS (SELECT 1 FROM "MatterMember" mm WHERE mm."matterId" = m.id AND mm."userId" = ${viewer.id}::uuid))`;
  const after = input.after
    ? Prisma.sql`AND (hits.rank < ${input.after.rank}::real OR (hits.rank = ${input.after.rank}::real AND hits.id > ${input.after.id}::uuid))`
    : Prisma.empty;
  return ctx.prisma.$queryRaw<DocumentHit[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${input.query}) AS query),
    hits AS (
      SELECT d.id, d."matterId", d.title, d."extractedText", ts_rank(d."searchVector", q.query) AS rank
      FROM "Document" d JOIN "Matter" m ON m.id = d."matterId", q
      WHERE d."firmId" = ${viewer.firmId}::uuid AND d."deletedAt" IS NULL AND d."searchVector" @@ q.query AND ${matterVisible}
    )
    SELECT hits.id, hits."matterId", hits.title, hits.rank,
      ts_headline('english', coalesce(hits."extractedText", hits.title), q.query,
        'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=10, MaxFragments=1') AS snippet
    FROM hits, q
    WHERE TRUE ${after}
    ORDER BY hits.rank DESC, hits.id
    LIMIT ${first}`;
}
