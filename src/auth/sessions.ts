import { LRUCache } from 'lru-cache';
import type { Credential, SessionChange, SessionNotifier, Viewer } from '../core/context.ts';
import { UnauthenticatedError } from '../core/errors.ts';
import type { PrismaClient } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import type { PubSub } from '../realtime/pubsub.ts';
import { ApiKeyCache, isApiKey } from './api-keys.ts';
import type { TokenService, VerifiedToken } from './token.ts';
import { bearerToken, toViewer, VIEWER_SELECT, type ViewerRow } from './viewer.ts';

/** What the cache knows of a user: everything a request's authentication checks. */
interface UserState {
  viewer: Viewer;
  active: boolean;
  sessionVersion: number;
  /** Ids of the user's tokens signed out with `logout` that have not expired yet. */
  revoked: ReadonlySet<string>;
  loadedAt: number;
}

/** Why a token does not authenticate: the WebSocket transport answers each with its own close code. */
export type SessionRefusal = 'invalid' | 'expired' | 'ended' | 'disabled' | 'gone';

export type SessionCheck = { viewer: Viewer; token: VerifiedToken } | { refused: SessionRefusal };

export interface SessionsOptions {
  prisma: PrismaClient;
  tokens: TokenService;
  pubsub: PubSub;
  log: Logger;
  /** Users kept in the cache; default 50,000. */
  maxUsers?: number;
  /** Verified tokens kept; default 20,000. */
  maxTokens?: number;
  /** A cached user older than this is read again (a safety net for changes made outside LexGraph); default 60 s. */
  maxAgeMs?: number;
}

// The latest time a Date can hold: what a key without expiry expires at.
const NEVER = 8.64e15;

const MESSAGES: Record<SessionRefusal, string> = {
  invalid: 'Session token is invalid or expired; sign in again',
  expired: 'Session token is invalid or expired; sign in again',
  ended: 'Session has ended (password changed, reset, signed out or revoked, or the API key was revoked); sign in again',
  disabled: 'Session token is invalid or expired; sign in again',
  gone: 'Session token is invalid or expired; sign in again',
};

/**
 * Authentication for every transport, without a database round trip for a session it knows: verified
 * tokens are kept by token string and users (role, state, firm settings, session version, revoked
 * tokens) by id, in bounded LRU caches of this instance. A change to any of these is announced with
 * {@link Sessions.changed}: the entries are dropped here at once and, through pub/sub (the
 * `sessions` topic), on every other instance, so the next request anywhere reads them again. While
 * the pub/sub feed is interrupted nothing is cached, since announcements could be missed.
 */
export class Sessions implements SessionNotifier {
  private readonly verified: LRUCache<string, VerifiedToken>;
  private readonly users: LRUCache<string, UserState>;
  private readonly loading = new Map<string, Promise<UserState | null>>();
  private readonly listeners = new Set<(change: SessionChange) => void>();
  private readonly maxAgeMs: number;
  private generation = 0;
  private readonly stop: (() => void)[] = [];
  private readonly keys: ApiKeyCache;

  constructor(private readonly options: SessionsOptions) {
    this.verified = new LRUCache({ max: options.maxTokens ?? 20_000 });
    this.users = new LRUCache({ max: options.maxUsers ?? 50_000 });
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
    this.keys = new ApiKeyCache(options.prisma, options.log, this.maxAgeMs);
    this.stop.push(options.pubsub.subscribe('sessions', 'all', (change) => this.forget(change)));
    this.stop.push(options.pubsub.onInterrupted(() => this.forget(null)));
  }

