import { DocketEntryEntity } from '../docket.entities.ts';
import { type SearchSource, snippetSql, visibleSql } from './source.ts';

/** Docket entries by description and who filed them. */
export const docketEntrySource: SearchSource = {
  type: 'DOCKET_ENTRY',
  description: 'Docket entries: description and who filed them.',
  entity: DocketEntryEntity,
  sql: (params, viewer, query) => `
    SELECT d.id, ts_rank(d.search, ${query}) AS rank, ${snippetSql('d.description', query)} AS snippet
    FROM "DocketEntry" d
    WHERE d.search @@ ${query} AND ${visibleSql(docketEntrySource, viewer, 'd', params)}`,
};
