import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { css, editorWorkerService, favicon, graphqlWorker, js, jsonWorker } from '@graphql-yoga/render-graphiql/graphiql';

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

const require = createRequire(import.meta.url);
// graphql-ws's browser build (the global `graphqlWs`) and our fetcher, inlined like the rest.
// The package exports no path to it, so it is found beside the entry point (dist/…).
const graphqlWsClient = () => readFileSync(join(dirname(dirname(require.resolve('graphql-ws'))), 'umd/graphql-ws.min.js'), 'utf8');
const fetcher = () => readFileSync(new URL('./graphiql-fetcher.js', import.meta.url), 'utf8');

// `<\/script>` inside an inlined script would end it early; none of these contain one, but a
// future version might.
const inline = (code: string) => code.replaceAll('</script', '<\\/script');

function render(): string {
  const options = {
    title: 'LexGraph GraphiQL',
    defaultQuery: DEFAULT_QUERY,
    // No placeholder Authorization: GraphiQL sends whatever the editor holds with every request,
    // and a malformed bearer is a 401, which broke the schema fetch and the welcome login.
    headers: '{}',
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: true,
  } as Parameters<typeof renderGraphiQL>[0] & { title: string };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${options.title}</title>
    <link rel="icon" href="${favicon}" />
    <style>${css}</style>
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
    <script>${inline(graphqlWsClient())}</script>
    <script>${inline(fetcher())}</script>
    <script>
      function prepareBlob(workerContent) {
        return URL.createObjectURL(new Blob([workerContent], { type: 'application/javascript' }));
      }
      const workers = {
        editorWorkerService: prepareBlob(${JSON.stringify(editorWorkerService)}),
        json: prepareBlob(${JSON.stringify(jsonWorker)}),
        graphql: prepareBlob(${JSON.stringify(graphqlWorker)}),
      };
      self['MonacoEnvironment'] = { globalAPI: false, getWorkerUrl: (moduleId, label) => workers[label] };
      ${inline(js)};
      YogaGraphiQL.renderYogaGraphiQL(
        window.document.querySelector('#root'),
        Object.assign(${JSON.stringify(options)}, { fetcher: window.lexgraphFetcher }),
      );
    </script>
  </body>
</html>
`;
}

let page: { html: string; gzip: Buffer } | undefined;

/**
 * GraphiQL, entirely self-contained (React, the editor and its workers are inlined from
 * `@graphql-yoga/render-graphiql`, the WebSocket client from `graphql-ws`), so it works with no
 * internet. Queries go over HTTP and subscriptions over graphql-ws on the same `/graphql` path,
 * both with the headers editor's Authorization (`graphiql-fetcher.js`). Rendered once, served
 * gzipped when the browser accepts it (the page is ~9 MB uncompressed).
 */
export function graphiqlPage(): { html: string; gzip: Buffer } {
  if (!page) {
    const html = render();
    page = { html, gzip: gzipSync(html) };
  }
  return page;
}
