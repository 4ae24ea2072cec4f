import { FakeClock } from '../support/fake-clock';
import { formatCsvNumber } from '@tradeflow/domain';
import { aReport } from '../support/report-factory';
import { FAST_JOBS_ENV, waitForRuns } from '../support/report-runs';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';

const lines = (text: string) =>
  text
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));

describe('GET /api/exports/timeseries.csv and concentration.csv', () => {
  let t: TestApp;
  // The export's file name carries the server's date: a fixed clock makes it known in advance.
  const time = new FakeClock('2026-03-10T23:59:59Z');

  beforeAll(async () => {
    t = await startTestApp({}, FAST_JOBS_ENV, { clock: time.clock });
    for (const [reference, originCountry, arrivalDate, volumeTonnes, paymentCurrency] of [
      ['A-SA-1', 'SA', '2023-05-10', 80000, 'USD'],
      ['A-AE-1', 'AE', '2023-05-20', 60000.5, 'AED'],
      ['A-RU-1', 'RU', '2023-06-11', 45000, 'CNY'],
      ['A-SA-2', 'SA', '2023-06-15', 70000, 'USD'],
    ] as const) {
      const created = await t.http.post(
        '/api/shipments',
        aShipmentInput({
          reference,
          originCountry,
          arrivalDate,
          volumeTonnes,
          paymentCurrency,
          departureDate: null,
          contractDate: null,
        }),
      );
      expect(created.status).toBe(201);
    }
  });
  afterAll(() => t.close());

  it('writes the timeseries of the analytics API, one line per month and origin', async () => {
    const query = 'from=2023-05-01&to=2023-07-31&groupBy=origin&granularity=month';
    const [csv, json] = await Promise.all([
      t.http.get(`/api/exports/timeseries.csv?${query}`),
      t.http.get(`/api/analytics/timeseries?${query}`),
    ]);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(
      'attachment; filename="tradeflow-timeseries-2023-05-01_2023-07-31-2026-03-10.csv"',
    );
    const expected = [['period', 'period_label', 'origin', 'origin_label', 'tonnes']];
    json.body.buckets.forEach((bucket: string, i: number) => {
      for (const series of json.body.series) {
        expected.push([
          bucket,
          json.body.bucketLabels[i],
          series.key,
          series.label,
          formatCsvNumber(series.values[i], 3),
        ]);
      }
    });
    expect(lines(csv.text)).toEqual(expected);
    expect(lines(csv.text)).toContainEqual(['2023-05-01', '2023-05', 'AE', expect.any(String), '60000.5']);
    expect(lines(csv.text)).toContainEqual(['2023-07-01', '2023-07', 'SA', expect.any(String), '0']);
  });

  it('writes the concentration of the analytics API, one line per period', async () => {
    const query = 'from=2023-05-01&to=2023-06-30&dimension=currency&granularity=month';
    const [csv, json] = await Promise.all([
      t.http.get(`/api/exports/concentration.csv?${query}&bom=true`),
      t.http.get(`/api/analytics/concentration?${query}`),
    ]);
    expect(csv.status).toBe(200);
    // fetch's text() drops a BOM; the bytes keep it.
    const raw = await fetch(`${t.baseUrl}/api/exports/concentration.csv?${query}&bom=true`, {
      headers: { authorization: `Bearer ${t.adminToken}` },
    });
    expect([...Buffer.from(await raw.arrayBuffer()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = lines(csv.text);
    expect(rows[0]).toEqual([
      'period',
      'period_label',
      'total_tonnes',
      'hhi',
      'effective_suppliers',
      'shannon',
      'top_currency',
      'top_currency_label',
      'top_share',
    ]);
    expect(rows.slice(1)).toEqual(
      json.body.points.map((p: Record<string, number | string | null>) => [
        p['period'],
        p['label'],
        formatCsvNumber(p['totalTonnes'] as number, 3),
        formatCsvNumber(p['hhi'] as number | null, 2),
        formatCsvNumber(p['effectiveSuppliers'] as number | null, 4),
        formatCsvNumber(p['shannon'] as number | null, 6),
        p['topKey'] ?? '',
        p['topLabel'] ?? '',
        formatCsvNumber(p['topShare'] as number | null, 6),
      ]),
    );
    expect(rows[1]?.slice(0, 4)).toEqual([
      '2023-05-01',
      '2023-05',
      '140000.5',
      expect.stringMatching(/^5\d{3}(\.\d+)?$/),
    ]);
  });

  it.each([
    ['timeseries.csv?groupBy=vessel', 'groupBy'],
    ['timeseries.csv?metric=litres', 'metric'],
    ['concentration.csv?granularity=hour', 'granularity'],
    ['concentration.csv?dimension=port', 'dimension'],
    ['concentration.csv?bom=1', 'bom'],
    ['timeseries.csv?from=2023-06-01&to=2023-05-01', 'to'],
  ])('400 for %s naming %s', async (path, field) => {
    const response = await t.http.get(`/api/exports/${path}`);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
  });

  it.each([
    [
      'timeseries',
      { window: 'all', groupBy: 'origin', granularity: 'month', metric: 'tonnes' },
      'timeseries.csv?groupBy=origin&granularity=month&metric=tonnes',
    ],
    [
      'concentration',
      { window: 'all', groupBy: 'currency', granularity: 'quarter' },
      'concentration.csv?dimension=currency&granularity=quarter',
    ],
  ])('a %s report run stores the same CSV as the export', async (kind, params, exportPath) => {
    const report = await t.http.post('/api/reports', aReport({ kind, params }));
    expect(report.status).toBe(201);
    await t.http.post(`/api/reports/${report.body.id}/run`);
    const [run] = await waitForRuns(t, report.body.id, 1);
    const file = await t.http.get(`/api/reports/${report.body.id}/runs/${run!.id}/file`);
    const exported = await t.http.get(`/api/exports/${exportPath}`);
    expect(file.text).toBe(exported.text);
    expect(run!.rowCount).toBe(lines(exported.text).length - 1);
  });
});
