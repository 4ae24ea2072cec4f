import { startTestApp, type TestApp } from '../support/test-app';

const count = async (t: TestApp, sql: string) => (await t.db.pool.query(sql)).rows[0].n as number;
const storedPrices = (t: TestApp) => count(t, 'SELECT count(*)::int AS n FROM benchmark_prices');
const auditEntries = (t: TestApp) =>
  count(t, "SELECT count(*)::int AS n FROM audit_log WHERE action = 'benchmark-price.upsert'");

describe('benchmark price series (PUT /api/benchmarks/:code/prices)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists the four built-in benchmarks, monthly and without prices', async () => {
    const { status, body } = await t.http.get('/api/benchmarks');
    expect(status).toBe(200);
    expect(body.map((b: { code: string }) => b.code)).toEqual(['BRENT', 'DUBAI', 'URALS', 'WTI']);
    expect(body[1]).toMatchObject({
      name: 'Dubai/Oman',
      frequency: 'monthly',
      priceCount: 0,
      firstDate: null,
    });
  });

  it('stores monthly prices from JSON (YYYY-MM or the 1st), replaces them by date, and audits each upload', async () => {
    const first = await t.http.put('/api/benchmarks/BRENT/prices', {
      prices: [
        { date: '2023-05', usdPerBarrel: 75.47 },
        { date: '2023-06-01', usdPerBarrel: 74.84 },
      ],
    });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ inserted: 2, updated: 0 });
    const again = await t.http.put('/api/benchmarks/BRENT/prices', {
      prices: [{ date: '2023-06', usdPerBarrel: 74.9 }],
    });
    expect(again.body).toEqual({ inserted: 0, updated: 1 });
    const listed = await t.http.get('/api/benchmarks/BRENT/prices?from=2023-01-01');
    expect(listed.body).toEqual({
      code: 'BRENT',
      frequency: 'monthly',
      items: [
        { date: '2023-05-01', usdPerBarrel: 75.47 },
        { date: '2023-06-01', usdPerBarrel: 74.9 },
      ],
      total: 2,
    });
    const { rows } = await t.db.pool.query(
      "SELECT entity_id, before, after FROM audit_log WHERE action = 'benchmark-price.upsert' ORDER BY id",
    );
    expect(rows).toEqual([
      {
        entity_id: 'BRENT 2023-05-01..2023-06-01',
        before: [],
        after: [
          { date: '2023-05-01', usdPerBarrel: 75.47 },
          { date: '2023-06-01', usdPerBarrel: 74.84 },
        ],
      },
      {
        entity_id: 'BRENT 2023-06-01..2023-06-01',
        before: [{ date: '2023-06-01', usdPerBarrel: 74.84 }],
        after: [{ date: '2023-06-01', usdPerBarrel: 74.9 }],
      },
    ]);
  });

  it('stores a CSV upload (text/csv) of date,usd_per_barrel', async () => {
    const { status, body } = await t.http.put(
      '/api/benchmarks/DUBAI/prices',
      'date,usd_per_barrel\r\n2023-05,75.13\r\n2023-06,74.83\r\n',
      { 'content-type': 'text/csv' },
    );
    expect(status).toBe(200);
    expect(body).toEqual({ inserted: 2, updated: 0 });
    const listed = await t.http.get('/api/benchmarks/DUBAI/prices');
    expect(listed.body.items).toEqual([
      { date: '2023-05-01', usdPerBarrel: 75.13 },
      { date: '2023-06-01', usdPerBarrel: 74.83 },
    ]);
  });

  describe('refuses bad input with a 400 naming the field, and writes nothing', () => {
    let pricesBefore: number;
    let auditsBefore: number;
    beforeEach(async () => {
      pricesBefore = await storedPrices(t);
      auditsBefore = await auditEntries(t);
    });
    afterEach(async () => {
      expect(await storedPrices(t)).toBe(pricesBefore);
      expect(await auditEntries(t)).toBe(auditsBefore);
    });

    it('an unknown benchmark code', async () => {
      const { status, body } = await t.http.put('/api/benchmarks/MURBAN/prices', {
        prices: [{ date: '2023-06', usdPerBarrel: 76 }],
      });
      expect(status).toBe(400);
      expect(body.errors).toEqual([
        {
          field: 'code',
          message: expect.stringMatching(/^unknown benchmark "MURBAN"; defined: BRENT, DUBAI, URALS, WTI/),
        },
      ]);
    });

    it('a duplicate date in one JSON upload (YYYY-MM and its 1st are the same month)', async () => {
      const { status, body } = await t.http.put('/api/benchmarks/WTI/prices', {
        prices: [
          { date: '2023-07', usdPerBarrel: 76.07 },
          { date: '2023-08', usdPerBarrel: 81.39 },
          { date: '2023-07-01', usdPerBarrel: 76 },
        ],
      });
      expect(status).toBe(400);
      expect(body.errors).toEqual([
        {
          field: 'prices[2].date',
          message: '2023-07-01 is there twice (also prices[0]); send each month once',
        },
      ]);
    });

    it('a negative price in JSON, next to good ones', async () => {
      const { status, body } = await t.http.put('/api/benchmarks/WTI/prices', {
        prices: [
          { date: '2023-07', usdPerBarrel: 76.07 },
          { date: '2023-08', usdPerBarrel: -37.63 },
        ],
      });
      expect(status).toBe(400);
      expect(body.errors).toEqual([
        { field: 'prices[1].usdPerBarrel', message: 'must be greater than 0, got -37.63' },
      ]);
      expect(body.message).toContain('prices[1].usdPerBarrel');
    });

    it('a negative price and a duplicate date in a CSV, named by line and column', async () => {
      const { status, body } = await t.http.put(
        '/api/benchmarks/WTI/prices',
        'date,usd_per_barrel\n2023-07,76.07\n2023-08,-37.63\n\n2023-07,77\n',
        { 'content-type': 'text/csv' },
      );
      expect(status).toBe(400);
      expect(body.errors).toEqual([
        { field: 'line 3: usd_per_barrel', message: 'must be greater than 0, got -37.63' },
        { field: 'line 5: date', message: '2023-07 is there twice (also line 2); send each month once' },
      ]);
    });

    it('a day that is not the 1st in a monthly series, and a CSV with the wrong header', async () => {
      const day = await t.http.put('/api/benchmarks/WTI/prices', {
        prices: [{ date: '2023-07-15', usdPerBarrel: 76 }],
      });
      expect(day.status).toBe(400);
      expect(day.body.errors[0]).toMatchObject({ field: 'prices[0].date' });
      expect(day.body.errors[0].message).toMatch(/monthly/);
      const header = await t.http.put('/api/benchmarks/WTI/prices', 'month,price\n2023-07,76\n', {
        'content-type': 'text/csv',
      });
      expect(header.status).toBe(400);
      expect(header.body.errors).toEqual([
        { field: 'line 1', message: 'the header must be date,usd_per_barrel' },
      ]);
    });
  });

  it('lets an admin define a daily benchmark whose prices are dated by day', async () => {
    const defined = await t.http.put('/api/benchmarks/BRENT_DAILY', {
      name: 'Dated Brent (daily)',
      frequency: 'daily',
    });
    expect(defined.status).toBe(200);
    expect(defined.body).toMatchObject({ code: 'BRENT_DAILY', frequency: 'daily', priceCount: 0 });
    const stored = await t.http.put('/api/benchmarks/BRENT_DAILY/prices', {
      prices: [
        { date: '2023-06-01', usdPerBarrel: 74.28 },
        { date: '2023-06-02', usdPerBarrel: 76.13 },
      ],
    });
    expect(stored.body).toEqual({ inserted: 2, updated: 0 });
    const changed = await t.http.put('/api/benchmarks/BRENT_DAILY', {
      name: 'Dated Brent',
      frequency: 'monthly',
    });
    expect(changed.status).toBe(409);
    const { rows } = await t.db.pool.query(
      "SELECT action, entity_id FROM audit_log WHERE entity_type = 'benchmark' AND action LIKE 'benchmark.%'",
    );
    expect(rows).toEqual([{ action: 'benchmark.create', entity_id: 'BRENT_DAILY' }]);
  });

  it('refuses a malformed benchmark code when defining one', async () => {
    const { status, body } = await t.http.put('/api/benchmarks/brent', { name: 'lower case' });
    expect(status).toBe(400);
    expect(body.errors[0].field).toBe('code');
    expect(
      await count(
        t,
        "SELECT count(*)::int AS n FROM benchmarks WHERE code ILIKE 'brent' AND code <> 'BRENT'",
      ),
    ).toBe(0);
  });
});
