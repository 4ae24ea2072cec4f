import { FakeClock } from '../support/fake-clock';
import type { ChokepointCode } from '@tradeflow/domain';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';

// Notes and references a CSV round trip or a spreadsheet can break.
const TRICKY = [
  { reference: 'RT-COMMA', notes: 'Karachi, then Port Qasim, then back' },
  { reference: 'RT-QUOTES', notes: 'the "first" cargo, 5\'6" draught' },
  { reference: 'RT-NEWLINES', notes: 'line one\nline two\r\nline three\rafter a lone CR' },
  { reference: 'RT-URDU', notes: 'کراچی پہنچا — 到达卡拉奇 — прибыл в Карачи 🛢️' },
  { reference: '=RT-FORMULA', notes: '=HYPERLINK("http://evil.example","click")' },
  { reference: '+RT-PLUS', notes: '+1 cargo' },
  { reference: '-RT-MINUS', notes: '-5 t short' },
  { reference: '@RT-AT', notes: '@SUM(A1:A9)' },
  { reference: 'RT-TAB', notes: '\tindented by a tab' },
  { reference: "'RT-QUOTE-PREFIX", notes: "'=already quoted once" },
  { reference: 'RT-APOSTROPHE', notes: "'plain apostrophe" },
  { reference: 'RT-EMPTY-NOTES', notes: null },
  { reference: 'RT-BACKSLASH', notes: 'C:\\tradeflow\\in\\t.csv' },
];

describe('GET /api/exports/shipments.csv -> import into an empty database -> export: identical bytes', () => {
  let source: TestApp;
  let target: TestApp;

  beforeAll(async () => {
    [source, target] = await Promise.all([startTestApp(), startTestApp()]);
    for (const [i, tricky] of TRICKY.entries()) {
      const response = await source.http.post(
        '/api/shipments',
        aShipmentInput({
          ...tricky,
          arrivalDate: `2024-02-${String(10 + i).padStart(2, '0')}`,
          volumeTonnes: [45000, 45000.5, 0.001, 12.345, 999999.999][i % 5],
          valueAmount: i % 3 === 0 ? null : [130000000, 0, 12.34][i % 3],
          paymentCurrency: i % 3 === 0 ? null : 'CNY',
          transitCountries: i % 2 ? ['UZ', 'AF'] : [],
          commodity: i % 2 ? 'lpg' : 'crude_oil',
          vesselImo: i % 4 ? '9074729' : null,
          // Importers: given with no port (IN), derived from the port (PK), given with its port (PK).
          ...[{ dischargePort: null, destinationCountry: 'IN' }, {}, { destinationCountry: 'PK' }][i % 3],
          // Every basis, and none given (stored and exported as unknown).
          priceBasis: (['CIF', null, 'FOB', 'DES', 'CFR'] as const)[i % 5],
          // Chokepoint overrides (the last two): a list, and "passes none"; the others are derived.
          chokepoints:
            ([['cape_of_good_hope', 'bab_el_mandeb'], []] as ChokepointCode[][])[TRICKY.length - 1 - i] ??
            null,
        }),
      );
      expect(response.status).toBe(201);
    }
  });
  afterAll(() => Promise.all([source.close(), target.close()]));

  const exportFrom = async (app: TestApp, query = '') => {
    const response = await fetch(`${app.baseUrl}/api/exports/shipments.csv${query}`, {
      headers: { authorization: `Bearer ${app.adminToken}` },
    });
    expect(response.status).toBe(200);
    return { headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  it.each([
    ['without a BOM', ''],
    ['with a BOM (?bom=true)', '?bom=true'],
  ])('is lossless %s', async (_label, query) => {
    await target.db.pool.query('DELETE FROM shipments');
    const first = await exportFrom(source, query);
    const imported = await target.http.post('/api/shipments/import', first.bytes, {
      'content-type': 'text/csv',
    });
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ inserted: TRICKY.length, rejectedCount: 0 });
    const second = await exportFrom(target, query);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    expect(second.bytes.toString('utf8')).toBe(first.bytes.toString('utf8'));
  });

  it('stores exactly what was exported from', async () => {
    await target.db.pool.query('DELETE FROM shipments');
    await target.http.post('/api/shipments/import', (await exportFrom(source)).bytes, {
      'content-type': 'text/csv',
    });
    const columns =
      'reference, commodity, transit_countries, volume_tonnes, volume_barrels, value_amount, payment_currency, arrival_date, vessel_imo, notes, destination_country, price_basis';
    const query = `SELECT ${columns} FROM shipments ORDER BY reference`;
    expect((await target.db.pool.query(query)).rows).toEqual((await source.db.pool.query(query)).rows);
  });

  it('writes RFC 4180 with CRLF line ends, neutralises formula-like text, and numbers as plain decimals', async () => {
    const { bytes, headers } = await exportFrom(source, '?sort=reference:asc');
    const text = bytes.toString('utf8');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(
      text.startsWith(
        'reference,commodity,origin_country,load_port,discharge_port,transport_mode,transit_countries,volume_tonnes,value_amount,payment_currency,contract_date,departure_date,arrival_date,vessel_name,vessel_imo,importer,status,notes,destination_country,price_basis,chokepoints\r\n',
      ),
    ).toBe(true);
    expect(text).toContain("\r\n'+RT-PLUS,lpg,");
    expect(text).toContain(',"\'=HYPERLINK(""http://evil.example"",""click"")",PK,CFR,\r\n');
    expect(text).toContain(',"line one\nline two\r\nline three\rafter a lone CR",PK,FOB,\r\n');
    expect(text).toContain(",''=already quoted once,IN,CFR,\r\n");
    expect(text).toContain(",'plain apostrophe,PK,CIF,\r\n");
    expect(text).toContain(",'\tindented by a tab,PK,DES,\r\n");
    expect(text).toMatch(/,UZ\|AF,45000\.5,12\.34,CNY,/);
    expect(text).toMatch(/,0\.001,,,/);
    expect(text).not.toMatch(/\d\.\d*0,/); // no trailing zeros
    expect(text).not.toMatch(/\de[+-]?\d/); // no exponents
    expect(text).toMatch(/,PK,unknown,(none|[a-z_|]+)?\r\n/);
  });
});

