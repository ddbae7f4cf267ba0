import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import type PrismaTypes from '../../generated/pothos-prisma-types.ts';
import { getDatamodel } from '../../generated/pothos-prisma-types.ts';
import { LIMITS } from '../../security/limits.ts';
import type { Context } from '../context.ts';
import { isUuid } from '../ids.ts';
import { loadNodes } from './node-loader.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { authenticated: boolean; admin: boolean; writer: boolean };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    ID: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({
      authenticated: ctx.viewer !== null,
      admin: ctx.viewer?.role === 'ADMIN',
      writer: ctx.viewer !== null && ctx.viewer.role !== 'READ_ONLY',
    }),
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer
        ? new GraphQLError('Your role does not allow this action', { extensions: { code: 'FORBIDDEN' } })
        : new GraphQLError('Sign in to continue', { extensions: { code: 'UNAUTHENTICATED' } }),
  },
  errors: { defaultTypes: [] },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    maxConnectionSize: 100,
    defaultConnectionSize: 20,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false, description: 'The items of this page, in order.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Opaque position of this item: pass it as `after` or `before`.' },
    pageInfoFieldOptions: { description: 'Whether more pages exist, and the cursors of this one.' },
    hasNextPageFieldOptions: { description: 'More items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'More items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page.' },
    idFieldOptions: { description: 'Globally unique ID: use it with `node(id:)` and in inputs.' },
    firstArgOptions: { description: 'Page forward: at most this many items (0 to 100).' },
    afterArgOptions: { description: 'Page forward from this cursor (the `endCursor` of the previous page).' },
    lastArgOptions: { description: 'Page backward: at most this many items (0 to 100).' },
    beforeArgOptions: { description: 'Page backward from this cursor (the `startCursor` of the next page).' },
    nodeTypeOptions: { description: 'An object with a globally unique ID, fetchable with `node(id:)`.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its connection, and the cursors to move from it.' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID; null when it does not exist or is not visible to you.',
      args: { id: { description: 'A global ID, as every `id` field returns it.' } },
      resolve: (_root, args, ctx, info) => loadNodes(ctx, info, [args.id], 'id').then(([node]) => node) as never,
    },
    nodesQueryOptions: {
      description: `Fetches several objects by global ID, in order; null for each that is missing or not visible. At most ${LIMITS.maxNodeIds} ids.`,
      args: { ids: { description: `Global IDs, as \`id\` fields return them; at most ${LIMITS.maxNodeIds}.` } },
      resolve: (_root, args, ctx, info) => loadNodes(ctx, info, args.ids, 'ids') as never,
    },
    decodeGlobalID: (globalID) => {
      const [typename, id, ...rest] = Buffer.from(globalID, 'base64').toString('utf8').split(':');
      if (!typename || !id || rest.length > 0 || !/^[A-Za-z]\w*$/.test(typename) || !isUuid(id)) {
        throw new GraphQLError(`Invalid ID: ${JSON.stringify(globalID)} is not a LexGraph global ID`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      return { typename, id };
    },
  },
});

builder.queryType({
  description: 'The root of every read. All fields but introspection need a signed-in user.',
  authScopes: { authenticated: true },
});
builder.mutationType({
  description: 'The root of every change. Each mutation returns a payload, or typed errors for expected failures.',
  authScopes: { writer: true },
});
builder.subscriptionType({
  description:
    'Live updates over graphql-ws on `/graphql` (authenticate in `connection_init`). Every event is checked against what you may see when it arrives.',
  authScopes: { authenticated: true },
});
