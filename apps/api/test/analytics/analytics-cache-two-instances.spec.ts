import { aComtradeRow, comtradeFile, CSV } from '../support/comtrade-csv';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Analytics answers are kept in each process per data version (a counter in PostgreSQL bumped by
 * triggers in the writing transaction). Two instances on one database: a write through one is in
 * the very next answer of the other, and ETags follow the data.
 */
describe('analytics and listing cache and ETags, two instances on one database', () => {
  let first: TestApp;
  let second: TestApp;
  const summary = '/api/analytics/summary?groupBy=origin&from=2023-01-01&to=2023-12-31';
  // A browser revalidating from its cache sends max-age=0; fetch() would add no-cache (never fresh).
  const revalidate = (etag: string) => ({ 'if-none-match': etag, 'cache-control': 'max-age=0' });

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp({}, {}, { sharedDb: first.db });
    const created = await first.http.post(
      '/api/shipments',
      aShipmentInput({ originCountry: 'SA', volumeTonnes: 1000 }),
    );
    expect(created.status).toBe(201);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('answers a shipment written on one instance in the next read on the other', async () => {
    const before = await second.http.get(summary);
    expect(before.body).toMatchObject({ shipmentCount: 1, totalTonnes: 1000 });
    expect((await second.http.get(summary)).body).toEqual(before.body);

    const created = await first.http.post(
      '/api/shipments',
      aShipmentInput({ originCountry: 'KW', volumeTonnes: 500 }),
    );
    expect(created.status).toBe(201);
    expect((await second.http.get(summary)).body).toMatchObject({ shipmentCount: 2, totalTonnes: 1500 });

    expect((await first.http.delete(`/api/shipments/${created.body.id}`)).status).toBe(204);
    expect((await second.http.get(summary)).body).toMatchObject({ shipmentCount: 1, totalTonnes: 1000 });
  });

  it('lists a shipment written on one instance in the next listing on the other', async () => {
    const listing = '/api/shipments?limit=50&sort=arrivalDate:desc';
    const before = (await second.http.get(listing)).body.total as number;
    expect((await second.http.get(listing)).body.total).toBe(before);
    const created = await first.http.post('/api/shipments', aShipmentInput({ reference: 'CACHE-LISTED' }));
    expect(created.status).toBe(201);
    const after = await second.http.get(listing);
    expect(after.body.total).toBe(before + 1);
    expect(after.body.items.map((item: { reference: string }) => item.reference)).toContain('CACHE-LISTED');
    expect((await first.http.patch(`/api/shipments/${created.body.id}`, { volumeTonnes: 777 })).status).toBe(
      200,
    );
    const patched = (await second.http.get(listing)).body.items.find(
      (item: { reference: string }) => item.reference === 'CACHE-LISTED',
    );
    expect(patched.volumeTonnes).toBe(777);
    expect((await first.http.delete(`/api/shipments/${created.body.id}`)).status).toBe(204);
    expect((await second.http.get(listing)).body.total).toBe(before);
  });

  it('answers 304 to If-None-Match with the current ETag, on either instance, until the data changes', async () => {
    const answer = await first.http.get(summary);
    const etag = answer.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(answer.headers.get('cache-control')).toBe('private, no-cache');

    for (const t of [first, second]) {
      const revalidated = await t.http.get(summary, revalidate(etag!));
      expect(revalidated.status).toBe(304);
      expect(revalidated.text).toBe('');
    }

    expect((await first.http.post('/api/shipments', aShipmentInput({ volumeTonnes: 250 }))).status).toBe(201);
    const changed = await second.http.get(summary, revalidate(etag!));
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ shipmentCount: 2, totalTonnes: 1250 });
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('gives the same query with its parameters in another order the same ETag', async () => {
    const a = await second.http.get('/api/analytics/summary?from=2023-01-01&groupBy=currency&to=2023-12-31');
    const b = await second.http.get('/api/analytics/summary?to=2023-12-31&groupBy=currency&from=2023-01-01');
    expect(a.status).toBe(200);
    expect(b.headers.get('etag')).toBe(a.headers.get('etag'));
    const other = await second.http.get(
      '/api/analytics/summary?groupBy=origin&from=2023-01-01&to=2023-12-31',
    );
    expect(other.headers.get('etag')).not.toBe(a.headers.get('etag'));
  });

  it('answers an fx rate uploaded on one instance in the next USD figure on the other', async () => {
    const url = '/api/analytics/summary?groupBy=currency&from=2023-06-01&to=2023-06-30';
    expect(
      (
        await first.http.post(
          '/api/shipments',
          aShipmentInput({
            reference: 'CACHE-CNY',
            paymentCurrency: 'CNY',
            valueAmount: 1000,
            arrivalDate: '2023-06-15',
          }),
        )
      ).status,
    ).toBe(201);
    const before = await second.http.get(url);
    const cnyBefore = before.body.groups.find((g: { key: string }) => g.key === 'CNY');
    expect(cnyBefore).toBeDefined();
    expect(before.body.shipmentsWithoutFxRate).toBeGreaterThanOrEqual(1);

    expect(
      (
        await first.http.put('/api/fx-rates', {
          rates: [{ currency: 'CNY', date: '2023-06-01', usdPerUnit: 0.5 }],
        })
      ).status,
    ).toBe(200);
    const after = await second.http.get(url);
    expect(after.body.totalValueUsd).toBeCloseTo(before.body.totalValueUsd + 500, 2);
    expect(after.body.shipmentsWithoutFxRate).toBe(before.body.shipmentsWithoutFxRate - 1);
  });

  it('answers official statistics imported on one instance in the next official summary on the other', async () => {
    const url = '/api/analytics/summary?source=official&groupBy=origin&from=2023-01-01&to=2023-12-31';
    const before = await second.http.get(url);
    expect(before.status).toBe(200);
    const imported = await first.http.post('/api/official-stats/import', comtradeFile([aComtradeRow()]), CSV);
    expect(imported.body).toMatchObject({ inserted: 1 });
    const after = await second.http.get(url);
    expect(after.body.totalTonnes).toBeGreaterThan(before.body.totalTonnes);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
  });

  it('sends no ETag with a refused query and never answers it from the cache', async () => {
    const bad = await second.http.get('/api/analytics/summary?groupBy=planet');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('etag')).toBeNull();
    const again = await second.http.get('/api/analytics/summary?groupBy=planet', revalidate('"x"'));
    expect(again.status).toBe(400);
    expect(again.body.errors[0].field).toBe('groupBy');
  });
});
