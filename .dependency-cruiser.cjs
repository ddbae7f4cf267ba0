// The import direction of LexGraph, checked by `npm run lint` (and so by `npm test`). See
// DEVELOPERS.md, "Layout": the shared core and the infrastructure name no domain, services know
// nothing of GraphQL, and a domain uses another only through that domain's index.
const ROOMS = '(schema|resolvers|loaders|jobs|routes|domains)';
const INFRA = '^src/(http|realtime|queue|db|auth|email|security|webhooks|observability)/|^src/(config|logger)\\.ts$';
const GRAPHQL = '^node_modules/(graphql|@pothos|@apollo|graphql-ws|@escape\\.tech)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles between files, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-names-no-domain',
      comment: 'The shared core (src/core) imports no domain room and no composition root.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: [`^src/${ROOMS}/`, '^src/(server|main|worker)\\.ts$'] },
    },
    {
      name: 'infrastructure-names-no-domain',
      comment: 'Infrastructure (http, realtime, queue, db, auth, email, security, webhooks, observability) imports no domain room.',
      severity: 'error',
      from: { path: INFRA },
      to: { path: [`^src/${ROOMS}/`, '^src/(server|main|worker)\\.ts$'] },
    },
    {
      name: 'services-know-no-graphql',
      comment: 'src/resolvers holds plain services: no graphql, Pothos or Apollo, and nothing of the rooms above it.',
      severity: 'error',
      from: { path: '^src/resolvers/' },
      to: { path: [GRAPHQL, '^src/core/graphql/', '^src/(schema|loaders|jobs|routes|domains)/'] },
    },
    {
      name: 'background-work-knows-no-graphql',
      comment: 'Tasks (src/jobs) and loaders run without the GraphQL layer.',
      severity: 'error',
      from: { path: '^src/(jobs|loaders)/' },
      to: { path: [GRAPHQL, '^src/core/graphql/', '^src/(schema|routes|domains)/'] },
    },
    {
      name: 'other-domains-through-their-index',
      comment: "A domain's code uses another domain only through that domain's index.ts (in the room it imports from).",
      severity: 'error',
      from: { path: '^src/(schema|resolvers|loaders|jobs|routes)/([^/]+)/' },
      to: {
        path: '^src/(schema|resolvers|loaders|jobs|routes)/[^/]+/',
        pathNot: ['^src/[^/]+/$2/', '^src/[^/]+/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'manifests-wire-their-own-domain',
      comment: "A domain manifest (src/domains/<domain>/index.ts) imports only its own domain's rooms.",
      severity: 'error',
      from: { path: '^src/domains/([^/]+)/' },
      to: { path: '^src/(schema|resolvers|loaders|jobs|routes)/', pathNot: '^src/[^/]+/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js'],
    },
  },
};
