import type { SessionCheck, SessionRefusal, Sessions } from '../auth/sessions.ts';
import type { VerifiedToken } from '../auth/token.ts';
import { bearerToken } from '../auth/viewer.ts';
import { CloseCode } from './close-codes.ts';

export interface Refusal {
  code: number;
  reason: string;
}

/** The close code of a session that no longer authenticates: 4403 for a disabled or gone account, 4401 otherwise. */
export function refusalOf(refused: SessionRefusal): Refusal {
  switch (refused) {
    case 'disabled':
    case 'gone':
      return { code: CloseCode.Forbidden, reason: 'Account is disabled' };
    case 'ended':
      return { code: CloseCode.Unauthorized, reason: 'Session has ended; sign in again' };
    case 'expired':
      return { code: CloseCode.Unauthorized, reason: 'Session expired; sign in again' };
    default:
      return { code: CloseCode.Unauthorized, reason: 'Session token is invalid or expired' };
  }
}

export type ConnectionAuth = { session: Extract<SessionCheck, { viewer: unknown }>; token: VerifiedToken } | Refusal;

/**
 * Authenticates `connection_init`'s `authorization` ("Bearer <token>") against the user as the
 * database has them now: no, malformed, forged, expired or ended token → 4401; a valid token
 * whose user is disabled or gone → 4403.
 */
export async function authenticateConnection(sessions: Sessions, authorization: unknown): Promise<ConnectionAuth> {
  if (typeof authorization !== 'string' || !authorization.trim()) {
    return { code: CloseCode.Unauthorized, reason: 'Send connectionParams.authorization: "Bearer <token>"' };
  }
  const raw = bearerToken(authorization);
  if (!raw) return { code: CloseCode.Unauthorized, reason: 'Authorization must be "Bearer <token>"' };
  const result = await sessions.session(raw, true);
  if ('refused' in result) return refusalOf(result.refused);
  return { session: result, token: result.token };
}

/**
 * The `authorization` entry of `connection_init`'s payload, whatever its letter case: clients copy
 * it from their HTTP headers, where `Authorization` is the usual spelling.
 */
export function authorizationParam(params: Readonly<Record<string, unknown>> | undefined): unknown {
  if (!params) return undefined;
  if ('authorization' in params) return params.authorization;
  const key = Object.keys(params).find((k) => k.toLowerCase() === 'authorization');
  return key === undefined ? undefined : params[key];
}
