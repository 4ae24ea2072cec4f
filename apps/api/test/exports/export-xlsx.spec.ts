import { parse } from 'csv-parse/sync';
import { SHIPMENT_CSV_COLUMNS } from '@tradeflow/domain';
import ExcelJS from 'exceljs';
import { aReport } from '../support/report-factory';
import { FAST_JOBS_ENV, waitForRuns } from '../support/report-runs';
import { aShipmentCsvRow, aShipmentInput } from '@tradeflow/domain/testing';
import { csvFile } from '../support/shipment-csv';
import { startTestApp, type TestApp } from '../support/test-app';

/** A workbook cell written back the way the CSV writes it: numbers plain, dates as YYYY-MM-DD. */
function asCsvCell(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function rowsOf(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  // columnCount scans every row: read it once.
  const columns = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= columns; column++) cells.push(asCsvCell(row.getCell(column).value));
    rows.push(cells);
  });
  return rows;
}

async function download(
  t: TestApp,
  path: string,
): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const response = await fetch(`${t.baseUrl}${path}`, {
    headers: { authorization: `Bearer ${t.adminToken}` },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

describe('XLSX files: the same cells as the CSV', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, FAST_JOBS_ENV);
    const rates = await t.http.put('/api/fx-rates', {
      rates: [{ currency: 'CNY', date: '2023-06-01', usdPerUnit: 0.1402 }],
    });
    expect(rates.status).toBe(200);
    await t.http.post(
      '/api/shipments',
      aShipmentInput({
        reference: 'XL-1',
        originCountry: 'RU',
        loadPort: 'RUPRI',
        paymentCurrency: 'CNY',
        valueAmount: 312500000.25,
        volumeTonnes: 100000.125,
        importer: 'پاک عرب ریفائنری',
        notes: '=SUM(A1) — «quoted», 中文',
      }),
    );
    await t.http.post(
      '/api/shipments',
      aShipmentInput({ reference: 'XL-2', contractDate: null, notes: null }),
    );
  });
  afterAll(() => t.close());

  it('GET /api/exports/shipments.csv?format=xlsx holds every CSV cell: numbers as numbers, dates as dates, text as it is', async () => {
    const csv = await t.http.get('/api/exports/shipments.csv');
    const xlsx = await download(t, '/api/exports/shipments.csv?format=xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = await workbookOf(xlsx.bytes);
    const data = workbook.getWorksheet('Data')!;
    expect(rowsOf(data)).toEqual(parse(csv.text));

    const first = data.getRow(rowsOf(data).findIndex((row) => row[0] === 'XL-1') + 1);
    const cell = (column: string) => first.getCell(SHIPMENT_CSV_COLUMNS.indexOf(column as never) + 1).value;
    expect(cell('reference')).toBe('XL-1');
    expect(cell('volume_tonnes')).toBe(100000.125);
    expect(cell('value_amount')).toBe(312500000.25);
    expect(cell('arrival_date')).toEqual(new Date('2023-06-02T00:00:00Z'));
    expect(cell('importer')).toBe('پاک عرب ریفائنری');
    expect(data.getRow(1).font?.bold).toBe(true);
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data.getColumn(SHIPMENT_CSV_COLUMNS.indexOf('importer') + 1).width).toBeGreaterThanOrEqual(
      'پاک عرب ریفائنری'.length,
    );

    const about = rowsOf(workbook.getWorksheet('About')!);
    expect(about.map((row) => row[0])).toEqual([
      'About this file',
      'Contents',
      'Arrival dates',
      'Units',
      ...about.filter((row) => row[0]!.startsWith('Barrels per tonne')).map((row) => row[0]),
      'Created',
    ]);
    expect(about.find((row) => row[0] === 'Barrels per tonne, crude oil')?.[1]).toMatch(/^7\.33 /);
  });

  it('columns=analyst adds names, barrels, the USD value and the rate used, beside the import columns', async () => {
    const csv = await t.http.get('/api/exports/shipments.csv?columns=analyst&origin=RU');
    const [header, row] = parse(csv.text) as string[][];
    expect(header!.slice(SHIPMENT_CSV_COLUMNS.length)).toEqual([
      'origin_country_name',
      'load_port_name',
      'discharge_port_name',
      'transit_country_names',
      'volume_barrels',
      'value_usd',
      'fx_usd_per_unit',
    ]);
    expect(row!.slice(SHIPMENT_CSV_COLUMNS.length)).toEqual([
      'Russia',
      expect.any(String),
      'Karachi',
      '',
      '733000.916',
      '43812500.04',
      '0.1402',
    ]);
    const xlsx = await download(t, '/api/exports/shipments.csv?columns=analyst&origin=RU&format=xlsx');
    expect(rowsOf((await workbookOf(xlsx.bytes)).getWorksheet('Data')!)).toEqual(parse(csv.text));
    // The default stays the lossless import contract.
    expect((parse((await t.http.get('/api/exports/shipments.csv')).text) as string[][])[0]).toHaveLength(
      SHIPMENT_CSV_COLUMNS.length,
    );
  });

  it('the timeseries and concentration exports read back equal too', async () => {
    for (const path of [
      '/api/exports/timeseries.csv?from=2023-01-01&to=2023-12-31&groupBy=origin',
      '/api/exports/concentration.csv?from=2023-01-01&to=2023-12-31&dimension=currency',
    ]) {
      const csv = await t.http.get(path);
      const xlsx = await download(t, `${path}&format=xlsx`);
      expect(rowsOf((await workbookOf(xlsx.bytes)).getWorksheet('Data')!)).toEqual(parse(csv.text));
    }
  });

  it('a report with format xlsx stores a workbook named after the report and its window', async () => {
    const report = await t.http.post(
      '/api/reports',
      aReport({
        name: 'Russian crude: by origin',
        format: 'xlsx',
        params: { window: 'all', filters: { origin: ['RU'] } },
      }),
    );
    expect(report.status).toBe(201);
    const run = await t.http.post(`/api/reports/${report.body.id}/run`);
    await waitForRuns(t, report.body.id, 1);
    const file = await download(t, `/api/reports/${report.body.id}/runs/${run.body.runId}/file`);
    const csv = await t.http.get('/api/exports/shipments.csv?origin=RU');
    expect(rowsOf((await workbookOf(file.bytes)).getWorksheet('Data')!)).toEqual(parse(csv.text));
    const named = await fetch(`${t.baseUrl}/api/reports/${report.body.id}/runs/${run.body.runId}/file`, {
      headers: { authorization: `Bearer ${t.adminToken}` },
    });
    expect(named.headers.get('content-disposition')).toBe(
      'attachment; filename="russian-crude-by-origin_all_all.xlsx"',
    );
  });

  it.each([
    ['format=pdf', /format must be one of csv, xlsx/],
    ['columns=wide', /columns must be one of contract, analyst/],
  ])('refuses %s with 400', async (query, message) => {
    const response = await t.http.get(`/api/exports/shipments.csv?${query}`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toMatch(message);
  });
});

