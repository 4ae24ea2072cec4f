import { randomBytes } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/test-app';
import { CSV_HEADER, csvFile, csvLine } from '../support/shipment-csv';
import { aShipmentCsvRow } from '@tradeflow/domain/testing';

/**
 * Every bad file named by the CSV issue: the 4xx, the message, and that nothing was written.
 * The default mode is atomic: one bad line and the whole file is refused.
 */
describe('POST /api/shipments/import refuses bad files and writes nothing', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const importCsv = (body: string | Buffer, query = '') =>
    t.http.post(`/api/shipments/import${query}`, body, { 'content-type': 'text/csv' });

  async function shipmentCount(): Promise<number> {
    const { rows } = await t.db.pool.query('SELECT count(*)::int AS n FROM shipments');
    return rows[0].n;
  }

  async function expectRefused(body: string | Buffer, message: RegExp) {
    const response = await importCsv(body);
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(message);
    expect(response.text).not.toMatch(/\bat .*\.(ts|js):\d+/);
    expect(await shipmentCount()).toBe(0);
    return response;
  }

  it('a wrong header: names the column that differs', async () => {
    const body = csvFile([aShipmentCsvRow()]).replace('origin_country', 'origin');
    await expectRefused(
      body,
      /line 1 must be the header .*column 3 is "origin" where origin_country was expected/,
    );
  });

  it('a missing header (the file starts with data)', async () => {
    const body = `${csvLine(aShipmentCsvRow({ reference: 'NO-HEADER-1' }))}\n`;
    await expectRefused(
      body,
      /line 1 must be the header .*column 1 is "NO-HEADER-1" where reference was expected/,
    );
  });

  it('a header with a column too few', async () => {
    const body = `${CSV_HEADER.replace(/,notes,destination_country,price_basis,chokepoints$/, '')}\n`;
    await expectRefused(body, /column 18 \(notes\) is missing/);
  });

  it('an extra column on a line: that line is reported', async () => {
    const good = aShipmentCsvRow();
    const bad = aShipmentCsvRow({ reference: 'EXTRA-COLUMN' });
    const body = `${CSV_HEADER}\n${csvLine(good)}\n${csvLine(bad)},surplus\n`;
    const response = await expectRefused(body, /1 line\(s\) rejected; nothing was imported/);
    expect(response.body.rejected).toEqual([
      {
        line: 3,
        reference: 'EXTRA-COLUMN',
        errors: [
          {
            field: 'columns',
            message: 'the line has 22 fields, 21 expected (quote values that contain commas)',
          },
        ],
      },
    ]);
    expect(response.body).toMatchObject({ inserted: 0, updated: 0, skipped: 0, rejectedCount: 1 });
  });

  it('a missing column on a line', async () => {
    const line = csvLine(aShipmentCsvRow({ reference: 'SHORT-LINE' })).replace(/,[^,]*$/, '');
    const response = await expectRefused(`${CSV_HEADER}\n${line}\n`, /rejected/);
    expect(response.body.rejected).toEqual([
      {
        line: 2,
        reference: 'SHORT-LINE',
        errors: [{ field: 'columns', message: 'the line has 20 fields, 21 expected' }],
      },
    ]);
  });

  it('an unterminated quote: names the line where the quote opens', async () => {
    const body = `${csvFile([aShipmentCsvRow(), aShipmentCsvRow()])}${csvLine(aShipmentCsvRow()).replace(/,$/, ',"never closed\n')}${csvLine(aShipmentCsvRow())}\n`;
    await expectRefused(body, /not valid CSV: line 4: a quoted field opens here and is never closed/);
  });

  it('a stray quote inside an unquoted field', async () => {
    const body = csvFile([aShipmentCsvRow(), aShipmentCsvRow({ vessel_name: 'ab' })]).replace(
      ',ab,',
      ',a"b,',
    );
    await expectRefused(body, /not valid CSV: line 3: a quote inside an unquoted field/);
  });

  it('an empty file', async () => {
    await expectRefused('', /The file is empty: line 1 must be the header "reference,commodity,/);
  });

  it('binary garbage', async () => {
    const garbage = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]),
      randomBytes(64 * 1024),
    ]);
    await expectRefused(garbage, /The file is not UTF-8 text/);
  });

  it('text that is not a CSV of shipments', async () => {
    await expectRefused('<html><body>not a csv</body></html>\n', /line 1 must be the header/);
  });

  it('Latin-1 text (not UTF-8)', async () => {
    const body = Buffer.from(csvFile([aShipmentCsvRow({ importer: 'Société Générale' })]), 'latin1');
    await expectRefused(body, /not UTF-8 .*after byte \d+/);
  });

  it('duplicate references inside the file: every occurrence, with its lines', async () => {
    const body = csvFile([
      aShipmentCsvRow({ reference: 'DUP-1' }),
      aShipmentCsvRow(),
      aShipmentCsvRow({ reference: 'DUP-1', volume_tonnes: '1' }),
    ]);
    const response = await expectRefused(body, /2 line\(s\) rejected/);
    const message = 'appears on more than one line of the file (lines 2, 4); none of them is imported';
    expect(response.body.rejected).toEqual([
      { line: 2, reference: 'DUP-1', errors: [{ field: 'reference', message }] },
      { line: 4, reference: 'DUP-1', errors: [{ field: 'reference', message }] },
    ]);
  });

  it('a body that is JSON: 415', async () => {
    const response = await t.http.post('/api/shipments/import', { reference: 'x' });
    expect(response.status).toBe(415);
    expect(response.body.message).toMatch(/Content-Type must be text\/csv .* or multipart\/form-data/);
    expect(await shipmentCount()).toBe(0);
  });

  it('unknown mode and onConflict values: 400 naming the parameter', async () => {
    const response = await importCsv(csvFile([aShipmentCsvRow()]), '?mode=best-effort&onConflict=merge');
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: 'mode', message: 'mode must be one of atomic, partial' },
      { field: 'onConflict', message: 'onConflict must be one of error, skip, update' },
    ]);
    expect(await shipmentCount()).toBe(0);
  });
});
