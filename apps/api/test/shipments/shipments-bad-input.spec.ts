import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Every bad input named by the foundation issue: a 4xx whose message names the field, and nothing
 * written to PostgreSQL.
 */
describe('POST /api/shipments rejects bad input and writes nothing', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function shipmentCount(): Promise<number> {
    const { rows } = await t.db.pool.query('SELECT count(*)::int AS n FROM shipments');
    return rows[0].n;
  }

  async function expectRejected(body: unknown, field: string, messagePart?: RegExp) {
    const response = await t.http.post('/api/shipments', body);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(response.body.message).toContain(field);
    if (messagePart) expect(response.body.message).toMatch(messagePart);
    expect(response.text).not.toMatch(/\bat .*\.(ts|js):\d+/);
    expect(await shipmentCount()).toBe(0);
  }

  it.each(['reference', 'commodity', 'originCountry', 'transportMode', 'volumeTonnes', 'arrivalDate'])(
    'a missing required field %s',
    async (field) => {
      const body: Record<string, unknown> = aShipmentInput();
      delete body[field];
      await expectRejected(body, field);
    },
  );

  it.each([
    ['zero', 0],
    ['negative', -5],
    ['non-numeric', 'abc'],
    ['more than 3 decimals', 1.2345],
  ])('volumeTonnes %s', async (_label, volumeTonnes) => {
    await expectRejected(aShipmentInput({ volumeTonnes: volumeTonnes as number }), 'volumeTonnes');
  });

  it('volumeTonnes 1e309 (overflows to Infinity when parsed)', async () => {
    const text = JSON.stringify(aShipmentInput({ volumeTonnes: 12345 })).replace(
      '"volumeTonnes":12345',
      '"volumeTonnes":1e309',
    );
    const response = await t.http.post('/api/shipments', text, { 'content-type': 'application/json' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'volumeTonnes' })]);
    expect(await shipmentCount()).toBe(0);
  });

  it('an unknown country ZZ', () =>
    expectRejected(aShipmentInput({ originCountry: 'ZZ' }), 'originCountry', /ZZ/));
  it('an unknown transit country', () =>
    expectRejected(aShipmentInput({ transitCountries: ['AF', 'ZZ'] }), 'transitCountries', /ZZ/));
  it('an unknown currency XYZ', () =>
    expectRejected(aShipmentInput({ paymentCurrency: 'XYZ' }), 'paymentCurrency', /XYZ/));
  it('an unknown commodity', () =>
    expectRejected(aShipmentInput({ commodity: 'bitumen' as never }), 'commodity', /bitumen/));
  it('an unknown transport mode', () =>
    expectRejected(aShipmentInput({ transportMode: 'camel' as never }), 'transportMode'));
  it('an unknown status', () => expectRejected(aShipmentInput({ status: 'lost' as never }), 'status'));
  it('a malformed port code', () =>
    expectRejected(aShipmentInput({ dischargePort: 'PK-KHI' }), 'dischargePort'));
  it('the impossible date 2023-02-30', () =>
    expectRejected(aShipmentInput({ arrivalDate: '2023-02-30' }), 'arrivalDate', /2023-02-30/));
  it('a departure after the arrival', () =>
    expectRejected(
      aShipmentInput({ departureDate: '2023-06-10', arrivalDate: '2023-06-02' }),
      'departureDate',
    ));
  it('a value without a currency', () =>
    expectRejected(aShipmentInput({ paymentCurrency: null }), 'paymentCurrency'));
  it('a currency without a value', () =>
    expectRejected(aShipmentInput({ valueAmount: null }), 'valueAmount'));
  it('an IMO number with a wrong check digit', () =>
    expectRejected(aShipmentInput({ vesselImo: '9074728' }), 'vesselImo'));
  it('an empty reference', () => expectRejected(aShipmentInput({ reference: '' }), 'reference'));
  it('a 65-character reference', () =>
    expectRejected(aShipmentInput({ reference: 'R'.repeat(65) }), 'reference'));
  it('an unknown extra field (rejected, not dropped)', () =>
    expectRejected(aShipmentInput({ flagState: 'PA' }), 'flagState', /unknown field/));
  it('a JSON array instead of an object', () => expectRejected([aShipmentInput()], 'body'));

  it('malformed JSON answers 400 with a requestId like every other error', async () => {
    const response = await t.http.post('/api/shipments', '{"reference": "X", ', {
      'content-type': 'application/json',
    });
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/Malformed JSON/);
    expect(response.body.requestId).toEqual(expect.any(String));
    expect(response.headers.get('x-request-id')).toBe(response.body.requestId);
    expect(await shipmentCount()).toBe(0);
  });

  it('a body over 1 MB answers 413', async () => {
    const response = await t.http.post('/api/shipments', aShipmentInput({ notes: 'x'.repeat(1_100_000) }));
    expect(response.status).toBe(413);
    expect(response.body.message).toMatch(/larger than the limit/);
    expect(response.body.requestId).toEqual(expect.any(String));
    expect(await shipmentCount()).toBe(0);
  });

  it('a wrong content type answers 415', async () => {
    const response = await t.http.post('/api/shipments', JSON.stringify(aShipmentInput()), {
      'content-type': 'text/plain',
    });
    expect(response.status).toBe(415);
    expect(response.body.message).toMatch(/application\/json/);
    expect(await shipmentCount()).toBe(0);
  });

  it('reports every bad field at once', async () => {
    const response = await t.http.post(
      '/api/shipments',
      aShipmentInput({ originCountry: 'ZZ', paymentCurrency: 'XYZ', volumeTonnes: -1 }),
    );
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'originCountry',
      'paymentCurrency',
      'volumeTonnes',
    ]);
    expect(await shipmentCount()).toBe(0);
  });
});

describe('POST /api/shipments stores hostile and non-Latin text verbatim', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['SQL fragments', "x'); DROP TABLE shipments; --"],
    ['script fragments', '<script>alert("pwned")</script><img src=x onerror=alert(1)>'],
    ['non-Latin text', 'پہلا روسی خام تیل کا جہاز — 第一批俄罗斯原油 — Первая партия нефти ✓'],
    ['formula-looking text', '=HYPERLINK("http://evil")'],
  ])('%s in notes and importer', async (_label, text) => {
    const body = aShipmentInput({ notes: text, importer: text.slice(0, 200) });
    const created = await t.http.post('/api/shipments', body);
    expect(created.status).toBe(201);
    expect(created.body.notes).toBe(text);
    const fetched = await t.http.get(`/api/shipments/${created.body.id}`);
    expect(fetched.body.notes).toBe(text);
    expect(fetched.body.importer).toBe(text.slice(0, 200));
    const { rows } = await t.db.pool.query('SELECT notes FROM shipments WHERE reference = $1', [
      body.reference,
    ]);
    expect(rows[0].notes).toBe(text);
    const { rows: tables } = await t.db.pool.query("SELECT to_regclass('public.shipments') AS t");
    expect(tables[0].t).toBe('shipments');
  });
});
