import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { webhookDeliveries, webhookDuration } from '../observability/metrics.ts';
import { resolveTarget, TargetRefusedError } from './target.ts';

export interface PostResult {
  status: number;
  durationMs: number;
  /** The first 1,000 characters of the response body. */
  excerpt: string;
}

const EXCERPT = 1000;

/** The receiver did not answer within the timeout (connect, send and response together). */
export class DeliveryTimeoutError extends Error {}

/**
 * POSTs a JSON body to a webhook target with a hard timeout covering connect, send and response.
 * The host is resolved and checked once (see `resolveTarget`) and the socket pinned to that address.
 * Resolves with any HTTP status; rejects on network errors, refused targets and the timeout.
 */
export async function postJson(
  target: string,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs: number; allowPrivate: boolean },
): Promise<PostResult> {
  const started = performance.now();
  const count = (outcome: string) => {
    webhookDeliveries.inc({ outcome });
    webhookDuration.observe({ outcome }, (performance.now() - started) / 1000);
  };
  try {
    const result = await post(target, body, headers, options, started);
    count(`${Math.floor(result.status / 100)}xx`);
    return result;
  } catch (error) {
    count(error instanceof DeliveryTimeoutError ? 'timeout' : error instanceof TargetRefusedError ? 'refused' : 'network');
    throw error;
  }
}

async function post(
  target: string,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs: number; allowPrivate: boolean },
  started: number,
): Promise<PostResult> {
  const url = new URL(target);
  const { address, family } = await resolveTarget(url, options.allowPrivate);
  const pinned: LookupFunction = (_host, opts, callback) => {
    if ((opts as { all?: boolean }).all)
      (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<PostResult>((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        lookup: pinned,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'LexGraph-Webhooks/1',
          ...headers,
        },
      },
      (res) => {
        let excerpt = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (excerpt.length < EXCERPT) excerpt += chunk.slice(0, EXCERPT - excerpt.length);
        });
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, durationMs: Math.round(performance.now() - started), excerpt });
        });
        res.on('error', reject);
      },
    );
    const timer = setTimeout(() => req.destroy(new DeliveryTimeoutError(`No response within ${options.timeoutMs} ms`)), options.timeoutMs);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.end(body);
  });
}
