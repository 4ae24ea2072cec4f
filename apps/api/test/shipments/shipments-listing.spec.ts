import type { Shipment } from '@tradeflow/domain';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';

describe('GET /api/shipments: filters, sorting, pagination', () => {
  let t: TestApp;
  const rows = [
    aShipmentInput({
      reference: 'L-SA-1',
      originCountry: 'SA',
      arrivalDate: '2023-01-10',
      departureDate: null,
      volumeTonnes: 100,
      commodity: 'crude_oil',
      paymentCurrency: 'USD',
    }),
    aShipmentInput({
      reference: 'L-AE-1',
      originCountry: 'AE',
      arrivalDate: '2023-02-10',
      departureDate: null,
      volumeTonnes: 200,
      commodity: 'diesel',
      paymentCurrency: 'AED',
      vesselName: 'Gulf Star',
    }),
    aShipmentInput({
      reference: 'L-RU-1',
      originCountry: 'RU',
      arrivalDate: '2023-06-11',
      departureDate: null,
      volumeTonnes: 45000,
      commodity: 'crude_oil',
      paymentCurrency: 'CNY',
      vesselName: 'Pure Point',
      notes: 'first Russian cargo',
    }),
    aShipmentInput({
      reference: 'L-RU-2',
      originCountry: 'RU',
      arrivalDate: '2023-06-20',
      departureDate: null,
      volumeTonnes: 300,
      commodity: 'lpg',
      transportMode: 'road',
      transitCountries: ['UZ', 'AF'],
      loadPort: null,
      dischargePort: null,
      paymentCurrency: null,
      valueAmount: null,
      vesselName: null,
      vesselImo: null,
      importer: 'Overland LPG Traders',
    }),
    aShipmentInput({
      reference: 'L-KW-1',
      originCountry: 'KW',
      arrivalDate: '2023-12-31',
      departureDate: null,
      volumeTonnes: 400,
      status: 'in_transit',
    }),
  ];

  beforeAll(async () => {
    t = await startTestApp();
    for (const row of rows) expect((await t.http.post('/api/shipments', row)).status).toBe(201);
  });
  afterAll(() => t.close());

  const references = (items: Shipment[]) => items.map((item) => item.reference);

  it('lists newest arrival first by default with total and limit', async () => {
    const response = await t.http.get('/api/shipments');
    expect(response.status).toBe(200);
    expect(references(response.body.items)).toEqual(['L-KW-1', 'L-RU-2', 'L-RU-1', 'L-AE-1', 'L-SA-1']);
    expect(response.body).toMatchObject({ total: 5, limit: 50, offset: 0, nextCursor: null });
  });

  it('filters by inclusive arrival dates', async () => {
    const response = await t.http.get('/api/shipments?from=2023-02-10&to=2023-06-11&sort=arrivalDate:asc');
    expect(references(response.body.items)).toEqual(['L-AE-1', 'L-RU-1']);
    expect(response.body.total).toBe(2);
  });

  it('filters by one or more origins, commodity, currency, mode and status', async () => {
    expect(
      references((await t.http.get('/api/shipments?origin=RU,SA&sort=reference:asc')).body.items),
    ).toEqual(['L-RU-1', 'L-RU-2', 'L-SA-1']);
    expect(
      references((await t.http.get('/api/shipments?origin=RU&origin=AE&sort=reference:asc')).body.items),
    ).toEqual(['L-AE-1', 'L-RU-1', 'L-RU-2']);
    expect(references((await t.http.get('/api/shipments?commodity=lpg')).body.items)).toEqual(['L-RU-2']);
    expect(
      references((await t.http.get('/api/shipments?currency=CNY,AED&sort=reference:asc')).body.items),
    ).toEqual(['L-AE-1', 'L-RU-1']);
    expect(references((await t.http.get('/api/shipments?mode=road')).body.items)).toEqual(['L-RU-2']);
    expect(references((await t.http.get('/api/shipments?status=in_transit')).body.items)).toEqual(['L-KW-1']);
  });

  it('searches reference, vessel, importer and notes case-insensitively; % and _ are literal', async () => {
    expect(references((await t.http.get('/api/shipments?q=pure%20point')).body.items)).toEqual(['L-RU-1']);
    expect(references((await t.http.get('/api/shipments?q=RUSSIAN')).body.items)).toEqual(['L-RU-1']);
    expect(references((await t.http.get('/api/shipments?q=overland')).body.items)).toEqual(['L-RU-2']);
    expect(references((await t.http.get('/api/shipments?q=l-ae')).body.items)).toEqual(['L-AE-1']);
    expect((await t.http.get('/api/shipments?q=%25')).body.total).toBe(0);
  });

  it('sorts by volume both ways', async () => {
    expect(references((await t.http.get('/api/shipments?sort=volumeTonnes:asc')).body.items)).toEqual([
      'L-SA-1',
      'L-AE-1',
      'L-RU-2',
      'L-KW-1',
      'L-RU-1',
    ]);
    expect(references((await t.http.get('/api/shipments?sort=volumeTonnes:desc')).body.items)[0]).toBe(
      'L-RU-1',
    );
  });

  it('pages by offset and by cursor to the same sequence', async () => {
    const byOffset: string[] = [];
    for (let offset = 0; offset < 5; offset += 2) {
      byOffset.push(
        ...references(
          (await t.http.get(`/api/shipments?limit=2&offset=${offset}&sort=volumeTonnes:asc`)).body.items,
        ),
      );
    }
    const byCursor: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Shipment[]; nextCursor: string | null; total: number } } =
        await t.http.get(`/api/shipments?limit=2&sort=volumeTonnes:asc${cursor ? `&cursor=${cursor}` : ''}`);
      byCursor.push(...references(page.body.items));
      expect(page.body.total).toBe(5);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(byCursor).toEqual(byOffset);
    expect(byCursor).toEqual(['L-SA-1', 'L-AE-1', 'L-RU-2', 'L-KW-1', 'L-RU-1']);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['limit=abc', 'limit'],
    ['offset=-1', 'offset'],
    ['sort=notes:asc', 'sort'],
    ['sort=arrivalDate', 'sort'],
    ['from=2023-02-30', 'from'],
    ['from=2023-06-01&to=2023-01-01', 'to'],
    ['origin=SA,ZZ', 'origin'],
    ['currency=XYZ', 'currency'],
    ['commodity=coal', 'commodity'],
    ['mode=air', 'mode'],
    ['status=lost', 'status'],
    ['cursor=not-a-cursor', 'cursor'],
    ['colour=red', 'colour'],
  ])('rejects %s naming %s', async (query, field) => {
    const response = await t.http.get(`/api/shipments?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });
});
