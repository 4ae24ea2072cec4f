import { BlockList, isIP, type LookupFunction } from 'node:net';
import type { LookupAddress } from 'node:dns';
import { type ResolveAll, systemResolver } from '../../common/host-resolver';

/*
 * Report webhooks are URLs that editors choose, and the server POSTs to them: without a check, an
 * editor could make the server reach its own loopback, the cloud metadata endpoint
 * (169.254.169.254) or any host of the private network behind it (SSRF). Like GitLab's "allow
 * requests to the local network from webhooks", such addresses are refused unless the operator
 * allows them: all of them (REPORT_WEBHOOK_ALLOW_PRIVATE_NETWORK) or named hosts
 * (REPORT_WEBHOOK_ALLOWED_HOSTS). The check runs twice: on the URL when a report is saved (IP
 * literals and localhost names; a name is not resolved then), and on every address a name resolves
 * to when the webhook is called, inside the connection's own DNS lookup, so a name cannot resolve
 * to a public address at save time and to a private one later.
 */

const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/**
 * Whether an IP address is loopback, private, link-local or otherwise not on the public internet
 * (BlockList matches an IPv4-mapped IPv6 address such as ::ffff:7f00:1 against the IPv4 rules).
 */
export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return NOT_PUBLIC.check(address, 'ipv4');
  if (family === 6) return NOT_PUBLIC.check(address, 'ipv6');
  return false;
}

export interface WebhookAddressRules {
  allowPrivateNetwork: boolean;
  /** Host names or IP addresses, lower case, that may be private all the same. */
  allowedHosts: readonly string[];
}

export class WebhookAddressPolicy {
  constructor(
    private readonly rules: WebhookAddressRules,
    private readonly resolveAll: ResolveAll = systemResolver,
  ) {}

  /** Why a webhook URL may not be saved, or null (names are only resolved when the webhook is called). */
  problemWith(url: string): string | null {
    const host = hostOf(url);
    if (host === null || this.allows(host)) return null;
    if (host === 'localhost' || host.endsWith('.localhost')) return refusal(host, 'a loopback name');
    if (isNonPublicAddress(host)) return refusal(host, 'not a public address');
    return null;
  }

  /** The connection's DNS lookup for `url`: refuses a name that resolves to a non-public address. */
  lookupFor(url: string): LookupFunction | undefined {
    const host = hostOf(url);
    if (host === null || this.allows(host) || isIP(host)) return undefined;
    return (hostname, options, callback) => {
      this.resolveAll(hostname, { family: options.family, all: true }, (error, addresses) => {
        if (error) return callback(error, '', 0);
        const refused = addresses.find((entry) => isNonPublicAddress(entry.address));
        if (refused) {
          return callback(
            new WebhookAddressRefused(
              `webhookUrl ${refusal(host, `it resolves to ${refused.address}, not a public address`)}`,
            ),
            '',
            0,
          );
        }
        if (options.all) return (callback as AllAddressesCallback)(null, addresses);
        const first = addresses[0] as LookupAddress;
        callback(null, first.address, first.family);
      });
    };
  }

  private allows(host: string): boolean {
    return this.rules.allowPrivateNetwork || this.rules.allowedHosts.includes(host);
  }
}

type AllAddressesCallback = (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void;

/** A webhook refused by the policy: a permanent failure, not worth a retry. */
export class WebhookAddressRefused extends Error {}

/** Lower-case host of a URL without IPv6 brackets, or null when it is not a URL. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  } catch {
    return null;
  }
}

function refusal(host: string, why: string): string {
  return (
    `may not point to ${host}: ${why}. Webhooks may only call the public internet unless the ` +
    'server allows it (REPORT_WEBHOOK_ALLOWED_HOSTS or REPORT_WEBHOOK_ALLOW_PRIVATE_NETWORK)'
  );
}