  /** Runs `listener` with every change announced on any instance (after the cache has dropped it). */
  onChange(listener: (change: SessionChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Drops the sessions `change` concerns here, then tells every other instance. */
  async changed(change: SessionChange): Promise<void> {
    this.forget(change);
    try {
      await this.options.pubsub.publish('sessions', 'all', change);
    } catch (error) {
      this.options.log.error({ err: (error as Error).message, change }, 'could not announce a session change to other instances');
    }
  }

  private forget(change: SessionChange | null): void {
    this.generation += 1;
    if (!change) {
      this.users.clear();
      this.keys.forget(null);
    } else if ('apiKeyId' in change) this.keys.forget(change.apiKeyId);
    else if ('userId' in change) this.users.delete(change.userId);
    else for (const [id, state] of this.users.entries()) if (state.viewer.firmId === change.firmId) this.users.delete(id);
    if (change) for (const listener of this.listeners) listener(change);
  }

  /** The claims of a token (verified once per token string), or null for one that is malformed, forged or expired. */
  async verify(token: string): Promise<VerifiedToken | null> {
    if (isApiKey(token)) return this.verifyKey(token);
    let claims = this.verified.get(token);
    if (!claims) {
      const fresh = await this.options.tokens.verify(token);
      if (!fresh) return null;
      this.verified.set(token, fresh);
      claims = fresh;
    }
    return claims.expiresAt > Date.now() ? claims : null;
  }

  // An API key reads as a token that never expires unless the key does, whose "user" is the key.
  private async verifyKey(key: string): Promise<VerifiedToken | null> {
    const live = this.options.pubsub.live();
    const id = await this.keys.idOf(key, live);
    const state = id ? await this.keys.state(id, live) : null;
    if (!id || !state) return null;
    const expiresAt = state.expiresAt ?? NEVER;
    if (expiresAt <= Date.now()) return null;
    return { userId: id, firmId: state.viewer.firmId, sessionVersion: 0, tokenId: `apikey:${id}`, expiresAt, apiKeyId: id };
  }

  private async checkKey(token: VerifiedToken & { apiKeyId: string }, fresh: boolean): Promise<SessionCheck> {
    const state = await this.keys.state(token.apiKeyId, this.options.pubsub.live(), fresh);
    if (!state || state.viewer.firmId !== token.firmId) return { refused: 'gone' };
    if (state.revoked) return { refused: 'ended' };
    if (state.expiresAt !== null && state.expiresAt <= Date.now()) return { refused: 'expired' };
    this.keys.touch(token.apiKeyId);
    return { viewer: state.viewer, token };
  }

  private async load(userId: string): Promise<UserState | null> {
    const generation = this.generation;
    const row = await this.options.prisma.user.findUnique({
      where: { id: userId },
      select: {
        ...VIEWER_SELECT,
        sessionVersion: true,
        revokedSessions: { where: { expiresAt: { gt: new Date() } }, select: { tokenId: true } },
      },
    });
    const state = row ? this.toState(row) : null;
    // A change announced while this read ran may not be in it: then it is used once, not kept.
    if (state && generation === this.generation && this.options.pubsub.live()) this.users.set(userId, state);
    return state;
  }

  private async userState(userId: string, fresh: boolean): Promise<UserState | null> {
    const cached = fresh ? undefined : this.users.get(userId);
    if (cached && Date.now() - cached.loadedAt < this.maxAgeMs) return cached;
    let pending = this.loading.get(userId);
    if (!pending || fresh) {
      pending = this.load(userId).finally(() => this.loading.delete(userId));
      this.loading.set(userId, pending);
    }
    return pending;
  }

  /** Reads the given users again in one statement and keeps what they are now (the periodic re-check of connected users). */
  async refresh(userIds: readonly string[]): Promise<void> {
    if (userIds.length === 0) return;
    const generation = this.generation;
    const rows = await this.options.prisma.user.findMany({
      where: { id: { in: [...new Set(userIds)] } },
      select: {
        ...VIEWER_SELECT,
        sessionVersion: true,
        revokedSessions: { where: { expiresAt: { gt: new Date() } }, select: { tokenId: true } },
      },
    });
    const found = new Set(rows.map((r) => r.id));
    for (const id of userIds) if (!found.has(id)) this.users.delete(id);
    if (generation !== this.generation || !this.options.pubsub.live()) return;
    for (const row of rows) this.users.set(row.id, this.toState(row));
  }

  private toState(row: ViewerRow & { active: boolean; sessionVersion: number; revokedSessions: { tokenId: string }[] }): UserState {
    return {
      viewer: Object.freeze(toViewer(row)),
      active: row.active,
      sessionVersion: row.sessionVersion,
      revoked: new Set(row.revokedSessions.map((r) => r.tokenId)),
      loadedAt: Date.now(),
    };
  }

  /**
   * Checks a verified token against its user as of now: gone or moved to another firm (`gone`),
   * disabled (`disabled`), expired, or ended by a password change, reset, `signOutEverywhere` or
   * `logout` (`ended`). `fresh` reads the user from the database even when cached.
   */
  async check(token: VerifiedToken, fresh = false): Promise<SessionCheck> {
    if (token.expiresAt <= Date.now()) return { refused: 'expired' };
    if (token.apiKeyId) return this.checkKey({ ...token, apiKeyId: token.apiKeyId }, fresh);
    const state = await this.userState(token.userId, fresh);
    if (!state || state.viewer.firmId !== token.firmId) return { refused: 'gone' };
    if (!state.active) return { refused: 'disabled' };
    if (state.sessionVersion !== token.sessionVersion || state.revoked.has(token.tokenId)) return { refused: 'ended' };
    return { viewer: state.viewer, token };
  }

  /** The session of a raw token string (verified, then checked); `fresh` as in {@link Sessions.check}. */
  async session(token: string, fresh = false): Promise<SessionCheck> {
    const claims = await this.verify(token);
    return claims ? this.check(claims, fresh) : { refused: 'invalid' };
  }

  /**
   * Turns an `Authorization` value into the viewer and the token it presented. No header means an
   * anonymous request (nulls); a malformed, expired, forged, revoked or ended token, or one whose
   * user is gone or disabled, is an authentication error: a client holding a dead token should be
   * told, not silently demoted.
   */
  async authenticate(authorization: string | undefined | null): Promise<{ viewer: Viewer | null; credential: Credential | null }> {
    if (!authorization) return { viewer: null, credential: null };
    const token = bearerToken(authorization);
    if (!token) throw new UnauthenticatedError('Authorization must be "Bearer <token>"');
    const result = await this.session(token);
    if ('refused' in result) throw new UnauthenticatedError(MESSAGES[result.refused]);
    return { viewer: result.viewer, credential: { tokenId: result.token.tokenId, expiresAt: result.token.expiresAt } };
  }

  close(): void {
    for (const stop of this.stop.splice(0)) stop();
    this.listeners.clear();
  }
}
