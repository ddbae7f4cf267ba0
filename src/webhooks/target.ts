import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

// IANA's global unicast space: IPv6 addresses outside it (the deprecated IPv4-compatible ::/96
// among them) are not public, whatever ipaddr.js calls them.
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/** The refusal of a webhook target; the message says why. */
export class TargetRefusedError extends Error {}

/**
 * True unless `address` is public unicast: ipaddr.js classifies it by its range names (loopback,
 * private, link-local, carrier-grade NAT, 6to4, Teredo, NAT64, documentation and other reserved
 * ranges, IPv4-mapped addresses as the IPv4 address they carry), and only `unicast` passes, so a
 * webhook cannot become a way to reach the server's own network.
 */
export function isPrivateAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  const parsed = ipaddr.process(address);
  if (parsed.range() !== 'unicast') return true;
  return parsed.kind() === 'ipv6' && !(parsed as ipaddr.IPv6).match(GLOBAL_UNICAST_V6);
}

/** Parses a webhook URL: http or https, no credentials. */
export function parseTargetUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TargetRefusedError('URL is not valid');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TargetRefusedError('URL must use http or https');
  if (url.username || url.password) throw new TargetRefusedError('URL must not contain credentials');
  return url;
}

/**
 * Resolves the target's host and returns the address to connect to, refusing private targets
 * unless `allowPrivate`. The caller connects to exactly this address, so a DNS answer that changes
 * between the check and the request cannot point the request somewhere else.
 */
export async function resolveTarget(url: URL, allowPrivate: boolean): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true }).catch(() => []);
  if (addresses.length === 0) throw new TargetRefusedError(`Host ${host} does not resolve`);
  if (!allowPrivate) {
    const refused = addresses.find((a) => isPrivateAddress(a.address));
    if (refused)
      throw new TargetRefusedError(
        `Target ${host} resolves to a private address (${refused.address}); refused (set WEBHOOK_ALLOW_PRIVATE_TARGETS=true to allow private targets, e.g. a receiver on this machine in development)`,
      );
  }
  return addresses[0];
}
