import { z } from 'zod';
import { newApiKey } from '../../auth/api-keys.ts';
import { ADMINS, requireRole } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context, Viewer } from '../../core/context.ts';
import { ForbiddenError, NotFoundError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { defineList } from '../../core/lists.ts';
import { registry } from '../../core/registry.ts';
import { parseInput } from '../../core/validation.ts';
import type { ApiKey } from '../../generated/prisma/client.ts';
import { apiKeyCreated, apiKeyRevoked } from './apikeys.actions.ts';
import { ApiKeyEntity } from './apikeys.entities.ts';

// Every domain's scopes, known once the domains are installed.
const Scopes = z
  .array(
    z.string().refine((scope) => registry().scopes.some((s) => s.name === scope), {
      error: () =>
        `Scopes are ${registry()
          .scopes.map((s) => s.name)
          .join(', ')}`,
    }),
  )
  .min(1, 'Grant at least one scope')
  .transform((scopes) => [...new Set(scopes)]);

const CreateInput = z.object({
  name: z.string().trim().min(1, 'Name the key').max(100, 'Name must be at most 100 characters'),
  scopes: Scopes,
  expiresAt: z
    .date()
    .nullish()
    .refine((at) => !at || at.getTime() > Date.now(), 'expiresAt must be in the future'),
  trustedDocumentsOnly: z.boolean().nullish(),
});

/** A key with its text: returned only by creation. */
export interface CreatedApiKey {
  apiKey: ApiKey;
  key: string;
}

// Keys are managed by people: a key never creates, lists or revokes keys, whatever its scopes.
function requireAdminPerson(ctx: Context): Viewer {
  const viewer = requireRole(ctx, ADMINS);
  if (viewer.apiKey) throw new ForbiddenError('API keys are managed by admins, not by other keys');
  return viewer;
}

/** The firm's API keys, newest first (revoked ones included). Admins only. */
export const apiKeyList = defineList<Record<string, never>, 'CREATED_AT'>({
  entity: ApiKeyEntity,
  roles: ADMINS,
  orders: { CREATED_AT: 'createdAt' },
  defaultOrder: { field: 'CREATED_AT', direction: 'DESC' },
});

/**
 * Issues an API key with the given scopes (each declared by a domain), returning its text once
 * (`lgk_…`); only its sha-256 is stored. `expiresAt` defaults to never; `trustedDocumentsOnly`
 * (default false) lets the key run only documents of the trusted manifest. Admins only.
 */
export async function createApiKey(ctx: Context, input: z.input<typeof CreateInput>): Promise<CreatedApiKey> {
  const viewer = requireAdminPerson(ctx);
  const data = parseInput(CreateInput, input);
  const { key, hash, prefix } = newApiKey();
  const apiKey = await change(ctx, async (w) => {
    const created = await w.tx.apiKey.create({
      data: {
        firmId: w.firmId,
        name: data.name,
        scopes: data.scopes,
        keyHash: hash,
        prefix,
        trustedDocumentsOnly: data.trustedDocumentsOnly ?? false,
        createdById: viewer.id,
        expiresAt: data.expiresAt ?? null,
      },
    });
    await w.record(apiKeyCreated, { after: created });
    return created;
  });
  return { apiKey, key };
}

/**
 * Revokes a key: every instance refuses it from the next request on (open WebSockets included),
 * through the announcement sessions use. Revoking a revoked key changes nothing. Admins only.
 */
export async function revokeApiKey(ctx: Context, input: { id: string }): Promise<ApiKey> {
  requireAdminPerson(ctx);
  return change(ctx, async (w) => {
    const before = isUuid(input.id) ? await w.tx.apiKey.findFirst({ where: { id: input.id, firmId: w.firmId } }) : null;
    if (!before) throw new NotFoundError('API key');
    if (before.revokedAt) return before;
    const after = await w.tx.apiKey.update({ where: { id: before.id }, data: { revokedAt: new Date() } });
    await w.record(apiKeyRevoked, { before, after });
    w.afterCommit(() => ctx.sessions.changed({ apiKeyId: after.id }));
    return after;
  });
}

/** The scopes a key may be granted, as the domains declare them. */
export function apiKeyScopes(ctx: Context): { name: string; description: string }[] {
  requireAdminPerson(ctx);
  return registry().scopes.map(({ name, description }) => ({ name, description }));
}
