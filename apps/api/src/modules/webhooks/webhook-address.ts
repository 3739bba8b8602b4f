import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Addresses a webhook may not reach unless WEBHOOK_ALLOW_PRIVATE is set: private,
 * loopback, link-local, shared, multicast and reserved ranges (IPv4 and IPv6), so that a
 * subscription cannot make the server call into its own network.
 */
const refused = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  refused.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
  ['2001:db8::', 32],
] as const)
  refused.addSubnet(net, bits, 'ipv6');

/** Whether an IP address lies in a refused range (IPv4-mapped IPv6 counts as its IPv4). */
export function isRefusedAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return refused.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return refused.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export class RefusedAddressError extends Error {}

function resolveAll(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))),
  );
}

/** Resolves the URL's host and refuses it if any of its addresses is refused. */
export async function checkWebhookUrl(url: string, allowPrivate: boolean): Promise<void> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await resolveAll(host);
  if (addresses.length === 0) throw new RefusedAddressError(`${host} does not resolve`);
  if (allowPrivate) return;
  const bad = addresses.find((a) => isRefusedAddress(a.address));
  if (bad) throw new RefusedAddressError(`${host} resolves to ${bad.address}, a private, loopback or link-local address`);
}

/**
 * A `lookup` for http.request that checks the addresses it hands to the socket, so that a
 * name resolving differently at delivery than at subscription (DNS rebinding) is caught.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolveAll(hostname).then(
      (addresses) => {
        const bad = allowPrivate ? undefined : addresses.find((a) => isRefusedAddress(a.address));
        if (bad) {
          callback(new RefusedAddressError(`${hostname} resolves to ${bad.address}, a private, loopback or link-local address`), '', 4);
        } else if (addresses.length === 0) {
          callback(new Error(`${hostname} does not resolve`), '', 4);
        } else if (options.all) {
          (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
        } else {
          callback(null, addresses[0].address, addresses[0].family);
        }
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 4),
    );
  };
}
