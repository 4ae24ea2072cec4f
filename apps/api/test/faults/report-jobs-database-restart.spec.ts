import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ReportRun } from '@tradeflow/domain';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/app-config';
import { EmbeddedPostgresServer } from '../../src/database/embedded-postgres-server';
import { createDatabaseIfMissing } from '../../src/database/open-database';
import { ReportScheduler } from '../../src/reports/schedule/report-scheduler';
import { FakeClock } from '../support/fake-clock';
import { aReport } from '../support/report-factory';
import { FAST_JOBS_ENV } from '../support/report-runs';
import { HttpClient } from '../support/test-app';
import { waitFor } from '../support/wait-for';

jest.setTimeout(180_000);

/**
 * Report jobs live in PostgreSQL (pg-boss). The app runs on its own PostgreSQL, which the test
 * crashes (pg_ctl stop -m immediate) and starts again while the app keeps running: a run asked for
 * while the database is down is refused with 503, and once it is back the queue works again by
 * itself, for runs asked for by hand and for scheduled slots alike.
 */
describe('report jobs across a PostgreSQL crash and restart', () => {
  let dataDir: string;
  let server: EmbeddedPostgresServer;
  let app: NestExpressApplication;
  let http: HttpClient;
  const time = new FakeClock('2026-03-10T09:30:00Z');
  const token = `tf_fault_${randomBytes(16).toString('hex')}`;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tradeflow-jobs-fault-'));
    server = new EmbeddedPostgresServer({ dataDir: join(dataDir, 'pg') });
    await server.start();
    await createDatabaseIfMissing(server.connectionUrl, 'tradeflow');
    const config = loadConfig({
      LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
      SAMPLE_DATA: 'false',
      WEB_DIST_DIR: '/nonexistent',
      TRADEFLOW_ADMIN_TOKEN: token,
      RATE_LIMIT_PER_MINUTE: '1000000',
      ...FAST_JOBS_ENV,
    });
    app = await createApp(config, server.urlFor('tradeflow'), { clock: time.clock });
    await app.listen(0, '127.0.0.1');
    http = new HttpClient((await app.getUrl()).replace('[::1]', '127.0.0.1'), {
      authorization: `Bearer ${token}`,
    });
  });

  afterAll(async () => {
    await app?.close();
    await server?.destroy();
    await rm(dataDir, { recursive: true, force: true });
  });

  const runsOf = async (id: string): Promise<ReportRun[]> => {
    const response = await http.get(`/api/reports/${id}/runs`);
    return response.status === 200 ? response.body.items : [];
  };

  it('refuses a run while PostgreSQL is down, then runs by hand and on schedule once it is back', async () => {
    const report = await http.post('/api/reports', aReport({ cron: '0 * * * *', timezone: 'UTC' }));
    expect(report.status).toBe(201);
    const id = report.body.id as string;

    await server.stop('immediate');
    const refused = await http.post(`/api/reports/${id}/run`);
    expect(refused.status).toBe(503);

    await server.start();
    await waitFor(
      async () => (await http.get('/api/health')).status,
      (status) => status === 200,
      60_000,
    );
    expect(await runsOf(id)).toEqual([]);

    const manual = await http.post(`/api/reports/${id}/run`);
    expect(manual.status).toBe(202);
    await app.get(ReportScheduler).tick(new Date('2026-03-10T10:00:20Z'));
    const runs = await waitFor(
      () => runsOf(id),
      (all) => all.length === 2 && all.every((run) => run.status === 'succeeded'),
      60_000,
    );
    expect(runs.map((run) => run.trigger).sort()).toEqual(['manual', 'schedule']);
    expect(runs.find((run) => run.trigger === 'schedule')!.scheduledFor).toBe('2026-03-10T10:00:00.000Z');
  });
});
