import { startTestApp, type TestApp } from '../support/test-app';
import { CSV_HEADER, csvFile, csvLine } from '../support/shipment-csv';
import { aShipmentCsvRow } from '@tradeflow/domain/testing';

describe('POST /api/shipments/import stores good files', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.db.pool.query('DELETE FROM shipments'));

  const importCsv = (body: string | Buffer, query = '') =>
    t.http.post(`/api/shipments/import${query}`, body, { 'content-type': 'text/csv; charset=utf-8' });

  async function storedReferences(): Promise<string[]> {
    const { rows } = await t.db.pool.query('SELECT reference FROM shipments ORDER BY reference');
    return rows.map((row) => row.reference);
  }

  it('a header-only file: 200, nothing to do', async () => {
    const response = await importCsv(`${CSV_HEADER}\n`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ inserted: 0, updated: 0, skipped: 0, rejected: [], rejectedCount: 0 });
  });

  it('a header-only file without a final line break', async () => {
    const response = await importCsv(CSV_HEADER);
    expect(response.status).toBe(200);
    expect(response.body.inserted).toBe(0);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('%s line ends', async (_name, eol) => {
    const response = await importCsv(
      csvFile([aShipmentCsvRow({ reference: 'EOL-1' }), aShipmentCsvRow({ reference: 'EOL-2' })], eol),
    );
    expect(response.status).toBe(200);
    expect(response.body.inserted).toBe(2);
    expect(await storedReferences()).toEqual(['EOL-1', 'EOL-2']);
    const { rows } = await t.db.pool.query("SELECT status, notes FROM shipments WHERE reference = 'EOL-2'");
    expect(rows[0]).toEqual({ status: 'delivered', notes: null });
  });

  it('a UTF-8 byte order mark (Excel "CSV UTF-8")', async () => {
    const response = await importCsv(
      `\uFEFF${csvFile([aShipmentCsvRow({ reference: 'BOM-1', importer: 'Société Générale' })])}`,
    );
    expect(response.status).toBe(200);
    expect(response.body.inserted).toBe(1);
    const { rows } = await t.db.pool.query('SELECT reference, importer FROM shipments');
    expect(rows).toEqual([{ reference: 'BOM-1', importer: 'Société Générale' }]);
  });

  it('stores what the JSON API stores: barrels in numeric, transit countries, defaults, neutralised cells restored', async () => {
    const body = csvFile([
      aShipmentCsvRow({
        reference: "'=CARGO-1",
        commodity: 'lpg',
        transport_mode: 'road',
        transit_countries: 'UZ|AF',
        volume_tonnes: '20.125',
        value_amount: '',
        payment_currency: '',
        status: '',
        notes: '\'+ 5 t short, "wet"\nsecond line',
      }),
    ]);
    const response = await importCsv(body);
    expect(response.status).toBe(200);
    const { rows } = await t.db.pool.query(
      'SELECT id, reference, transit_countries, volume_tonnes, volume_barrels, value_amount, status, notes FROM shipments',
    );
    expect(rows).toEqual([
      {
        id: expect.any(String),
        reference: '=CARGO-1',
        transit_countries: ['UZ', 'AF'],
        volume_tonnes: '20.125',
        volume_barrels: '233.450', // 20.125 * 11.6
        value_amount: null,
        status: 'delivered',
        notes: '+ 5 t short, "wet"\nsecond line',
      },
    ]);
    const byApi = await t.http.get(`/api/shipments/${rows[0].id}`);
    expect(byApi.body.reference).toBe('=CARGO-1');
  });

  it('mixed CRLF and LF, blank lines, and a last line without a line break', async () => {
    const body = `${CSV_HEADER}\r\n${csvLine(aShipmentCsvRow({ reference: 'MIX-1' }))}\n\n${csvLine(aShipmentCsvRow({ reference: 'MIX-2' }))}`;
    const response = await importCsv(body);
    expect(response.status).toBe(200);
    expect(response.body.inserted).toBe(2);
  });

  it('mode=partial stores the good lines and reports the bad by physical line, counting quoted line breaks', async () => {
    const body = csvFile(
      [
        aShipmentCsvRow({ reference: 'P-1', notes: 'three\r\nline\nnote' }), // lines 2-4
        aShipmentCsvRow({ reference: 'P-2', origin_country: 'ZZ' }), // line 5
        aShipmentCsvRow({ reference: 'P-3', notes: 'two\nlines' }), // lines 6-7
        aShipmentCsvRow({ reference: 'P-4', volume_tonnes: '-1' }), // line 8
        aShipmentCsvRow({ reference: 'P-5', notes: '"quoted"' }), // line 9
      ],
      '\r\n',
    );
    const response = await importCsv(body, '?mode=partial');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      inserted: 3,
      updated: 0,
      skipped: 0,
      rejectedCount: 2,
      rejected: [
        {
          line: 5,
          reference: 'P-2',
          errors: [{ field: 'origin_country', message: expect.stringContaining('"ZZ"') }],
        },
        {
          line: 8,
          reference: 'P-4',
          errors: [{ field: 'volume_tonnes', message: 'must be greater than 0' }],
        },
      ],
    });
    expect(await storedReferences()).toEqual(['P-1', 'P-3', 'P-5']);
    const audit = await t.http.get('/api/audit?entityType=shipment-import&action=shipment.import');
    expect(audit.body.items[0]).toMatchObject({
      action: 'shipment.import',
      after: { mode: 'partial', onConflict: 'error', inserted: 3, rejectedCount: 2 },
    });
  });

  it('mode=partial drops every line of a reference that is duplicated in the file', async () => {
    const body = csvFile([
      aShipmentCsvRow({ reference: 'D-1' }),
      aShipmentCsvRow({ reference: 'D-2' }),
      aShipmentCsvRow({ reference: 'D-1' }),
    ]);
    const response = await importCsv(body, '?mode=partial');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ inserted: 1, rejectedCount: 2 });
    expect(response.body.rejected.map((r: { line: number }) => r.line)).toEqual([2, 4]);
    expect(await storedReferences()).toEqual(['D-2']);
  });

  it('a multipart upload in the field "file"', async () => {
    const form = new FormData();
    form.append(
      'file',
      new Blob([csvFile([aShipmentCsvRow({ reference: 'MULTI-1' })])], { type: 'text/csv' }),
      'ship.csv',
    );
    const response = await fetch(`${t.baseUrl}/api/shipments/import?mode=partial`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${t.adminToken}` },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { message: string; inserted: number }).inserted).toBe(1);
    expect(await storedReferences()).toEqual(['MULTI-1']);
  });

  it('a multipart upload without a "file" field: 400, nothing written', async () => {
    const form = new FormData();
    form.append('upload', new Blob([csvFile([aShipmentCsvRow()])], { type: 'text/csv' }), 'ship.csv');
    const response = await fetch(`${t.baseUrl}/api/shipments/import`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${t.adminToken}` },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string; inserted: number }).message).toMatch(
      /in a field named "file" \(got "upload"\)/,
    );
    expect(await storedReferences()).toEqual([]);
  });

  it('a multipart body with only text fields: 400', async () => {
    const form = new FormData();
    form.append('mode', 'partial');
    const response = await fetch(`${t.baseUrl}/api/shipments/import`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${t.adminToken}` },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string; inserted: number }).message).toMatch(/has no file/);
  });
});
