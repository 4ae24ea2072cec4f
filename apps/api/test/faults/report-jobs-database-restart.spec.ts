import type { ReportRun } from '@tradeflow/domain';
import { ReportScheduler } from '../../src/reports/schedule/report-scheduler';
import { FakeClock } from '../support/fake-clock';
import { type OwnPostgresApp, startAppOnOwnPostgres } from '../support/own-postgres-app';
import { aReport } from '../support/report-factory';
import { FAST_JOBS_ENV } from '../support/report-runs';
import { waitFor } from '../support/wait-for';

jest.setTimeout(180_000);

/**
 * Report jobs live in PostgreSQL (pg-boss). The app runs on its own PostgreSQL, which the test
 * crashes (pg_ctl stop -m immediate) and starts again while the app keeps running: a run asked for
 * while the database is down is refused with 503, and once it is back the queue works again by
 * itself, for runs asked for by hand and for scheduled slots alike.
 */
describe('report jobs across a PostgreSQL crash and restart', () => {
  let t: OwnPostgresApp;
  const time = new FakeClock('2026-03-10T09:30:00Z');

  beforeAll(async () => {
    t = await startAppOnOwnPostgres(FAST_JOBS_ENV, { clock: time.clock });
  });
  afterAll(() => t?.close());

  const runsOf = async (id: string): Promise<ReportRun[]> => {
    const response = await t.admin.get(`/api/reports/${id}/runs`);
    return response.status === 200 ? response.body.items : [];
  };

  it('refuses a run while PostgreSQL is down, then runs by hand and on schedule once it is back', async () => {
    const report = await t.admin.post('/api/reports', aReport({ cron: '0 * * * *', timezone: 'UTC' }));
    expect(report.status).toBe(201);
    const id = report.body.id as string;

    await t.postgres.stop('immediate');
    const refused = await t.admin.post(`/api/reports/${id}/run`);
    expect(refused.status).toBe(503);

    await t.postgres.start();
    await waitFor(
      async () => (await t.admin.get('/api/health')).status,
      (status) => status === 200,
      60_000,
    );
    expect(await runsOf(id)).toEqual([]);

    const manual = await t.admin.post(`/api/reports/${id}/run`);
    expect(manual.status).toBe(202);
    await t.app.get(ReportScheduler).tick(new Date('2026-03-10T10:00:20Z'));
    const runs = await waitFor(
      () => runsOf(id),
      (all) => all.length === 2 && all.every((run) => run.status === 'succeeded'),
      60_000,
    );
    expect(runs.map((run) => run.trigger).sort()).toEqual(['manual', 'schedule']);
    expect(runs.find((run) => run.trigger === 'schedule')!.scheduledFor).toBe('2026-03-10T10:00:00.000Z');
  });
});
