import { type ShipmentLeg, shipmentBarrelsPerTonne } from '@tradeflow/domain';
import { apiGravityFactorSql } from '../../src/shipments/api-gravity-sql';
import { createTestDatabase } from '../support/test-database';
import { databaseFingerprint } from '../support/database-fingerprint';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';

// An API gravity's factor as the test computes it: bbl/t = 1 / (0.158987294928 m3 x SG), 4 decimals.
const factorFor = (api: number) => Math.round(10_000 / (0.158987294928 * (141.5 / (131.5 + api)))) / 10_000;
const barrels = (tonnes: number, factor: number) => Math.round(tonnes * factor * 1000) / 1000;

describe('per-shipment API gravity and multi-leg routes (JSON API)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('computes a crude cargo’s barrels from its API gravity and shows the factor used', async () => {
    const created = await t.http.post(
      '/api/shipments',
      aShipmentInput({
        originCountry: 'RU',
        volumeTonnes: 45_000,
        apiGravity: 31.5,
        arrivalDate: '2023-06-11',
      }),
    );
    expect(created.status).toBe(201);
    expect(factorFor(31.5)).toBe(7.2455);
    expect(created.body).toMatchObject({ apiGravity: 31.5, barrelsPerTonne: 7.2455 });
    expect(created.body.volumeBarrels).toBe(barrels(45_000, 7.2455));
    const { rows } = await t.db.pool.query(
      'SELECT volume_barrels, api_gravity FROM shipments WHERE id = $1',
      [created.body.id],
    );
    expect(rows[0]).toEqual({ volume_barrels: '326047.500', api_gravity: '31.50' });

    const plain = await t.http.post(
      '/api/shipments',
      aShipmentInput({ volumeTonnes: 1000, arrivalDate: '2023-06-12' }),
    );
    expect(plain.body).toMatchObject({ apiGravity: null, barrelsPerTonne: 7.33, volumeBarrels: 7330 });
  });

  it('recomputes barrels when a patch changes the API gravity, and the analytics follow', async () => {
    const created = await t.http.post(
      '/api/shipments',
      aShipmentInput({ volumeTonnes: 80_000, arrivalDate: '2023-07-05', originCountry: 'SA' }),
    );
    const patched = await t.http.patch(`/api/shipments/${created.body.id}`, { apiGravity: 39.5 });
    expect(patched.status).toBe(200);
    expect(patched.body.barrelsPerTonne).toBe(factorFor(39.5));
    expect(patched.body.volumeBarrels).toBe(barrels(80_000, factorFor(39.5)));

    const summary = (await t.http.get('/api/analytics/summary?from=2023-07-01&to=2023-07-31')).body;
    expect(summary.totalBarrels).toBe(barrels(80_000, factorFor(39.5)));
    expect(summary.conversions.apiGravityOverrides).toEqual({
      shipments: 1,
      tonnes: 80_000,
      barrels: barrels(80_000, factorFor(39.5)),
    });

    const cleared = await t.http.patch(`/api/shipments/${created.body.id}`, { apiGravity: null });
    expect(cleared.body).toMatchObject({ apiGravity: null, barrelsPerTonne: 7.33, volumeBarrels: 586_400 });
    expect((await t.http.get('/api/analytics/summary?from=2023-07-01&to=2023-07-31')).body.totalBarrels).toBe(
      586_400,
    );
  });

  it('keeps the LPG’s legs (rail to Uzbekistan, truck through Afghanistan) and the ship-to-ship point', async () => {
    const legs: ShipmentLeg[] = [
      { mode: 'rail', from: 'RU', to: 'UZ', via: ['KZ'] },
      { mode: 'road', from: 'UZ', to: 'PK', via: ['AF'] },
    ];
    const lpg = aShipmentInput({
      commodity: 'lpg',
      originCountry: 'RU',
      transportMode: 'road',
      transitCountries: ['UZ', 'AF'],
      loadPort: null,
      dischargePort: null,
      legs,
    });
    const created = await t.http.post('/api/shipments', lpg);
    expect(created.status).toBe(201);
    expect(created.body.legs).toEqual(legs);
    expect((await t.http.get(`/api/shipments/${created.body.id}`)).body.legs).toEqual(legs);

    // The same body again, with the keys of each leg in another order: the same shipment, 200.
    const reordered = legs.map(({ via, to, from, mode }) => ({ via, to, from, mode }));
    const again = await t.http.post('/api/shipments', { ...lpg, legs: reordered });
    expect(again.status).toBe(200);

    const sts = await t.http.post(
      '/api/shipments',
      aShipmentInput({
        originCountry: 'RU',
        stsTransferPoint: 'off Sohar, Oman',
        legs: [
          { mode: 'sea', from: 'RU', to: 'OM' },
          { mode: 'sea', from: 'OM', to: 'PK' },
        ],
      }),
    );
    expect(sts.status).toBe(201);
    expect(sts.body).toMatchObject({
      stsTransferPoint: 'off Sohar, Oman',
      originCountry: 'RU',
      transitCountries: [],
    });
  });

  it('keeps the CSV contract at its 18 columns: the extended fields live in the JSON API only', async () => {
    const document = (await t.http.get('/api/docs-json')).body;
    const input = document.components.schemas.ShipmentInputDto.properties;
    for (const field of ['apiGravity', 'stsTransferPoint', 'legs']) {
      expect(input[field].description).toMatch(/JSON API only/);
    }
  });

  it.each([
    [{ commodity: 'lpg', apiGravity: 31.5 }, 'apiGravity', /for crude_oil only/],
    [{ apiGravity: 4 }, 'apiGravity', /from 5 to 70/],
    [{ apiGravity: 'light' }, 'apiGravity', /must be a number/],
    [{ stsTransferPoint: 'x'.repeat(101) }, 'stsTransferPoint', /at most 100 characters/],
    [{ legs: [{ mode: 'air', from: 'RU', to: 'PK' }] }, 'legs', /mode must be one of/],
    [
      {
        legs: [
          { mode: 'rail', from: 'RU', to: 'UZ' },
          { mode: 'sea', from: 'AF', to: 'PK' },
        ],
      },
      'legs',
      /contiguous/,
    ],
    [
      { legs: [{ mode: 'rail', from: 'RU', to: 'PK' }] },
      'legs',
      /last leg's mode \(rail\) must be the transportMode \(sea\)/,
    ],
    [{ legs: [{ mode: 'sea', from: 'RU', to: 'PK', via: ['XX'] }] }, 'legs', /unknown ISO 3166-1/],
  ])('refuses %j naming %s, writing nothing', async (patch, field, message) => {
    const before = await databaseFingerprint(t.db.pool);
    const response = await t.http.post('/api/shipments', aShipmentInput(patch as Record<string, unknown>));
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual({ field, message: expect.stringMatching(message) });
    expect(await databaseFingerprint(t.db.pool)).toEqual(before);
  });

  it('refuses a patch that makes an API gravity belong to LPG, writing nothing', async () => {
    const created = await t.http.post('/api/shipments', aShipmentInput({ apiGravity: 30 }));
    const before = await databaseFingerprint(t.db.pool);
    const response = await t.http.patch(`/api/shipments/${created.body.id}`, { commodity: 'lpg' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'apiGravity', message: 'is for crude_oil only' }]);
    expect(await databaseFingerprint(t.db.pool)).toEqual(before);
  });
});

describe('the API-gravity factor in SQL', () => {
  it('equals the domain factor for every accepted API gravity (5.00 to 70.00)', async () => {
    const db = await createTestDatabase();
    try {
      const { rows } = await db.pool.query<{ api: string; factor: string }>(
        `SELECT (g / 100.0)::text AS api, ${apiGravityFactorSql('g / 100.0')}::text AS factor
           FROM generate_series(500, 7000) g`,
      );
      expect(rows).toHaveLength(6501);
      const differing = rows.filter(
        (row) => Number(row.factor) !== shipmentBarrelsPerTonne('crude_oil', Number(row.api)),
      );
      expect(differing).toEqual([]);
    } finally {
      await db.drop();
    }
  });
});
