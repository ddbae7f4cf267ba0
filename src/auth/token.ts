import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'lexgraph';

export interface TokenClaims {
  userId: string;
  firmId: string;
  /** The user's session version when the token was signed; a bumped version ends the session. Default 0. */
  sessionVersion?: number;
}

/** What a valid token says, as every transport checks it. */
export interface VerifiedToken {
  userId: string;
  firmId: string;
  sessionVersion: number;
  /** The token's own id (`jti`), by which `logout` revokes it alone. */
  tokenId: string;
  expiresAt: number;
  /** Set when the "token" is an API key (`lgk_…`): then `userId` is the key's id. */
  apiKeyId?: string;
}

/** Signs and verifies session tokens (HS256 JWTs) with one secret; `ttl` defaults to 12 hours. */
export class TokenService {
  constructor(
    private readonly secret: Uint8Array,
    private readonly ttl = '12h',
  ) {}

  sign(claims: TokenClaims): Promise<string> {
    return new SignJWT({ firm: claims.firmId, sv: claims.sessionVersion ?? 0 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(this.ttl)
      .sign(this.secret);
  }

  /** The claims of a valid token, or null for one that is malformed, forged or expired. */
  async verify(token: string): Promise<VerifiedToken | null> {
    try {
      const { payload } = await jwtVerify(token, this.secret, { issuer: ISSUER, algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.firm !== 'string' || !payload.exp) return null;
      return {
        userId: payload.sub,
        firmId: payload.firm,
        sessionVersion: typeof payload.sv === 'number' ? payload.sv : 0,
        // Tokens signed before `jti` existed are revoked by their signature, which is as unique.
        tokenId: typeof payload.jti === 'string' ? payload.jti : token.slice(token.lastIndexOf('.') + 1),
        expiresAt: payload.exp * 1000,
      };
    } catch {
      return null;
    }
  }
}
