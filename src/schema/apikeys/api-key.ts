import { builder } from '../../core/graphql/builder.ts';
import { listPages } from '../../core/graphql/lists.ts';
import { type CustomPayload, defineMutation } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import { apiKeyList, apiKeyScopes, type CreatedApiKey, createApiKey, revokeApiKey } from '../../resolvers/apikeys/api-keys.ts';
import { ApiKeyEntity } from '../../resolvers/apikeys/apikeys.entities.ts';

export const ApiKeyRef = builder.prismaNode('ApiKey', {
  ...firmNode(ApiKeyEntity),
  description:
    'A partner’s API key: sent as `Authorization: Bearer lgk_…` over HTTP and WebSocket, it acts for the firm with the scopes it was granted. Admins only.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'What the key is for (e.g. the partner’s name).' }),
    scopes: t.exposeStringList('scopes', { description: 'What the key may use (see `apiKeyScopes`).' }),
    prefix: t.exposeString('prefix', { description: 'The first characters of the key, to tell keys apart.' }),
    trustedDocumentsOnly: t.exposeBoolean('trustedDocumentsOnly', {
      description: 'Only documents of the trusted-documents manifest run for this key.',
    }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true, description: 'When it stops working; null: never.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: 'When it was revoked.' }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was last used (recorded at most once a minute).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    createdBy: t.relation('createdBy', { nullable: true, description: 'The admin who created it.' }),
  }),
});

const ApiKeyScopeRef = builder.objectRef<{ name: string; description: string }>('ApiKeyScope').implement({
  description: 'A permission an API key may be granted, declared by the domain whose data it opens.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The scope, e.g. `matters:read`.' }),
    description: t.exposeString('description', { description: 'What it lets a key do.' }),
  }),
});

builder.queryFields((t) => ({
  apiKeys: t.prismaConnection(
    {
      type: 'ApiKey',
      cursor: 'id',
      description: "The firm's API keys, newest first, revoked ones included. Admins only.",
      authScopes: { admin: true },
      ...listPages(apiKeyList, (_args: object) => ({})),
    },
    { name: 'ApiKeyConnection', description: 'A page of API keys.' },
    { name: 'ApiKeyEdge', description: 'An API key in a page.' },
  ),
  apiKeyScopes: t.field({
    type: [ApiKeyScopeRef],
    description: 'The scopes an API key may be granted. Admins only.',
    authScopes: { admin: true },
    resolve: (_root, _args, ctx) => apiKeyScopes(ctx),
  }),
}));

const createdFields: CustomPayload<CreatedApiKey>['fields'] = (t) => ({
  apiKey: t.field({ type: ApiKeyRef, description: 'The key.', resolve: (p) => p.apiKey }),
  key: t.exposeString('key', { description: 'The key itself (`lgk_…`). Shown only now: LexGraph keeps only its hash.' }),
});

defineMutation('createApiKey', {
  description: 'Issues an API key for a partner and returns it once. Admins only (people, not keys).',
  input: builder.inputType('CreateApiKeyInput', {
    description: 'A new API key.',
    fields: (t) => ({
      name: t.string({ required: true, description: 'What the key is for.' }),
      scopes: t.stringList({ required: true, description: 'What the key may use; see `apiKeyScopes`.' }),
      expiresAt: t.field({ type: 'DateTime', description: 'When it stops working; omitted: never.' }),
      trustedDocumentsOnly: t.boolean({ description: 'Run only documents of the trusted-documents manifest; default false.' }),
    }),
  }),
  payload: { description: 'The new key and its text.', fields: createdFields },
  resolve: (input, ctx) => createApiKey(ctx, input),
});

defineMutation('revokeApiKey', {
  description: 'Revokes an API key; every instance refuses it from now on. Admins only (people, not keys).',
  input: builder.inputType('RevokeApiKeyInput', {
    description: 'The key to revoke.',
    fields: (t) => ({ id: t.globalID({ required: true, for: ApiKeyRef, description: 'The key.' }) }),
  }),
  payload: { description: 'The key after `revokeApiKey`.', field: 'apiKey', type: ApiKeyRef },
  resolve: async (input, ctx) => ({ apiKey: await revokeApiKey(ctx, { id: input.id.id }) }),
});
