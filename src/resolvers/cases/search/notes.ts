import { NoteEntity } from '../record.entities.ts';
import { type SearchSource, snippetSql, visibleSql } from './source.ts';

/** Notes by their body. */
export const noteSource: SearchSource = {
  type: 'NOTE',
  description: 'Notes on matters: their body.',
  entity: NoteEntity,
  sql: (params, viewer, query) => `
    SELECT n.id, ts_rank(n.search, ${query}) AS rank, ${snippetSql('n.body', query)} AS snippet
    FROM "Note" n
    WHERE n.search @@ ${query} AND ${visibleSql(noteSource, viewer, 'n', params)}`,
};
