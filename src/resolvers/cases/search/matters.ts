import { MatterEntity } from '../cases.entities.ts';
import { type SearchSource, snippetSql, visibleSql } from './source.ts';

/** Matters by number and title (ranked highest), client and party names, and description. */
export const matterSource: SearchSource = {
  type: 'MATTER',
  description: 'Matters: number, title, client and party names, description.',
  entity: MatterEntity,
  sql: (params, viewer, query) => `
    SELECT m.id, ts_rank(m.search, ${query}) AS rank,
      ${snippetSql(`concat_ws(' — ', m.number, m.title, m.description)`, query)} AS snippet
    FROM "Matter" m
    WHERE m.search @@ ${query} AND ${visibleSql(matterSource, viewer, 'm', params)}`,
};
