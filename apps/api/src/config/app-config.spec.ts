import { ConfigError, loadConfig } from './app-config';

describe('loadConfig: report webhook addresses', () => {
  it('refuses private webhook hosts by default', () => {
    const { reports } = loadConfig({});
    expect(reports.webhookAllowPrivateNetwork).toBe(false);
    expect(reports.webhookAllowedHosts).toEqual([]);
  });

  it('reads the allowed hosts as a trimmed, lower-case list without IPv6 brackets', () => {
    const { reports } = loadConfig({ REPORT_WEBHOOK_ALLOWED_HOSTS: ' ETL.internal, [::1] ,127.0.0.1,' });
    expect(reports.webhookAllowedHosts).toEqual(['etl.internal', '::1', '127.0.0.1']);
  });

  it('names the variable when the private-network switch is not a boolean', () => {
    expect(() => loadConfig({ REPORT_WEBHOOK_ALLOW_PRIVATE_NETWORK: 'sometimes' })).toThrow(
      new ConfigError('REPORT_WEBHOOK_ALLOW_PRIVATE_NETWORK must be true or false, got "sometimes"'),
    );
    expect(
      loadConfig({ REPORT_WEBHOOK_ALLOW_PRIVATE_NETWORK: 'true' }).reports.webhookAllowPrivateNetwork,
    ).toBe(true);
  });
});

describe('loadConfig: e-mail', () => {
  it('has no e-mail without SMTP_URL, and links to localhost on PORT', () => {
    const config = loadConfig({ PORT: '3111' });
    expect(config.mail.smtpUrl).toBeUndefined();
    expect(config.publicUrl).toBe('http://localhost:3111');
    expect(config.reports.emailMaxAttachmentBytes).toBe(10 * 1024 * 1024);
    expect(config.reports.downloadLinkDays).toBe(7);
  });

  it('takes smtp:// and smtps:// URLs and a public URL without its trailing slash', () => {
    const config = loadConfig({
      SMTP_URL: 'smtps://user:secret@mail.example.com:465',
      SMTP_FROM: 'tradeflow <reports@example.com>',
      PUBLIC_URL: 'https://tradeflow.example.com/',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtps://user:secret@mail.example.com:465',
      from: 'tradeflow <reports@example.com>',
    });
    expect(config.publicUrl).toBe('https://tradeflow.example.com');
  });

  it('names the variable, without echoing a password, for an SMTP_URL of another scheme', () => {
    expect(() => loadConfig({ SMTP_URL: 'http://user:secret@mail.example.com' })).toThrow(
      new ConfigError('SMTP_URL must start with smtp:// or smtps://, got http://'),
    );
    expect(() => loadConfig({ PUBLIC_URL: 'tradeflow.example.com' })).toThrow(/^PUBLIC_URL is not a URL/);
    expect(() => loadConfig({ SMTP_FROM: 'not an address' })).toThrow(/^SMTP_FROM must be an address/);
  });
});

describe('loadConfig: HOME_COUNTRY', () => {
  it('is PK when unset', () => {
    expect(loadConfig({}).analytics.homeCountry).toBe('PK');
  });

  it('takes an ISO 3166-1 alpha-2 code', () => {
    expect(loadConfig({ HOME_COUNTRY: 'IN' }).analytics.homeCountry).toBe('IN');
  });

  it.each(['in', 'XX', 'PAK'])('stops start-up naming the variable for %s', (value) => {
    expect(() => loadConfig({ HOME_COUNTRY: value })).toThrow(/^HOME_COUNTRY must be an ISO 3166-1 alpha-2/);
  });
});
