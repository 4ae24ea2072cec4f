import { aReport } from '../support/report-factory';
import { FakeClock } from '../support/fake-clock';
import { FAST_JOBS_ENV, runsOf, waitForRuns } from '../support/report-runs';
import { ReportScheduler } from '../../src/reports/schedule/report-scheduler';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Stop the server, let slots pass, start it again: the schedule is still there, earlier runs and
 * files too, and the latest missed slot runs once right after start-up (Metabase #58004: runs
 * fired while the scheduler is starting are lost).
 */
describe('an hourly report across restarts', () => {
  let db: TestDatabase;
  let app: TestApp | undefined;
  const time = new FakeClock('2026-03-10T09:59:00Z');
  const start = () => startTestApp({}, FAST_JOBS_ENV, { clock: time.clock, sharedDb: db });

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await app?.close();
    await db.drop();
  });

  it('loses no schedule and no run, and runs the slot missed while down once', async () => {
    app = await start();
    const report = await app.http.post('/api/reports', aReport({ cron: '0 * * * *', timezone: 'UTC' }));
    const id = report.body.id;
    await app.app.get(ReportScheduler).tick(new Date('2026-03-10T10:00:30Z'));
    const [before] = await waitForRuns(app, id, 1);
    expect(before!.scheduledFor).toBe('2026-03-10T10:00:00.000Z');
    await app.close();

    // Down from 10:01 to 13:20: the 11:00, 12:00 and 13:00 slots pass with no server running.
    time.set('2026-03-10T13:20:00Z');
    app = await start();
    const runs = await waitForRuns(app, id, 2);
    expect(runs.map((run) => [run.scheduledFor, run.status])).toEqual([
      ['2026-03-10T13:00:00.000Z', 'succeeded'],
      ['2026-03-10T10:00:00.000Z', 'succeeded'],
    ]);
    const file = await app.http.get(`/api/reports/${id}/runs/${before!.id}/file`);
    expect(file.status).toBe(200);
    await app.close();

    // Another restart within the same hour: nothing new to run.
    time.set('2026-03-10T13:40:00Z');
    app = await start();
    const again = await app.http.get(`/api/reports/${id}`);
    expect(again.body.nextRuns).toEqual([
      '2026-03-10T14:00:00.000Z',
      '2026-03-10T15:00:00.000Z',
      '2026-03-10T16:00:00.000Z',
    ]);
    expect((await runsOf(app, id)).map((run) => run.scheduledFor)).toEqual([
      '2026-03-10T13:00:00.000Z',
      '2026-03-10T10:00:00.000Z',
    ]);
  });

  it('does not back-fire slots of a report that was disabled while they passed', async () => {
    const report = await app!.http.post(
      '/api/reports',
      aReport({ cron: '0 * * * *', timezone: 'UTC', enabled: false }),
    );
    time.set('2026-03-10T16:30:00Z');
    await app!.http.patch(`/api/reports/${report.body.id}`, { enabled: true });
    await app!.app.get(ReportScheduler).tick(new Date('2026-03-10T16:30:00Z'));
    expect(await runsOf(app!, report.body.id)).toEqual([]);
    await app!.app.get(ReportScheduler).tick(new Date('2026-03-10T17:00:05Z'));
    expect((await runsOf(app!, report.body.id)).map((run) => run.scheduledFor)).toEqual([
      '2026-03-10T17:00:00.000Z',
    ]);
  });
});
