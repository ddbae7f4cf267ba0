import type { Viewer } from '../../../core/context.ts';
import type { EntityDefinition } from '../../../core/entities.ts';
import { type Params, whereSql } from '../../../readpath/where.ts';

/**
 * One kind of record `search` finds: a file in this folder, listed once in `sources.ts`. Its SQL
 * selects `id`, `rank` (ts_rank of its generated tsvector) and `snippet` (ts_headline) of the rows
 * that match the query and that the viewer may see.
 */
export interface SearchSource {
  /** The value naming it in `SearchType`, e.g. "MATTER". */
  readonly type: string;
  /** What it searches, for the schema's description of the value. */
  readonly description: string;
  /** Whose rows it returns; hits are loaded (and typed) as this entity. */
  readonly entity: EntityDefinition;
  /**
   * The SELECT of its hits. `query` is the SQL of the tsquery (a parameter already in `params`);
   * visibility comes from {@link visibleSql}.
   */
  sql(params: Params, viewer: Viewer, query: string): string;
}

/** The entity's own visibility rule (its Prisma `where`) as SQL on `alias`: the same rule every other read uses. */
export function visibleSql(source: Pick<SearchSource, 'entity'>, viewer: Viewer, alias: string, params: Params): string {
  const where = source.entity.visible(viewer);
  return where ? whereSql(source.entity.model, alias, where, params) : 'FALSE';
}

// Text is HTML-escaped before ts_headline marks the matches, so a snippet is safe to show as HTML.
const escaped = (text: string) => `replace(replace(replace(${text}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;

/** A highlighted extract of `text` around the matches of `query`, matches in <mark>…</mark>. */
export function snippetSql(text: string, query: string): string {
  return `ts_headline('english', ${escaped(text)}, ${query}, 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "')`;
}