describe('GET /api/exports/shipments.csv parameters', () => {
  // The export's file name carries the server's date: a fixed clock makes it known in advance.
  const time = new FakeClock('2026-03-10T23:59:59Z');
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, {}, { clock: time.clock });
    for (const [reference, originCountry, arrivalDate, volumeTonnes] of [
      ['P-SA-1', 'SA', '2023-01-15', 80000],
      ['P-RU-1', 'RU', '2023-06-11', 45000],
      ['P-RU-2', 'RU', '2023-09-01', 90000],
      ['P-AE-1', 'AE', '2024-01-01', 60000],
    ] as const) {
      const created = await t.http.post(
        '/api/shipments',
        aShipmentInput({ reference, originCountry, arrivalDate, volumeTonnes, departureDate: null }),
      );
      expect(created.status).toBe(201);
    }
  });
  afterAll(() => t.close());

  const references = (text: string) =>
    text
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[0]);

  it('applies the shipment filters and sort, and names the file after the range', async () => {
    const response = await t.http.get(
      '/api/exports/shipments.csv?from=2023-01-01&to=2023-12-31&origin=RU,SA&sort=volumeTonnes:desc',
    );
    expect(response.status).toBe(200);
    expect(references(response.text)).toEqual(['P-RU-2', 'P-SA-1', 'P-RU-1']);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="tradeflow-shipments-2023-01-01_2023-12-31-2026-03-10.csv"',
    );
  });

  it('defaults to every shipment, newest arrival first, file named all_all', async () => {
    const response = await t.http.get('/api/exports/shipments.csv');
    expect(references(response.text)).toEqual(['P-AE-1', 'P-RU-2', 'P-RU-1', 'P-SA-1']);
    expect(response.headers.get('content-disposition')).toMatch(
      /filename="tradeflow-shipments-all_all-\d{4}-\d{2}-\d{2}\.csv"/,
    );
  });

  it('answers just the header when nothing matches', async () => {
    const response = await t.http.get('/api/exports/shipments.csv?origin=KW');
    expect(response.text).toBe(`${response.text.split('\r\n')[0]}\r\n`);
  });

  it('prepends a UTF-8 BOM only when asked', async () => {
    const withBom = await fetch(`${t.baseUrl}/api/exports/shipments.csv?bom=true`, {
      headers: { authorization: `Bearer ${t.adminToken}` },
    });
    const bytes = Buffer.from(await withBom.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x72]);
  });

  it.each([
    ['bom=yes', 'bom', /bom must be true or false/],
    ['sort=notes:asc', 'sort', /sort must be field:asc or field:desc/],
    ['origin=ZZ', 'origin', /ZZ/],
    ['from=2023-02-30', 'from', /real calendar date/],
    ['limit=10', 'limit', /unknown field/],
  ])('400 for %s', async (query, field, message) => {
    const response = await t.http.get(`/api/exports/shipments.csv?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field, message: expect.stringMatching(message) }]);
  });
});
