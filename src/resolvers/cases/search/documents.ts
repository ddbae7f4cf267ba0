import { DocumentEntity } from '../documents.entities.ts';
import { type SearchSource, snippetSql, visibleSql } from './source.ts';

/** Documents by title (ranked highest) and the text extracted from their current version. */
export const documentSource: SearchSource = {
  type: 'DOCUMENT',
  description: 'Documents: title and the text of text and PDF files.',
  entity: DocumentEntity,
  sql: (params, viewer, query) => `
    SELECT d.id, ts_rank(d."searchVector", ${query}) AS rank,
      ${snippetSql(`concat_ws(' — ', d.title, d."extractedText")`, query)} AS snippet
    FROM "Document" d
    WHERE d."searchVector" @@ ${query} AND ${visibleSql(documentSource, viewer, 'd', params)}`,
};
