import { describe, expect, it } from 'vitest';
import { isPrivateAddress, resolveTarget } from '../../src/webhooks/target.ts';

describe('webhook target addresses', () => {
  it.each([
    ['::7f00:1', 'IPv4-compatible loopback (::/96)'],
    ['::a00:1', 'IPv4-compatible private (::/96)'],
    ['2002:7f00:1::1', '6to4 of 127.0.0.1 (2002::/16)'],
    ['2002:c0a8:1::1', '6to4 of 192.168.0.1'],
    ['192.0.2.10', 'IPv4 documentation (TEST-NET-1)'],
    ['198.51.100.7', 'IPv4 documentation (TEST-NET-2)'],
    ['203.0.113.9', 'IPv4 documentation (TEST-NET-3)'],
    ['2001:db8::1', 'IPv6 documentation'],
    ['2001::1', 'Teredo'],
    ['64:ff9b::7f00:1', 'NAT64 of loopback'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    ['fd00::1', 'unique local'],
    ['not-an-address', 'not an address'],
  ])('refuses %s (%s)', async (address) => {
    expect(isPrivateAddress(address)).toBe(true);
    if (address.includes('.') && !address.includes(':') && !/[a-z]/.test(address)) {
      await expect(resolveTarget(new URL(`http://${address}/hook`), false)).rejects.toThrow(/private address/);
    } else if (address.includes(':')) {
      await expect(resolveTarget(new URL(`http://[${address}]/hook`), false)).rejects.toThrow(/private address/);
    }
  });

  it.each(['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '2a00:1450:4001:81b::200e'])('allows public unicast %s', async (address) => {
    expect(isPrivateAddress(address)).toBe(false);
    const host = address.includes(':') ? `[${address}]` : address;
    await expect(resolveTarget(new URL(`http://${host}/hook`), false)).resolves.toMatchObject({ address });
  });
});
