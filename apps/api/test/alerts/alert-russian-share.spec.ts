import type { AlertEvaluation } from '@tradeflow/domain';
import { AlertScheduler } from '../../src/alerts/alert-scheduler';
import { FakeClock } from '../support/fake-clock';
import { FAST_JOBS_ENV } from '../support/report-runs';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { type SmtpReceiver, startSmtpReceiver } from '@tradeflow/e2e-support';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

const RUSSIAN_SHARE_OVER_40 = {
  name: 'Russian crude share over 40%',
  metric: 'share',
  params: { filters: { commodity: ['crude_oil'] }, dimension: 'origin', key: 'RU' },
  operator: 'above',
  threshold: 0.4,
  window: 'last_30_days',
  cron: '0 7 * * *',
  timezone: 'Asia/Karachi',
  emailTo: ['desk@example.com'],
};

/** pg-boss jobs of the alert-message queue, sent or waiting: one per message ever queued. */
async function messageJobs(t: TestApp): Promise<number> {
  const { rows } = await t.db.pool.query(
    `SELECT count(*)::int AS n FROM (
       SELECT id FROM pgboss.job WHERE name = 'alert-message' UNION ALL SELECT id FROM pgboss.archive WHERE name = 'alert-message'
     ) jobs`,
  );
  return rows[0].n;
}

async function alertCount(t: TestApp): Promise<number> {
  return (await t.db.pool.query('SELECT count(*)::int AS n FROM alerts')).rows[0].n;
}

describe('an alert on Russia’s share of crude imports', () => {
  let t: TestApp;
  let smtp: SmtpReceiver;
  const time = new FakeClock('2026-11-25T03:00:00Z');

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    t = await startTestApp(
      {},
      { ...FAST_JOBS_ENV, SMTP_URL: smtp.url, PUBLIC_URL: 'https://tradeflow.example.com' },
      { clock: time.clock },
    );
    await t.http.post(
      '/api/shipments',
      aShipmentInput({
        originCountry: 'SA',
        volumeTonnes: 80000,
        arrivalDate: '2026-11-10',
        departureDate: '2026-11-01',
        contractDate: '2026-10-01',
      }),
    );
    await t.http.post(
      '/api/shipments',
      aShipmentInput({
        originCountry: 'RU',
        loadPort: 'RUPRI',
        volumeTonnes: 30000,
        arrivalDate: '2026-11-12',
        departureDate: '2026-11-01',
        contractDate: '2026-10-01',
      }),
    );
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('triggers once when a new shipment lifts the share over the threshold, stays quiet, and resolves once', async () => {
    const alert = await t.http.post('/api/alerts', RUSSIAN_SHARE_OVER_40);
    expect(alert.status).toBe(201);
    expect(alert.body).toMatchObject({
      state: 'ok',
      lastValue: null,
      nextRuns: ['2026-11-26T02:00:00.000Z', expect.any(String), expect.any(String)],
    });
    const id = alert.body.id;

    const before = await t.http.post(`/api/alerts/${id}/evaluate`);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      state: 'ok',
      notification: null,
      threshold: 0.4,
      windowFrom: '2026-10-26',
      windowTo: '2026-11-24',
    });
    expect(before.body.value).toBeCloseTo(30000 / 110000, 10);

    const lifting = await t.http.post(
      '/api/shipments',
      aShipmentInput({
        originCountry: 'RU',
        loadPort: 'RUPRI',
        volumeTonnes: 40000,
        arrivalDate: '2026-11-20',
        departureDate: '2026-11-10',
        contractDate: '2026-10-01',
      }),
    );
    const triggered = await t.http.post(`/api/alerts/${id}/evaluate`);
    expect(triggered.body).toMatchObject({ state: 'triggered', notification: 'triggered' });
    expect(triggered.body.value).toBeCloseTo(70000 / 150000, 10);
    const [message] = await waitFor(
      async () => smtp.received.slice(),
      (mails) => mails.length === 1,
    );
    expect(message!.recipients).toEqual(['desk@example.com']);
    expect(message!.parsed.subject).toBe('Russian crude share over 40%: triggered (46.7%)');
    expect(message!.parsed.text).toContain('share of RU: 46.7%; the alert fires above 40.0%.');
    expect(message!.parsed.text).toContain(`https://tradeflow.example.com/alerts?alert=${id}`);

    const again = await t.http.post(`/api/alerts/${id}/evaluate`);
    expect(again.body).toMatchObject({ state: 'triggered', notification: null });
    expect(await messageJobs(t)).toBe(1);

    expect((await t.http.delete(`/api/shipments/${lifting.body.id}`)).status).toBe(204);
    const resolved = await t.http.post(`/api/alerts/${id}/evaluate`);
    expect(resolved.body).toMatchObject({ state: 'ok', notification: 'resolved' });
    const mails = await waitFor(
      async () => smtp.received.slice(),
      (all) => all.length === 2,
    );
    expect(mails[1]!.parsed.subject).toBe('Russian crude share over 40%: resolved (27.3%)');
    expect(await messageJobs(t)).toBe(2);

    const history = await t.http.get(`/api/alerts/${id}/evaluations`);
    expect(
      history.body.items.map((e: { state: string; notification: string | null }) => [
        e.state,
        e.notification,
      ]),
    ).toEqual([
      ['ok', 'resolved'],
      ['triggered', null],
      ['triggered', 'triggered'],
      ['ok', null],
    ]);
    expect((await t.http.get(`/api/alerts/${id}`)).body).toMatchObject({
      state: 'ok',
      lastValue: expect.any(Number),
    });
  });

  it('repeats the message every remindEvery while it stays triggered', async () => {
    const alert = await t.http.post('/api/alerts', {
      ...RUSSIAN_SHARE_OVER_40,
      name: 'Reminded',
      threshold: 0.1,
      remindEvery: 'P7D',
      emailTo: ['remind@example.com'],
    });
    const id = alert.body.id;
    const start = time.iso;
    try {
      expect((await t.http.post(`/api/alerts/${id}/evaluate`)).body.notification).toBe('triggered');
      time.set('2026-11-28T03:00:00Z');
      expect((await t.http.post(`/api/alerts/${id}/evaluate`)).body.notification).toBeNull();
      time.set('2026-12-02T03:00:01Z');
      expect((await t.http.post(`/api/alerts/${id}/evaluate`)).body.notification).toBe('reminder');
      const reminders = await waitFor(
        async () => smtp.received.filter((mail) => mail.recipients.includes('remind@example.com')),
        (mails) => mails.length === 2,
      );
      expect(reminders[1]!.parsed.subject).toMatch(/^Reminded: still triggered/);
    } finally {
      time.set(start);
    }
  });

  it('days_since_last_arrival fires when no shipment of the selection arrived for too long', async () => {
    const stale = await t.http.post('/api/alerts', {
      name: 'Saudi crude data stale',
      metric: 'days_since_last_arrival',
      params: { filters: { origin: ['SA'] } },
      operator: 'above',
      threshold: 10,
      cron: '0 7 * * *',
      timezone: 'UTC',
    });
    expect(stale.status).toBe(201);
    const evaluation = await t.http.post(`/api/alerts/${stale.body.id}/evaluate`);
    // Last Saudi arrival 10 November; 25 November is 15 days later.
    expect(evaluation.body).toMatchObject({
      value: 15,
      threshold: 10,
      state: 'triggered',
      notification: 'triggered',
    });
  });

  it('previews the current value of an unsaved definition, storing nothing', async () => {
    const before = await alertCount(t);
    const preview = await t.http.post('/api/alerts/preview', { ...RUSSIAN_SHARE_OVER_40, threshold: 0.2 });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ threshold: 0.2, state: 'triggered', windowFrom: '2026-10-26' });
    expect(preview.body.value).toBeCloseTo(30000 / 110000, 10);
    expect(await alertCount(t)).toBe(before);
  });

  it.each([
    ['an unknown metric', { metric: 'median' }, 'metric', /must be one of share, hhi/],
    ['a share without a key', { params: { dimension: 'origin' } }, 'params.key', /is required for a share/],
    ['a share threshold above 1', { threshold: 40 }, 'threshold', /from 0 to 1/],
    ['a reminder in months', { remindEvery: 'P1M' }, 'remindEvery', /ISO 8601 duration/],
    ['a bad recipient', { emailTo: ['desk@'] }, 'emailTo', /not an e-mail address: "desk@"/],
    [
      'an unknown filter code',
      { params: { key: 'RU', filters: { origin: ['XX'] } } },
      'params.filters.origin',
      /not known: "XX"/,
    ],
    [
      'a flow rate over all time',
      { metric: 'flow_rate', params: {}, window: 'all' },
      'window',
      /bounded window/,
    ],
  ])('refuses %s (400 naming the field) and saves nothing', async (_what, patch, field, message) => {
    const before = await alertCount(t);
    const response = await t.http.post('/api/alerts', { ...RUSSIAN_SHARE_OVER_40, ...patch });
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual({ field, message: expect.stringMatching(message) });
    expect(await alertCount(t)).toBe(before);
  });
});

