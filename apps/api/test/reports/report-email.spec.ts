import { SHIPMENT_CSV_COLUMNS } from '@tradeflow/domain';
import { FakeClock } from '../support/fake-clock';
import { aReport } from '../support/report-factory';
import { FAST_JOBS_ENV, waitForRuns } from '../support/report-runs';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { type SmtpReceiver, startSmtpReceiver } from '@tradeflow/e2e-support';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

const RUSSIAN_CRUDE_IN_CNY = {
  window: 'all',
  filters: { commodity: ['crude_oil'], origin: ['RU'], currency: ['CNY'] },
};

async function reportCount(t: TestApp): Promise<number> {
  const { rows } = await t.db.pool.query('SELECT count(*)::int AS n FROM reports');
  return rows[0].n;
}

describe('e-mail delivery of report runs through a real SMTP server', () => {
  let t: TestApp;
  let smtp: SmtpReceiver;
  const time = new FakeClock(new Date().toISOString());

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    t = await startTestApp(
      {},
      {
        ...FAST_JOBS_ENV,
        SMTP_URL: smtp.url,
        SMTP_FROM: 'tradeflow reports <reports@tradeflow.test>',
        PUBLIC_URL: 'https://tradeflow.example.com',
      },
      { clock: time.clock },
    );
    await t.http.post(
      '/api/shipments',
      aShipmentInput({
        reference: 'MAIL-RU-1',
        originCountry: 'RU',
        loadPort: 'RUPRI',
        paymentCurrency: 'CNY',
      }),
    );
    await t.http.post(
      '/api/shipments',
      aShipmentInput({
        reference: 'MAIL-RU-2',
        originCountry: 'RU',
        loadPort: 'RUPRI',
        paymentCurrency: 'CNY',
        notes: 'کراچی',
      }),
    );
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  afterEach(() => smtp.refuseWith(null));

  it('sends one message per run to every recipient, with the stored file attached and the run described', async () => {
    const report = await t.http.post(
      '/api/reports',
      aReport({
        name: 'Russian crude by origin',
        params: RUSSIAN_CRUDE_IN_CNY,
        emailTo: ['analyst@example.com', 'desk@example.org'],
      }),
    );
    expect(report.status).toBe(201);
    expect(report.body).toMatchObject({
      emailTo: ['analyst@example.com', 'desk@example.org'],
      format: 'csv',
    });
    const before = smtp.received.length;
    const run = await t.http.post(`/api/reports/${report.body.id}/run`);
    const [done] = await waitForRuns(t, report.body.id, 1, (r) => r.deliveryStatus === 'delivered');
    expect(done!.deliveries).toEqual([
      {
        channel: 'email',
        status: 'delivered',
        attempts: 1,
        lastError: null,
        deliveredAt: expect.any(String),
      },
    ]);

    const mails = smtp.received.slice(before);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.recipients.sort()).toEqual(['analyst@example.com', 'desk@example.org']);
    expect(mail.parsed.from?.text).toBe('"tradeflow reports" <reports@tradeflow.test>');
    expect(mail.parsed.subject).toBe('Russian crude by origin: all dates');
    expect(mail.parsed.text).toContain('crude oil from Russia, paid in CNY, all arrival dates: 2 rows.');
    expect(mail.parsed.text).toContain(
      `https://tradeflow.example.com/reports?report=${report.body.id}&run=${run.body.runId}`,
    );
    expect(mail.parsed.html).toContain('<h2 style="margin:0 0 8px">Russian crude by origin</h2>');

    const file = await t.http.get(`/api/reports/${report.body.id}/runs/${run.body.runId}/file`);
    expect(mail.parsed.attachments).toHaveLength(1);
    const attachment = mail.parsed.attachments[0]!;
    expect(attachment.filename).toBe('russian-crude-by-origin_all_all.csv');
    expect(attachment.contentType).toBe('text/csv');
    expect(attachment.content.equals(Buffer.from(file.text, 'utf8'))).toBe(true);
    expect(file.text).toContain('کراچی');
  });

  it('uses the subject of the report when it has one', async () => {
    const report = await t.http.post(
      '/api/reports',
      aReport({
        params: RUSSIAN_CRUDE_IN_CNY,
        emailTo: ['analyst@example.com'],
        emailSubject: 'Weekly: RU crude',
      }),
    );
    const before = smtp.received.length;
    await t.http.post(`/api/reports/${report.body.id}/run`);
    await waitForRuns(t, report.body.id, 1, (r) => r.deliveryStatus === 'delivered');
    expect(smtp.received.slice(before).map((mail) => mail.parsed.subject)).toEqual(['Weekly: RU crude']);
  });

  it('links a file above the attachment limit: the link works without a session, for that file, until it expires', async () => {
    const small = await startTestApp(
      {},
      {
        ...FAST_JOBS_ENV,
        SMTP_URL: smtp.url,
        PUBLIC_URL: 'https://tradeflow.example.com',
        REPORT_EMAIL_MAX_ATTACHMENT_BYTES: '100',
        REPORT_DOWNLOAD_LINK_DAYS: '7',
      },
      { clock: time.clock },
    );
    try {
      await small.http.post(
        '/api/shipments',
        aShipmentInput({ originCountry: 'RU', paymentCurrency: 'CNY' }),
      );
      const report = await small.http.post(
        '/api/reports',
        aReport({ name: 'Large file', params: RUSSIAN_CRUDE_IN_CNY, emailTo: ['analyst@example.com'] }),
      );
      const before = smtp.received.length;
      const run = await small.http.post(`/api/reports/${report.body.id}/run`);
      await waitForRuns(small, report.body.id, 1, (r) => r.deliveryStatus === 'delivered');
      const mail = smtp.received.slice(before)[0]!;
      expect(mail.parsed.attachments).toEqual([]);
      const link = /https:\/\/tradeflow\.example\.com(\/api\/report-downloads\/[A-Za-z0-9_-]+)/.exec(
        mail.parsed.text ?? '',
      );
      expect(link).not.toBeNull();
      const stored = await small.http.get(`/api/reports/${report.body.id}/runs/${run.body.runId}/file`);
      expect(Number(stored.headers.get('content-length') ?? stored.text.length)).toBeGreaterThan(100);

      const downloaded = await small.anonymous.get(link![1]!);
      expect(downloaded.status).toBe(200);
      expect(downloaded.headers.get('content-disposition')).toBe(
        'attachment; filename="large-file_all_all.csv"',
      );
      expect(downloaded.text).toBe(stored.text);
      expect(
        (await small.anonymous.get(`/api/reports/${report.body.id}/runs/${run.body.runId}/file`)).status,
      ).toBe(401);
      expect((await small.anonymous.get('/api/report-downloads/not-a-token')).status).toBe(404);

      const now = time.iso;
      time.set(new Date(Date.parse(now) + 7 * 86_400_000 + 1000).toISOString());
      try {
        const expired = await small.anonymous.get(link![1]!);
        expect(expired.status).toBe(410);
        expect(expired.body.message).toMatch(/^This download link expired on /);
      } finally {
        time.set(now);
      }
    } finally {
      await small.close();
    }
  });

  it('retries a server that refuses with 4xx, then records the delivery failed with its reply', async () => {
    const report = await t.http.post(
      '/api/reports',
      aReport({ params: RUSSIAN_CRUDE_IN_CNY, emailTo: ['full@example.com'] }),
    );
    smtp.refuseWith('452 4.2.2 Mailbox full');
    const attemptsBefore = smtp.attempts;
    await t.http.post(`/api/reports/${report.body.id}/run`);
    const [run] = await waitForRuns(t, report.body.id, 1, (r) => r.deliveryStatus === 'failed');
    expect(run!.status).toBe('succeeded');
    expect(run!.deliveries).toEqual([
      {
        channel: 'email',
        status: 'failed',
        attempts: 3,
        lastError: expect.stringMatching(/^the SMTP server answered: 452 4\.2\.2 Mailbox full/),
        deliveredAt: null,
      },
    ]);
    expect(smtp.attempts - attemptsBefore).toBe(3);
  });

  it('does not retry a permanent 5xx refusal', async () => {
    const report = await t.http.post(
      '/api/reports',
      aReport({ params: RUSSIAN_CRUDE_IN_CNY, emailTo: ['gone@example.com'] }),
    );
    smtp.refuseWith('550 5.1.1 No such user');
    const attemptsBefore = smtp.attempts;
    await t.http.post(`/api/reports/${report.body.id}/run`);
    const [run] = await waitForRuns(t, report.body.id, 1, (r) => r.deliveryStatus === 'failed');
    expect(run!.deliveries[0]).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: expect.stringMatching(/550 5\.1\.1 No such user/),
    });
    expect(smtp.attempts - attemptsBefore).toBe(1);
  });

  it.each([
    ['an address without a domain', ['analyst@'], /not an e-mail address: "analyst@"/],
    [
      'a list of 51 addresses',
      Array.from({ length: 51 }, (_, i) => `a${i}@example.com`),
      /at most 50 addresses/,
    ],
    ['a single address instead of a list', 'analyst@example.com', /must be a list of e-mail addresses/],
  ])('refuses %s (400 naming emailTo) and saves nothing', async (_what, emailTo, message) => {
    const before = await reportCount(t);
    const response = await t.http.post('/api/reports', aReport({ emailTo }));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'emailTo', message: expect.stringMatching(message) }]);
    expect(await reportCount(t)).toBe(before);
  });

  it('test delivery sends an empty file when the report has never run', async () => {
    const report = await t.http.post(
      '/api/reports',
      aReport({ name: 'Never ran', params: RUSSIAN_CRUDE_IN_CNY, emailTo: ['setup@example.com'] }),
    );
    const before = smtp.received.length;
    const test = await t.http.post(`/api/reports/${report.body.id}/test-delivery`);
    expect(test.status).toBe(202);
    const [run] = await waitForRuns(t, report.body.id, 1, (r) => r.deliveryStatus === 'delivered');
    expect(run).toMatchObject({ id: test.body.runId, trigger: 'test', rowCount: 0 });
    const mail = await waitFor(
      async () => smtp.received.slice(before),
      (mails) => mails.length === 1,
    );
    expect(mail[0]!.parsed.subject).toMatch(/^\[test\] Never ran/);
    // The header of the report's kind, no rows.
    expect(mail[0]!.parsed.attachments[0]!.content.toString('utf8')).toBe(
      `${SHIPMENT_CSV_COLUMNS.join(',')}\r\n`,
    );
  });

  it('records a run with no rows as skipped and sends nothing when the report skips empty runs', async () => {
    const report = await t.http.post(
      '/api/reports',
      aReport({
        params: { window: 'all', filters: { origin: ['NO'] } },
        emailTo: ['analyst@example.com'],
        skipIfEmpty: true,
      }),
    );
    const before = smtp.received.length;
    await t.http.post(`/api/reports/${report.body.id}/run`);
    const [run] = await waitForRuns(t, report.body.id, 1, (r) => r.status === 'skipped');
    expect(run).toMatchObject({ rowCount: 0, deliveryStatus: 'none', deliveries: [] });
    expect((await t.http.get(`/api/reports/${report.body.id}/runs/${run!.id}/file`)).status).toBe(404);
    expect(smtp.received.length).toBe(before);
  });
});

describe('reports asking for e-mail on a server without SMTP_URL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, FAST_JOBS_ENV);
  });
  afterAll(() => t.close());

  it('are refused with 400 naming emailTo, and nothing is saved', async () => {
    const response = await t.http.post('/api/reports', aReport({ emailTo: ['analyst@example.com'] }));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: 'emailTo', message: expect.stringMatching(/set SMTP_URL/) },
    ]);
    expect(await reportCount(t)).toBe(0);
  });
});
