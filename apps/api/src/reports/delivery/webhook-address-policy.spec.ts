import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import type { ResolveAll } from '../../common/host-resolver';
import { isNonPublicAddress, WebhookAddressPolicy, WebhookAddressRefused } from './webhook-address-policy';

const strict = new WebhookAddressPolicy({ allowPrivateNetwork: false, allowedHosts: [] });

/** Calls a connection lookup the way node:net does and answers what it called back with. */
function resolve(
  lookup: LookupFunction,
  hostname: string,
  all: boolean,
): Promise<{ error: Error | null; addresses: string[] }> {
  return new Promise((done) =>
    lookup(hostname, { all }, (error: Error | null, address: string | LookupAddress[]) =>
      done({
        error,
        addresses: Array.isArray(address) ? address.map((entry) => entry.address) : [address],
      }),
    ),
  );
}

describe('isNonPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '0.0.0.0',
    '10.1.2.3',
    '100.64.0.1',
    '169.254.169.254',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '198.18.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'ff02::1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
  ])('%s is not public', (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '192.169.0.1', '2001:4860:4860::8888'])(
    '%s is public',
    (address) => {
      expect(isNonPublicAddress(address)).toBe(false);
    },
  );
});

describe('WebhookAddressPolicy', () => {
  it.each([
    ['http://127.0.0.1:8080/x', '127.0.0.1', 'not a public address'],
    ['http://0x7f000001/', '127.0.0.1', 'not a public address'],
    ['http://[::1]/', '::1', 'not a public address'],
    ['http://169.254.169.254/latest/meta-data', '169.254.169.254', 'not a public address'],
    ['http://LOCALHOST/', 'localhost', 'a loopback name'],
    ['https://api.localhost/hook', 'api.localhost', 'a loopback name'],
  ])('refuses %s when it is saved', (url, host, why) => {
    expect(strict.problemWith(url)).toBe(
      `may not point to ${host}: ${why}. Webhooks may only call the public internet unless the server ` +
        'allows it (REPORT_WEBHOOK_ALLOWED_HOSTS or REPORT_WEBHOOK_ALLOW_PRIVATE_NETWORK)',
    );
  });

  it('accepts public addresses and names (names are resolved only when the webhook is called)', () => {
    expect(strict.problemWith('https://reports.example.com/tradeflow')).toBeNull();
    expect(strict.problemWith('https://8.8.8.8/hook')).toBeNull();
    expect(strict.problemWith('http://[2001:4860:4860::8888]/')).toBeNull();
  });

  it('allows the named hosts only, or the whole private network when told to', () => {
    const named = new WebhookAddressPolicy({
      allowPrivateNetwork: false,
      allowedHosts: ['127.0.0.1', '::1'],
    });
    expect(named.problemWith('http://127.0.0.1:9/')).toBeNull();
    expect(named.problemWith('http://[::1]:9/')).toBeNull();
    expect(named.problemWith('http://10.0.0.1/')).toMatch(/may not point to 10\.0\.0\.1/);
    const open = new WebhookAddressPolicy({ allowPrivateNetwork: true, allowedHosts: [] });
    expect(open.problemWith('http://10.0.0.1/')).toBeNull();
    expect(open.lookupFor('http://localhost/')).toBeUndefined();
  });

  it.each([true, false])(
    'refuses a name that resolves to a loopback address when the connection looks it up (all: %s)',
    async (all) => {
      const lookup = strict.lookupFor('http://localhost:8080/') as LookupFunction;
      const { error } = await resolve(lookup, 'localhost', all);
      expect(error).toBeInstanceOf(WebhookAddressRefused);
      expect(error?.message).toMatch(
        /^webhookUrl may not point to localhost: it resolves to (127\.0\.0\.1|::1), not a public address/,
      );
    },
  );

  it('needs no lookup for an IP literal or an allowed name', () => {
    expect(strict.lookupFor('https://8.8.8.8/')).toBeUndefined();
    const named = new WebhookAddressPolicy({ allowPrivateNetwork: false, allowedHosts: ['localhost'] });
    expect(named.lookupFor('http://localhost/')).toBeUndefined();
  });

  describe('with a stand-in DNS answer (no internet here)', () => {
    const answering =
      (addresses: LookupAddress[]): ResolveAll =>
      (_hostname, _options, callback) =>
        callback(null, addresses);

    it('passes public addresses through in the form node:net asked for', async () => {
      const policy = new WebhookAddressPolicy(
        { allowPrivateNetwork: false, allowedHosts: [] },
        answering([
          { address: '93.184.216.34', family: 4 },
          { address: '2606:2800:220:1::1', family: 6 },
        ]),
      );
      const lookup = policy.lookupFor('https://reports.example.com/') as LookupFunction;
      expect(await resolve(lookup, 'reports.example.com', true)).toEqual({
        error: null,
        addresses: ['93.184.216.34', '2606:2800:220:1::1'],
      });
      expect(await resolve(lookup, 'reports.example.com', false)).toEqual({
        error: null,
        addresses: ['93.184.216.34'],
      });
    });

    it('refuses a name when any of its addresses is private', async () => {
      const policy = new WebhookAddressPolicy(
        { allowPrivateNetwork: false, allowedHosts: [] },
        answering([
          { address: '93.184.216.34', family: 4 },
          { address: '10.0.0.7', family: 4 },
        ]),
      );
      const lookup = policy.lookupFor('https://rebind.example.com/') as LookupFunction;
      const { error } = await resolve(lookup, 'rebind.example.com', true);
      expect(error).toBeInstanceOf(WebhookAddressRefused);
      expect(error?.message).toContain('rebind.example.com: it resolves to 10.0.0.7');
    });
  });
});
