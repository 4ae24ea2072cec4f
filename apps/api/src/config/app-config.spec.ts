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
