import { ReportScheduler } from '../../src/reports/schedule/report-scheduler';
import { FakeClock } from '../support/fake-clock';
import { aReport } from '../support/report-factory';
import { FAST_JOBS_ENV, runsOf, waitForRuns } from '../support/report-runs';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * A report scheduled daily at 06:00 Asia/Karachi (UTC+5) fires at 01:00 UTC, and its
 * previous_month window is the month before the Karachi date of that slot (Superset #29797,
 * #27952: schedulers that mix up the zones).
 */
describe('a daily 06:00 Asia/Karachi report', () => {
  let t: TestApp;
  let scheduler: ReportScheduler;
  let reportId: string;
  const time = new FakeClock('2026-03-10T12:00:00Z');

  beforeAll(async () => {
    t = await startTestApp({}, FAST_JOBS_ENV, { clock: time.clock });
    scheduler = t.app.get(ReportScheduler);
    for (const [reference, arrivalDate] of [
      ['JAN-31', '2026-01-31'],
      ['FEB-01', '2026-02-01'],
      ['FEB-28', '2026-02-28'],
      ['MAR-01', '2026-03-01'],
    ]) {
      const created = await t.http.post(
        '/api/shipments',
        aShipmentInput({ reference, arrivalDate, departureDate: null, contractDate: null }),
      );
      expect(created.status).toBe(201);
    }
    const report = await t.http.post(
      '/api/reports',
      aReport({ cron: '0 6 * * *', timezone: 'Asia/Karachi', params: { window: 'previous_month' } }),
    );
    reportId = report.body.id;
    expect(report.body.nextRuns[0]).toBe('2026-03-11T01:00:00.000Z');
  });
  afterAll(() => t.close());

  it('does not run the slot that passed before it was created', async () => {
    expect(await scheduler.tick(new Date('2026-03-10T12:00:00Z'))).toEqual([]);
  });

  it('does not fire at 00:59 UTC', async () => {
    expect(await scheduler.tick(new Date('2026-03-11T00:59:30Z'))).toEqual([]);
    expect(await runsOf(t, reportId)).toEqual([]);
  });

  it('fires once at 01:00 UTC, for the 01:00 UTC slot', async () => {
    const created = await scheduler.tick(new Date('2026-03-11T01:00:20Z'));
    expect(created).toHaveLength(1);
    expect(await scheduler.tick(new Date('2026-03-11T01:00:50Z'))).toEqual([]);
    expect(await scheduler.tick(new Date('2026-03-11T05:00:00Z'))).toEqual([]);
    const [run] = await waitForRuns(t, reportId, 1);
    expect(run).toMatchObject({
      id: created[0],
      trigger: 'schedule',
      scheduledFor: '2026-03-11T01:00:00.000Z',
      status: 'succeeded',
      attempts: 1,
      windowFrom: '2026-02-01',
      windowTo: '2026-02-28',
      rowCount: 2,
      deliveryStatus: 'none',
      error: null,
    });
  });

  it('keeps the CSV of the run: February only, served as a download', async () => {
    const [run] = await runsOf(t, reportId);
    const response = await t.http.get(`/api/reports/${reportId}/runs/${run!.id}/file`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      // The report's name and its window, in safe characters.
      'attachment; filename="monthly-crude-imports_2026-02-01_2026-02-28.csv"',
    );
    const lines = response.text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^reference,commodity,/);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['FEB-28', 'FEB-01']);
    expect(Buffer.byteLength(response.text)).toBe(run!.bytes);
  });

  it('sends the stored gzip bytes as they are to clients that accept gzip', async () => {
    const [run] = await runsOf(t, reportId);
    const { rows } = await t.db.pool.query('SELECT content_gzip FROM report_files WHERE run_id = $1', [
      run!.id,
    ]);
    const raw = await new Promise<{ encoding?: string; length: number }>((resolve, reject) => {
      const url = new URL(`/api/reports/${reportId}/runs/${run!.id}/file`, t.baseUrl);
      import('node:http').then(({ get }) =>
        get(
          url,
          { headers: { 'accept-encoding': 'gzip', authorization: `Bearer ${t.adminToken}` } },
          (res) => {
            let length = 0;
            res.on('data', (chunk: Buffer) => (length += chunk.length));
            res.on('end', () => resolve({ encoding: res.headers['content-encoding'], length }));
          },
        ).on('error', reject),
      );
    });
    expect(raw).toEqual({ encoding: 'gzip', length: rows[0].content_gzip.length });
  });

  it('404 for the file of an unknown run', async () => {
    const response = await t.http.get(
      `/api/reports/${reportId}/runs/00000000-0000-4000-8000-000000000000/file`,
    );
    expect(response.status).toBe(404);
  });
});