describe('alerts on two API instances', () => {
  let first: TestApp;
  let second: TestApp;
  const time = new FakeClock('2026-05-01T09:58:00Z');

  beforeAll(async () => {
    first = await startTestApp({}, FAST_JOBS_ENV, { clock: time.clock });
    second = await startTestApp({}, FAST_JOBS_ENV, { clock: time.clock, sharedDb: first.db });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('give one evaluation per cron slot', async () => {
    const alert = await first.http.post('/api/alerts', {
      name: 'Every five minutes',
      metric: 'hhi',
      params: {},
      operator: 'above',
      threshold: 2500,
      window: 'all',
      cron: '*/5 * * * *',
      timezone: 'UTC',
    });
    expect(alert.status).toBe(201);
    const schedulers = [first, second, first, second].map((t) => t.app.get(AlertScheduler));
    const created: string[] = [];
    for (const at of ['2026-05-01T10:00:10Z', '2026-05-01T10:05:02Z', '2026-05-01T10:10:59Z']) {
      const ticks = await Promise.all(schedulers.map((scheduler) => scheduler.tick(new Date(at))));
      created.push(...ticks.flat());
    }
    expect(created).toHaveLength(3);
    const evaluations = await waitFor(
      async () =>
        (await second.http.get<{ items: AlertEvaluation[] }>(`/api/alerts/${alert.body.id}/evaluations`)).body
          .items,
      (items) => items.length === 3,
    );
    expect(evaluations.map((e) => e.scheduledFor).sort()).toEqual([
      '2026-05-01T10:00:00.000Z',
      '2026-05-01T10:05:00.000Z',
      '2026-05-01T10:10:00.000Z',
    ]);
    const { rows } = await first.db.pool.query(
      `SELECT count(*)::int AS n FROM alert_evaluations WHERE alert_id = $1`,
      [alert.body.id],
    );
    expect(rows[0].n).toBe(3);
  });
});
