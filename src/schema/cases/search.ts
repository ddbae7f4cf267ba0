import { brandWithType } from '@pothos/core';
import { builder } from '../../core/graphql/builder.ts';
import { type SearchHit, search } from '../../resolvers/cases/search/search.ts';
import { SEARCH_SOURCES } from '../../resolvers/cases/search/sources.ts';

// Derived from the search sources: each is a value here.
const SearchTypeEnum = builder.enumType('SearchType', {
  description: 'A kind of record that `search` looks through.',
  values: Object.fromEntries(SEARCH_SOURCES.map((s) => [s.type, { description: s.description }])),
});

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'A record that matched a search.',
  fields: (t) => ({
    type: t.field({ type: SearchTypeEnum, description: 'What kind of record it is.', resolve: (hit) => hit.source.type as never }),
    rank: t.exposeFloat('rank', { description: 'Relevance (ts_rank): higher is better; a title hit outranks a body hit.' }),
    snippet: t.exposeString('snippet', {
      description: 'An extract around the matches, HTML-escaped, with each match in <mark>…</mark>.',
    }),
    node: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'The record (a Matter, Note, DocketEntry…).',
      resolve: (hit) => {
        brandWithType(hit.row, hit.source.entity.type as never);
        return hit.row as never;
      },
    }),
  }),
});

builder.queryField('search', (t) =>
  t.connection(
    {
      type: SearchHitRef,
      description:
        'Full-text search over the records you may see: matters (number, title, client and parties), documents (title and extracted text), notes and docket entries. The query takes web-search syntax ("exact phrase", or, -excluded). Best match first; at most 100 a page (20 by default).',
      args: {
        query: t.arg.string({ required: true, description: 'What to look for, e.g. `"motion to dismiss" acme -draft`.' }),
        types: t.arg({ type: [SearchTypeEnum], description: 'Only these kinds of record; all of them by default.' }),
      },
      resolve: async (_root, args, ctx) => {
        const page = await search(ctx, { query: args.query, types: args.types as string[] | null, first: args.first, after: args.after });
        return {
          edges: page.hits.map((hit) => ({ cursor: hit.cursor, node: hit })),
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: Boolean(args.after),
            startCursor: page.hits[0]?.cursor ?? null,
            endCursor: page.hits.at(-1)?.cursor ?? null,
          },
        };
      },
    },
    { name: 'SearchConnection', description: 'A page of search hits.' },
    { name: 'SearchEdge', description: 'A search hit in a page.' },
  ),
);
