import { FakeClock } from '../support/fake-clock';
import { aReport } from '../support/report-factory';
import { FAST_JOBS_ENV, waitForRuns } from '../support/report-runs';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Production never calls the scheduler itself: pg-boss's cluster-wide cron puts a tick job on the
 * queue every minute and a worker runs the tick with the server's clock. This test calls no tick:
 * the run can only come from that schedule (the start-up catch-up ran before the report existed).
 */
describe('the pg-boss schedule tick', () => {
  let t: TestApp;
  const time = new FakeClock('2026-03-10T12:00:00Z');

  beforeAll(async () => {
    t = await startTestApp({}, FAST_JOBS_ENV, { clock: time.clock });
  });
  afterAll(() => t.close());

  it('runs a report whose slot has come, with no tick called by the test', async () => {
    const report = await t.http.post(
      '/api/reports',
      aReport({ cron: '0 6 * * *', timezone: 'Asia/Karachi', params: { window: 'all' } }),
    );
    expect(report.body.nextRuns[0]).toBe('2026-03-11T01:00:00.000Z');

    time.set('2026-03-11T01:00:30Z');
    // pg-boss sends the tick within about a minute of real time (its cron works on whole minutes).
    const [run] = await waitForRuns(t, report.body.id, 1, (r) => r.status === 'succeeded', 100_000);
    expect(run).toMatchObject({ trigger: 'schedule', scheduledFor: '2026-03-11T01:00:00.000Z' });
  }, 120_000);
});
