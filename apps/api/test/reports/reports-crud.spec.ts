import { FakeClock } from '../support/fake-clock';
import { aReport } from '../support/report-factory';
import { startTestApp, type TestApp } from '../support/test-app';

describe('/api/reports: definitions', () => {
  let t: TestApp;
  const time = new FakeClock('2026-03-10T12:00:00Z');

  beforeAll(async () => {
    t = await startTestApp({}, {}, { clock: time.clock });
  });
  afterAll(() => t.close());

  async function reportCount(): Promise<number> {
    const { rows } = await t.db.pool.query('SELECT count(*)::int AS n FROM reports');
    return rows[0].n;
  }

  it('creates a report and answers its next three runs, in UTC', async () => {
    const response = await t.http.post('/api/reports', aReport({ cron: '0 6 * * *' }));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      id: expect.any(String),
      name: 'Monthly crude imports',
      kind: 'shipments',
      params: { window: 'previous_month', filters: { commodity: ['crude_oil'] } },
      cron: '0 6 * * *',
      timezone: 'Asia/Karachi',
      enabled: true,
      webhookUrl: null,
      // 06:00 in Karachi (UTC+5, no daylight saving) is 01:00 UTC.
      nextRuns: ['2026-03-11T01:00:00.000Z', '2026-03-12T01:00:00.000Z', '2026-03-13T01:00:00.000Z'],
    });
    expect(response.body.webhookSecret).toBeUndefined();
  });

  it('stores the canonical time zone name', async () => {
    const response = await t.http.post('/api/reports', aReport({ timezone: 'asia/karachi' }));
    expect(response.body.timezone).toBe('Asia/Karachi');
  });

  it('lists, reads, changes and deletes', async () => {
    const created = (await t.http.post('/api/reports', aReport({ name: 'To change' }))).body;
    const list = await t.http.get('/api/reports');
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(created.id);
    expect((await t.http.get(`/api/reports/${created.id}`)).body).toEqual(created);

    const disabled = await t.http.patch(`/api/reports/${created.id}`, { enabled: false, name: 'Changed' });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ name: 'Changed', enabled: false, nextRuns: [] });

    const moved = await t.http.patch(`/api/reports/${created.id}`, { enabled: true, cron: '15 7 * * 1' });
    expect(moved.body.nextRuns[0]).toBe('2026-03-16T02:15:00.000Z'); // Monday 07:15 in Karachi

    expect((await t.http.delete(`/api/reports/${created.id}`)).status).toBe(204);
    expect((await t.http.get(`/api/reports/${created.id}`)).status).toBe(404);
    expect((await t.http.delete(`/api/reports/${created.id}`)).status).toBe(404);

    const audit = await t.http.get(`/api/audit?entityType=report&entityId=${created.id}`);
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'report.delete',
      'report.update',
      'report.update',
      'report.create',
    ]);
  });

  it('gives a webhook report its own secret, once', async () => {
    const response = await t.http.post('/api/reports', aReport({ webhookUrl: 'https://example.com/hook' }));
    expect(response.body.webhookSecret).toMatch(/^[0-9a-f]{64}$/);
    const read = await t.http.get(`/api/reports/${response.body.id}`);
    expect(read.body.webhookSecret).toBeUndefined();
    expect(read.body.webhookUrl).toBe('https://example.com/hook');
  });

  it.each([
    ['a cron with six fields', { cron: '0 0 6 * * *' }, 'cron', /five fields/],
    ['a minute out of range', { cron: '61 * * * *' }, 'cron', /not a valid cron expression.*61/],
    ['a day that never comes', { cron: '0 6 31 2 *' }, 'cron', /not a valid cron expression/],
    ['words', { cron: 'every day at six' }, 'cron', /five fields/],
    ['an unknown time zone', { timezone: 'Asia/Lahore' }, 'timezone', /unknown time zone "Asia\/Lahore"/],
    ['a UTC offset', { timezone: 'UTC+5' }, 'timezone', /IANA/],
    [
      'an unknown window',
      { params: { window: 'last_week' } },
      'params.window',
      /previous_month, last_30_days/,
    ],
    [
      'a date filter',
      { params: { window: 'all', filters: { to: '2024-01-01' } } },
      'params.filters.to',
      /window/,
    ],
    ['an unknown kind', { kind: 'pdf' }, 'kind', /shipments, timeseries, concentration/],
    ['a bad webhook URL', { webhookUrl: 'javascript:alert(1)' }, 'webhookUrl', /http/],
    ['an unknown field', { owner: 'me' }, 'owner', /unknown field/],
  ])('400 for %s, nothing written', async (_label, patch, field, message) => {
    const before = await reportCount();
    const response = await t.http.post('/api/reports', aReport(patch));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field, message: expect.stringMatching(message) }]);
    expect(response.body.message).toContain(field);
    expect(await reportCount()).toBe(before);
  });

  it.each([
    ['loopback', 'http://127.0.0.1:8080/hook', '127.0.0.1'],
    ['loopback written as one number', 'http://2130706433/hook', '127.0.0.1'],
    ['a localhost name', 'http://localhost:3000/api/users', 'localhost'],
    ['a .localhost name', 'https://admin.localhost/', 'admin.localhost'],
    ['IPv6 loopback', 'http://[::1]:9000/', '::1'],
    ['IPv4-mapped loopback', 'http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['a private network address', 'https://10.0.0.12/reports', '10.0.0.12'],
    ['a unique-local IPv6 address', 'http://[fd00::5]/', 'fd00::5'],
  ])('400 for a webhook to %s (SSRF guard), nothing written', async (_label, webhookUrl, host) => {
    const before = await reportCount();
    const response = await t.http.post('/api/reports', aReport({ webhookUrl }));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        field: 'webhookUrl',
        message: expect.stringContaining(`may not point to ${host}`),
      },
    ]);
    expect(response.body.errors[0].message).toMatch(/REPORT_WEBHOOK_ALLOWED_HOSTS/);
    expect(await reportCount()).toBe(before);
  });

  it('400 for a change of the webhook to a private address, the report unchanged', async () => {
    const created = (await t.http.post('/api/reports', aReport({ webhookUrl: 'https://example.com/hook' })))
      .body;
    const response = await t.http.patch(`/api/reports/${created.id}`, { webhookUrl: 'http://192.168.1.10/' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: 'webhookUrl', message: expect.stringContaining('may not point to 192.168.1.10') },
    ]);
    expect((await t.http.get(`/api/reports/${created.id}`)).body).toEqual(
      Object.fromEntries(Object.entries(created).filter(([key]) => key !== 'webhookSecret')),
    );
  });

  it('400 for a bad change, the report unchanged', async () => {
    const created = (await t.http.post('/api/reports', aReport())).body;
    const response = await t.http.patch(`/api/reports/${created.id}`, { cron: '0 25 * * *', name: 'x' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'cron', message: expect.stringMatching(/25/) }]);
    expect((await t.http.get(`/api/reports/${created.id}`)).body).toEqual(created);
  });

  it('400 naming params.filters.commodity for a single code instead of a list, on create and on change, saving nothing', async () => {
    const single = { window: 'previous_month', filters: { commodity: 'crude_oil' } };
    const expected = [
      {
        field: 'params.filters.commodity',
        message: 'must be a list of codes, not a single code: write ["crude_oil"]',
      },
    ];
    const before = await reportCount();
    const created = await t.http.post('/api/reports', aReport({ params: single }));
    expect(created.status).toBe(400);
    expect(created.body.errors).toEqual(expected);
    expect(await reportCount()).toBe(before);

    const report = (await t.http.post('/api/reports', aReport())).body;
    const changed = await t.http.patch(`/api/reports/${report.id}`, { params: single });
    expect(changed.status).toBe(400);
    expect(changed.body.errors).toEqual(expected);
    expect((await t.http.get(`/api/reports/${report.id}`)).body).toEqual(
      Object.fromEntries(Object.entries(report).filter(([key]) => key !== 'webhookSecret')),
    );
  });

  it('400 for groupBy on a shipments report when patched alone', async () => {
    const created = (await t.http.post('/api/reports', aReport())).body;
    const response = await t.http.patch(`/api/reports/${created.id}`, {
      params: { window: 'all', groupBy: 'origin' },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('params.groupBy');
  });

  it('404 for unknown ids and 400 for malformed ones', async () => {
    expect((await t.http.get('/api/reports/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await t.http.get('/api/reports/not-a-uuid')).status).toBe(400);
    expect((await t.http.post('/api/reports/00000000-0000-4000-8000-000000000000/run')).status).toBe(404);
  });

  it('415 for a body that is not JSON', async () => {
    const response = await t.http.post('/api/reports', 'name=x', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(415);
  });
});
