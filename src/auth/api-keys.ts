import { createHash, randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Viewer } from '../core/context.ts';
import type { PrismaClient } from '../db/client.ts';
import type { Logger } from '../logger.ts';

/** Every API key starts with this, so it is told from a session token at a glance (and by scanners). */
export const API_KEY_PREFIX = 'lgk_';

/** A new key: 32 random bytes (256 bits), base64url, after {@link API_KEY_PREFIX}. */
export function newApiKey(): { key: string; hash: string; prefix: string } {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, hash: hashApiKey(key), prefix: key.slice(0, API_KEY_PREFIX.length + 8) };
}

/** The stored form of a key: sha-256 suffices for 256 random bits (nothing to guess, nothing to stretch). */
export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

export const isApiKey = (token: string) => token.startsWith(API_KEY_PREFIX);

/** What the cache knows of a key. */
export interface ApiKeyState {
  viewer: Viewer;
  revoked: boolean;
  expiresAt: number | null;
  loadedAt: number;
}

const KEY_SELECT = {
  id: true,
  firmId: true,
  name: true,
  scopes: true,
  trustedDocumentsOnly: true,
  expiresAt: true,
  revokedAt: true,
  firm: { select: { name: true } },
} as const;

/**
 * The principal of a key: a service principal of the firm that sees what an admin sees, limited
 * to what its scopes cover (`core/graphql/api-scopes.ts`); audited as the key.
 */
function principal(row: { id: string; firmId: string; name: string; scopes: string[]; trustedDocumentsOnly: boolean }): Viewer {
  return Object.freeze({
    id: row.id,
    firmId: row.firmId,
    role: 'ADMIN' as const,
    name: row.name,
    email: '',
    openMatterAccess: true,
    apiKey: Object.freeze({
      id: row.id,
      name: row.name,
      scopes: Object.freeze([...row.scopes]),
      trustedDocumentsOnly: row.trustedDocumentsOnly,
    }),
  });
}

/**
 * API keys as `Sessions` authenticates them: the key's id by its hash, and its state by id, in
 * bounded caches that a revocation empties on every instance (the `sessions` announcement with
 * `{ apiKeyId }`). `lastUsedAt` is written at most once a minute per key, whichever instance sees it.
 */
export class ApiKeyCache {
  private readonly ids = new LRUCache<string, string>({ max: 20_000 });
  private readonly states = new LRUCache<string, ApiKeyState>({ max: 20_000 });
  private readonly touched = new LRUCache<string, number>({ max: 20_000 });
  generation = 0;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly log: Logger,
    private readonly maxAgeMs: number,
  ) {}

  forget(apiKeyId: string | null): void {
    this.generation += 1;
    if (apiKeyId === null) this.states.clear();
    else this.states.delete(apiKeyId);
  }

  private toState(row: {
    id: string;
    firmId: string;
    name: string;
    scopes: string[];
    trustedDocumentsOnly: boolean;
    expiresAt: Date | null;
    revokedAt: Date | null;
  }): ApiKeyState {
    return { viewer: principal(row), revoked: row.revokedAt !== null, expiresAt: row.expiresAt?.getTime() ?? null, loadedAt: Date.now() };
  }

  /** The id of the key with this text, or null for one that was never issued. */
  async idOf(key: string, live: boolean): Promise<string | null> {
    const hash = hashApiKey(key);
    const cached = this.ids.get(hash);
    if (cached) return cached;
    const generation = this.generation;
    const row = await this.prisma.apiKey.findUnique({ where: { keyHash: hash }, select: KEY_SELECT });
    if (!row) return null;
    this.ids.set(hash, row.id);
    if (live && generation === this.generation) this.states.set(row.id, this.toState(row));
    return row.id;
  }

  /** The key as of now (cached until announced changed, or `maxAgeMs`); null when it is gone. */
  async state(id: string, live: boolean, fresh = false): Promise<ApiKeyState | null> {
    const cached = fresh ? undefined : this.states.get(id);
    if (cached && Date.now() - cached.loadedAt < this.maxAgeMs) return cached;
    const generation = this.generation;
    const row = await this.prisma.apiKey.findUnique({ where: { id }, select: KEY_SELECT });
    const state = row ? this.toState(row) : null;
    if (state && live && generation === this.generation) this.states.set(id, state);
    return state;
  }

  /** Records that the key was used, at most once a minute (across instances: the update only matches an older mark). */
  touch(id: string): void {
    const now = Date.now();
    if (now - (this.touched.get(id) ?? 0) < 60_000) return;
    this.touched.set(id, now);
    const since = new Date(now - 60_000);
    this.prisma.apiKey
      .updateMany({ where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: since } }] }, data: { lastUsedAt: new Date(now) } })
      .catch((error: unknown) => this.log.warn({ err: (error as Error).message }, 'could not record an API key use'));
  }
}
