import { gzipSync } from 'node:zlib';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

const DEFAULT_QUERY = `# Welcome to LexGraph.
# 1. Run the "login" mutation below (demo: admin@demo.law / lexgraph-demo).
# 2. Put the token in the Headers tab: {"Authorization": "Bearer <token>"}
# 3. Run "OpenMatters".

mutation Login {
  login(input: { email: "admin@demo.law", password: "lexgraph-demo" }) {
    ... on LoginPayload { token user { name role } }
    ... on Error { message }
  }
}

query OpenMatters {
  matters(first: 10, filter: { status: OPEN }, orderBy: { field: OPENED_AT, direction: DESC }) {
    totalCount
    edges {
      node { number title client { name } responsibleAttorney { name } }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

let page: { html: string; gzip: Buffer } | undefined;

/**
 * GraphiQL, entirely self-contained (React, the editor and its workers are inlined from
 * `@graphql-yoga/render-graphiql`), so it works with no internet. Queries go over HTTP and
 * subscriptions over graphql-ws on the same `/graphql` path. Rendered once, served gzipped when
 * the browser accepts it (the page is ~9 MB uncompressed).
 */
export function graphiqlPage(): { html: string; gzip: Buffer } {
  if (!page) {
    const html = renderGraphiQL({
      title: 'LexGraph GraphiQL',
      endpoint: '/graphql',
      subscriptionsProtocol: 'WS',
      defaultQuery: DEFAULT_QUERY,
      // No placeholder Authorization: GraphiQL sends whatever the editor holds with every request,
      // and a malformed bearer is a 401, which broke the schema fetch and the welcome login.
      headers: '{}',
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: true,
    } as Parameters<typeof renderGraphiQL>[0]);
    page = { html, gzip: gzipSync(html) };
  }
  return page;
}
