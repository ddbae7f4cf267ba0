import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'lexgraph';

export interface TokenClaims {
  userId: string;
  firmId: string;
}

/** Signs and verifies session tokens (HS256 JWTs) with one secret; `ttl` defaults to 12 hours. */
export class TokenService {
  constructor(
    private readonly secret: Uint8Array,
    private readonly ttl = '12h',
  ) {}

  sign(claims: TokenClaims): Promise<string> {
    return new SignJWT({ firm: claims.firmId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(this.ttl)
      .sign(this.secret);
  }

  /** The claims of a valid token, or null for one that is malformed, forged or expired. */
  async verify(token: string): Promise<(TokenClaims & { expiresAt: number }) | null> {
    try {
      const { payload } = await jwtVerify(token, this.secret, { issuer: ISSUER, algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.firm !== 'string' || !payload.exp) return null;
      return { userId: payload.sub, firmId: payload.firm, expiresAt: payload.exp * 1000 };
    } catch {
      return null;
    }
  }
}
