import { createHmac, timingSafeEqual } from 'node:crypto';

/** The signature header value for a body sent at `timestamp` (Unix seconds): `v1=<hex HMAC-SHA256>`. */
export function signWebhook(secret: string, timestamp: number | string, rawBody: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}

export interface VerifyWebhookInput {
  /** The endpoint's signing secret, as shown when the endpoint was created or its secret rotated. */
  secret: string;
  /** The request body exactly as received, before any JSON parsing. */
  rawBody: string | Buffer;
  /** The `LexGraph-Signature` header. */
  signature: string | null | undefined;
  /** The `LexGraph-Timestamp` header (Unix seconds). */
  timestamp: string | null | undefined;
  /** How far the timestamp may be from now, in seconds, before the request counts as a replay; default 300. */
  toleranceSeconds?: number;
  /** The current time in milliseconds; defaults to `Date.now()`. */
  now?: number;
}

/**
 * Checks a LexGraph webhook request: true when `LexGraph-Signature` holds a `v1=` HMAC-SHA256 of
 * `"<LexGraph-Timestamp>.<raw body>"` under the endpoint secret and the timestamp is within
 * `toleranceSeconds` (default 300) of now. Compares in constant time; several comma-separated
 * `v1=` values are accepted so that signatures stay valid across a secret rotation.
 */
export function verifyWebhookSignature(input: VerifyWebhookInput): boolean {
  const { secret, signature, timestamp } = input;
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  const now = input.now ?? Date.now();
  if (Math.abs(now / 1000 - Number(timestamp)) > (input.toleranceSeconds ?? 300)) return false;
  const body = typeof input.rawBody === 'string' ? input.rawBody : input.rawBody.toString('utf8');
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  return signature
    .split(',')
    .map((s) => Buffer.from(s.trim()))
    .some((candidate) => candidate.length === expected.length && timingSafeEqual(candidate, expected));
}
