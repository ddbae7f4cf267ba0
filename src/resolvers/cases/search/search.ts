import { z } from 'zod';
import { requireViewer } from '../../../core/access.ts';
import type { Context } from '../../../core/context.ts';
import { ValidationError } from '../../../core/errors.ts';
import { isUuid } from '../../../core/ids.ts';
import { parseInput } from '../../../core/validation.ts';
import { Params } from '../../../readpath/where.ts';
import type { SearchSource } from './source.ts';
import { SEARCH_SOURCES } from './sources.ts';

/** A record that matched, with its row loaded through its entity's visibility. */
export interface SearchHit {
  source: SearchSource;
  id: string;
  rank: number;
  snippet: string;
  row: { id: string };
  cursor: string;
}

/** A page of hits, best first. */
export interface SearchPage {
  hits: SearchHit[];
  hasNextPage: boolean;
}

const SearchInput = z.object({
  query: z.string().trim().min(1, 'Query is required').max(500, 'Query must be at most 500 characters'),
  types: z.array(z.string()).nullish(),
  first: z.number().int().min(1, 'first must be at least 1').max(100, 'first must be at most 100').nullish(),
  after: z.string().nullish(),
});

interface Cursor {
  rank: number;
  id: string;
}

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify([c.rank, c.id])).toString('base64url');

function decodeCursor(cursor: string): Cursor {
  try {
    const [rank, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof rank === 'number' && Number.isFinite(rank) && typeof id === 'string' && isUuid(id)) return { rank, id };
  } catch {
    // Falls through to the validation error: a cursor is opaque, and this one is not ours.
  }
  throw ValidationError.field('after', 'Malformed cursor');
}

interface Delegate {
  findMany(args: object): Promise<{ id: string }[]>;
}

/**
 * Full-text search over the firm's records the viewer may see (every source in `SEARCH_SOURCES`,
 * or those named in `types`): PostgreSQL `websearch_to_tsquery` (quotes, OR, -word) against
 * generated tsvectors, ranked with ts_rank (a title hit above a body hit), with highlighted
 * snippets. Best first, ties by id; `first` defaults to 20 (at most 100); `after` is a cursor of a
 * previous page.
 */
export async function search(ctx: Context, input: z.input<typeof SearchInput>): Promise<SearchPage> {
  const viewer = requireViewer(ctx);
  const { query, types, first, after } = parseInput(SearchInput, input);
  const sources = SEARCH_SOURCES.filter((s) => !types?.length || types.includes(s.type));
  const take = first ?? 20;
  const params = new Params();
  const tsquery = `websearch_to_tsquery('english', ${params.add(query)})`;
  const parts = sources.map((s) => `SELECT ${params.add(s.type)}::text AS type, hit.* FROM (${s.sql(params, viewer, tsquery)}) hit`);
  const bound = after ? decodeCursor(after) : null;
  const keyset = bound ? `WHERE (rank, id) < (${params.add(bound.rank)}::real, ${params.add(bound.id)}::uuid)` : '';
  const sql = `SELECT * FROM (${parts.join(' UNION ALL ')}) hits ${keyset} ORDER BY rank DESC, id DESC LIMIT ${take + 1}`;
  const rows = parts.length
    ? await ctx.prisma.$queryRawUnsafe<{ type: string; id: string; rank: number; snippet: string }[]>(sql, ...params.values)
    : [];
  const page = rows.slice(0, take);
  const loaded = new Map<string, { id: string }>();
  for (const source of sources) {
    const ids = page.filter((r) => r.type === source.type).map((r) => r.id);
    if (!ids.length) continue;
    const model = source.entity.model;
    const delegate = (ctx.prisma as unknown as Record<string, Delegate>)[`${model[0].toLowerCase()}${model.slice(1)}`];
    for (const row of await delegate.findMany({ where: { id: { in: ids } } })) loaded.set(row.id, row);
  }
  const hits = page.flatMap((r) => {
    const source = sources.find((s) => s.type === r.type);
    const row = loaded.get(r.id);
    return source && row ? [{ source, id: r.id, rank: r.rank, snippet: r.snippet, row, cursor: encodeCursor(r) }] : [];
  });
  return { hits, hasNextPage: rows.length > take };
}
