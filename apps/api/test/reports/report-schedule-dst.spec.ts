import { ReportScheduler } from '../../src/reports/schedule/report-scheduler';
import { FakeClock } from '../support/fake-clock';
import { aReport } from '../support/report-factory';
import { FAST_JOBS_ENV, runsOf } from '../support/report-runs';
import { startTestApp, type TestApp } from '../support/test-app';

const TEN_MINUTES = 10 * 60 * 1000;

/**
 * Daily reports in America/New_York across the 2026 changes: on 8 March the clocks jump from 02:00
 * to 03:00 (02:30 does not happen), on 1 November they fall back from 02:00 to 01:00 (01:30 happens
 * twice). The README promises one run a day: a skipped time runs an hour later on the clock, a
 * repeated time runs at its first occurrence, and the next runs the API shows are those runs.
 */
describe('daily reports across daylight-saving changes (America/New_York, 2026)', () => {
  let t: TestApp;
  let scheduler: ReportScheduler;
  const time = new FakeClock('2026-03-07T12:00:00Z');

  beforeAll(async () => {
    t = await startTestApp({}, FAST_JOBS_ENV, { clock: time.clock });
    scheduler = t.app.get(ReportScheduler);
  });
  afterAll(() => t.close());

  /** Moves the clock to `until` in ten-minute steps, ticking the scheduler at each, as production does every minute. */
  async function tickUntil(until: string): Promise<void> {
    for (let now = Date.parse(time.iso) + TEN_MINUTES; now <= Date.parse(until); now += TEN_MINUTES) {
      time.set(new Date(now).toISOString());
      await scheduler.tick(time.clock());
    }
  }

  const scheduledSlots = async (reportId: string) =>
    (await runsOf(t, reportId))
      .filter((run) => run.trigger === 'schedule')
      .map((run) => run.scheduledFor)
      .sort();

  it('runs 30 2 * * * once on each of 8, 9 and 10 March: at 03:30 EDT on the day 02:30 is skipped', async () => {
    const report = await t.http.post(
      '/api/reports',
      aReport({ cron: '30 2 * * *', timezone: 'America/New_York', params: { window: 'all' } }),
    );
    expect(report.status).toBe(201);
    const expected = ['2026-03-08T07:30:00.000Z', '2026-03-09T06:30:00.000Z', '2026-03-10T06:30:00.000Z'];
    expect(report.body.nextRuns).toEqual(expected);

    await tickUntil('2026-03-10T12:00:00Z');
    expect(await scheduledSlots(report.body.id)).toEqual(expected);
    await t.http.patch(`/api/reports/${report.body.id}`, { enabled: false });
  });

  it('runs 30 1 * * * once on each of 1, 2 and 3 November: at 01:30 EDT only on the day 01:30 repeats', async () => {
    time.set('2026-10-31T12:00:00Z');
    const report = await t.http.post(
      '/api/reports',
      aReport({ cron: '30 1 * * *', timezone: 'America/New_York', params: { window: 'all' } }),
    );
    expect(report.status).toBe(201);
    const expected = ['2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z', '2026-11-03T06:30:00.000Z'];
    expect(report.body.nextRuns).toEqual(expected);

    await tickUntil('2026-11-03T12:00:00Z');
    expect(await scheduledSlots(report.body.id)).toEqual(expected);
  });
});
