import { ReportScheduler } from '../../src/reports/schedule/report-scheduler';
import { FakeClock } from '../support/fake-clock';
import { aReport } from '../support/report-factory';
import { FAST_JOBS_ENV, waitForRuns } from '../support/report-runs';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Two API processes on one database (nestjs/schedule #312, #454: in-process cron runs once per
 * process). Both tick for every slot, several times and at the same moment; each slot still gets
 * one run, executed once.
 */
describe('two app instances on one database', () => {
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

  it('produce one run per slot', async () => {
    const report = await first.http.post('/api/reports', aReport({ cron: '*/5 * * * *', timezone: 'UTC' }));
    expect(report.status).toBe(201);
    const id = report.body.id;
    const schedulers = [first, second, first, second].map((t) => t.app.get(ReportScheduler));

    const created: string[] = [];
    for (const at of ['2026-05-01T10:00:10Z', '2026-05-01T10:05:02Z', '2026-05-01T10:10:59Z']) {
      const ticks = await Promise.all(schedulers.map((scheduler) => scheduler.tick(new Date(at))));
      created.push(...ticks.flat());
    }
    expect(created).toHaveLength(3);

    const runs = await waitForRuns(second, id, 3);
    expect(runs.map((run) => [run.scheduledFor, run.attempts])).toEqual([
      ['2026-05-01T10:10:00.000Z', 1],
      ['2026-05-01T10:05:00.000Z', 1],
      ['2026-05-01T10:00:00.000Z', 1],
    ]);
    const { rows } = await first.db.pool.query(
      `SELECT count(*)::int AS n FROM (
         SELECT id FROM pgboss.job WHERE name = 'report-run' UNION ALL SELECT id FROM pgboss.archive WHERE name = 'report-run'
       ) jobs`,
    );
    expect(rows[0].n).toBe(3);
  });
});