describe('a large XLSX export', () => {
  let t: TestApp;
  const COUNT = 6_000;

  beforeAll(async () => {
    t = await startTestApp();
    const rows = Array.from({ length: COUNT }, (_, index) =>
      aShipmentCsvRow({
        reference: `XL-BULK-${index}`,
        volume_tonnes: String(40_000 + index + 0.5),
        arrival_date: `2024-${String((index % 12) + 1).padStart(2, '0')}-15`,
        notes: `cargo ${index} — «${'x'.repeat(index % 40)}»`,
      }),
    );
    const imported = await t.http.post('/api/shipments/import', csvFile(rows), {
      'content-type': 'text/csv',
    });
    expect(imported.body).toMatchObject({ inserted: COUNT, rejectedCount: 0 });
  });
  afterAll(() => t.close());

  // 6,000 rows are about 2 MB of sheet XML: many times the zip entry's buffer, so rows wait for the deflate.
  it('is a complete workbook: every one of 6,000 rows reads back equal to the CSV', async () => {
    const csv = await t.http.get('/api/exports/shipments.csv');
    const xlsx = await download(t, '/api/exports/shipments.csv?format=xlsx');
    expect(xlsx.status).toBe(200);
    const rows = rowsOf((await workbookOf(xlsx.bytes)).getWorksheet('Data')!);
    expect(rows).toHaveLength(COUNT + 1);
    expect(rows).toEqual(parse(csv.text));
  });
});
