import { lookup, type LookupAddress } from 'node:dns';

/** dns.lookup with all: true, the only form the webhook guard uses. */
export type ResolveAll = (
  hostname: string,
  options: { all: true; family?: number | 'IPv4' | 'IPv6' },
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/**
 * How outgoing connections resolve host names (token HOST_RESOLVER). Injected so that a test can
 * make a name resolve to a loopback address without touching the machine's DNS.
 */
export const HOST_RESOLVER = Symbol('HOST_RESOLVER');

export const systemResolver: ResolveAll = lookup;
