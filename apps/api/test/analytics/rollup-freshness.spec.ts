import { type ShipmentInput, TRANSPORT_MODES } from '@tradeflow/domain';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';
import { matching, tonnesOf } from './support/expected';
import { flowsFixture } from './support/flows-fixture';
import { postShipments, putRates, query } from './support/load';

/**
 * The monthly rollup must equal a fresh GROUP BY of the shipments after every kind of write, in the
 * transaction of the write: no refresh step, no staleness. The fresh aggregate is written here, in
 * the test, independently of the migration's trigger code.
 */
const FRESH_AGGREGATE = `
  SELECT to_char(s.arrival_date, 'YYYY-MM') || '-01' AS month, s.commodity, s.origin_country,
         coalesce(s.payment_currency, '') AS payment_currency, s.transport_mode,
         array_to_string(s.transit_countries, '|') AS transit_route, s.status, s.destination_country,
         array_to_string(s.chokepoints_passed, '|') AS chokepoint_route,
         count(*)::bigint AS shipment_count, sum(s.volume_tonnes) AS volume_tonnes,
         sum(s.volume_barrels) AS volume_barrels,
         coalesce(sum(round(s.value_amount * CASE WHEN s.payment_currency = 'USD' THEN 1 ELSE (
           SELECT r.usd_per_unit FROM fx_rates r
            WHERE r.currency = s.payment_currency AND r.date <= s.arrival_date ORDER BY r.date DESC LIMIT 1) END, 2)), 0)
           AS value_usd,
         (count(*) FILTER (WHERE s.payment_currency IS NOT NULL AND s.payment_currency <> 'USD' AND NOT EXISTS (
           SELECT 1 FROM fx_rates r WHERE r.currency = s.payment_currency AND r.date <= s.arrival_date)))::bigint
           AS shipments_without_fx_rate
    FROM shipments s
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`;

const STORED = `
  SELECT to_char(month, 'YYYY-MM-DD') AS month, commodity, origin_country, payment_currency, transport_mode,
         transit_route, status, destination_country, chokepoint_route, shipment_count, volume_tonnes, volume_barrels, value_usd, shipments_without_fx_rate
    FROM shipment_monthly_rollup`;

/** shipment_monthly_by_dimension, recomputed from the rollup's fresh equivalent above. */
const FRESH_BY_DIMENSION = `
  SELECT d.dimension, c.month, c.destination_country, d.key, sum(c.shipment_count)::bigint AS shipment_count,
         sum(c.volume_tonnes) AS volume_tonnes, sum(c.volume_barrels) AS volume_barrels, sum(c.value_usd) AS value_usd,
         sum(c.shipments_without_fx_rate)::bigint AS shipments_without_fx_rate,
         sum(CASE WHEN c.payment_currency = '' THEN c.shipment_count ELSE 0 END)::bigint AS shipments_without_value
    FROM (${FRESH_AGGREGATE}) c
   CROSS JOIN LATERAL (VALUES ('origin', c.origin_country), ('currency', coalesce(nullif(c.payment_currency, ''), 'none')),
     ('commodity', c.commodity), ('mode', c.transport_mode),
     ('route', c.transport_mode || coalesce(' via ' || nullif(c.transit_route, ''), '')),
     ('destination', c.destination_country), ('chokepoint', c.chokepoint_route)) AS d (dimension, key)
   GROUP BY 1, 2, 3, 4`;

/** shipment_monthly_by_dimension_total: the same groups summed over all importers. */
const FRESH_BY_DIMENSION_TOTAL = `
  SELECT g.dimension, g.month, g.key, sum(g.shipment_count)::bigint AS shipment_count,
         sum(g.volume_tonnes) AS volume_tonnes, sum(g.volume_barrels) AS volume_barrels,
         sum(g.value_usd) AS value_usd, sum(g.shipments_without_fx_rate)::bigint AS shipments_without_fx_rate,
         sum(g.shipments_without_value)::bigint AS shipments_without_value
    FROM (${FRESH_BY_DIMENSION}) g
   GROUP BY 1, 2, 3`;

const STORED_BY_DIMENSION_TOTAL = `
  SELECT dimension, to_char(month, 'YYYY-MM-DD') AS month, key, shipment_count, volume_tonnes, volume_barrels,
         value_usd, shipments_without_fx_rate, shipments_without_value
    FROM shipment_monthly_by_dimension_total`;

const STORED_BY_DIMENSION = `
  SELECT dimension, to_char(month, 'YYYY-MM-DD') AS month, destination_country, key, shipment_count, volume_tonnes, volume_barrels,
         value_usd, shipments_without_fx_rate, shipments_without_value
    FROM shipment_monthly_by_dimension`;

/** shipment_monthly_sea_lanes, recomputed from the rollup's fresh equivalent. */
const FRESH_SEA_LANES = `
  SELECT c.month, c.destination_country, c.commodity, c.origin_country, c.chokepoint_route,
         sum(c.shipment_count)::bigint AS shipment_count, sum(c.volume_tonnes) AS volume_tonnes,
         sum(c.volume_barrels) AS volume_barrels, sum(c.value_usd) AS value_usd,
         sum(c.shipments_without_fx_rate)::bigint AS shipments_without_fx_rate,
         sum(CASE WHEN c.payment_currency = '' THEN c.shipment_count ELSE 0 END)::bigint AS shipments_without_value
    FROM (${FRESH_AGGREGATE}) c
   GROUP BY 1, 2, 3, 4, 5`;

const STORED_SEA_LANES = `
  SELECT to_char(month, 'YYYY-MM-DD') AS month, destination_country, commodity, origin_country, chokepoint_route,
         shipment_count, volume_tonnes, volume_barrels, value_usd, shipments_without_fx_rate, shipments_without_value
    FROM shipment_monthly_sea_lanes`;

/** shipment_monthly_prices, straight from the shipments: a shipment has a USD value when it has a rate. */
const FRESH_PRICES = `
  SELECT to_char(s.arrival_date, 'YYYY-MM') || '-01' AS month, s.destination_country, s.commodity, s.origin_country,
         s.price_basis, count(*)::bigint AS shipment_count,
         count(*) FILTER (WHERE fx.rate IS NULL)::bigint AS shipments_without_value,
         coalesce(sum(s.volume_tonnes) FILTER (WHERE fx.rate IS NOT NULL), 0) AS valued_tonnes,
         coalesce(sum(s.volume_barrels) FILTER (WHERE fx.rate IS NOT NULL), 0) AS valued_barrels,
         coalesce(sum(round(s.value_amount * fx.rate, 2)), 0) AS value_usd
    FROM shipments s
    LEFT JOIN LATERAL (SELECT CASE WHEN s.payment_currency = 'USD' THEN 1 ELSE (
      SELECT r.usd_per_unit FROM fx_rates r
       WHERE r.currency = s.payment_currency AND r.date <= s.arrival_date ORDER BY r.date DESC LIMIT 1) END AS rate) fx ON true
   GROUP BY 1, 2, 3, 4, 5`;

const STORED_PRICES = `
  SELECT to_char(month, 'YYYY-MM-DD') AS month, destination_country, commodity, origin_country, price_basis,
         shipment_count, shipments_without_value, valued_tonnes, valued_barrels, value_usd
    FROM shipment_monthly_prices`;

/** shipment_monthly_prices_by_origin: FRESH_PRICES over every commodity and basis. */
const FRESH_PRICES_BY_ORIGIN = `
  SELECT p.month, p.destination_country, p.origin_country, sum(p.shipment_count)::bigint AS shipment_count,
         sum(p.shipments_without_value)::bigint AS shipments_without_value, sum(p.valued_tonnes) AS valued_tonnes,
         sum(p.valued_barrels) AS valued_barrels, sum(p.value_usd) AS value_usd
    FROM (${FRESH_PRICES}) p
   GROUP BY 1, 2, 3`;

const STORED_PRICES_BY_ORIGIN = `
  SELECT to_char(month, 'YYYY-MM-DD') AS month, destination_country, origin_country, shipment_count,
         shipments_without_value, valued_tonnes, valued_barrels, value_usd
    FROM shipment_monthly_prices_by_origin`;

/** shipment_monthly_prices_by_origin_total: the by-origin prices over all importers. */
const FRESH_PRICES_BY_ORIGIN_TOTAL = `
  SELECT p.month, p.origin_country, sum(p.shipment_count)::bigint AS shipment_count,
         sum(p.shipments_without_value)::bigint AS shipments_without_value, sum(p.valued_tonnes) AS valued_tonnes,
         sum(p.valued_barrels) AS valued_barrels, sum(p.value_usd) AS value_usd
    FROM (${FRESH_PRICES_BY_ORIGIN}) p
   GROUP BY 1, 2`;

const STORED_PRICES_BY_ORIGIN_TOTAL = `
  SELECT to_char(month, 'YYYY-MM-DD') AS month, origin_country, shipment_count,
         shipments_without_value, valued_tonnes, valued_barrels, value_usd
    FROM shipment_monthly_prices_by_origin_total`;

/** shipment_monthly_loading_prices: FRESH_PRICES with the departure month ('infinity' for none) and currency. */
const FRESH_LOADING_PRICES = `
  SELECT to_char(s.arrival_date, 'YYYY-MM') || '-01' AS month,
         coalesce(to_char(s.departure_date, 'YYYY-MM') || '-01', 'infinity') AS departure_month,
         s.destination_country, s.commodity, s.origin_country, s.price_basis,
         coalesce(s.payment_currency, '') AS payment_currency, count(*)::bigint AS shipment_count,
         count(*) FILTER (WHERE fx.rate IS NULL)::bigint AS shipments_without_value,
         coalesce(sum(s.volume_tonnes) FILTER (WHERE fx.rate IS NOT NULL), 0) AS valued_tonnes,
         coalesce(sum(s.volume_barrels) FILTER (WHERE fx.rate IS NOT NULL), 0) AS valued_barrels,
         coalesce(sum(round(s.value_amount * fx.rate, 2)), 0) AS value_usd
    FROM shipments s
    LEFT JOIN LATERAL (SELECT CASE WHEN s.payment_currency = 'USD' THEN 1 ELSE (
      SELECT r.usd_per_unit FROM fx_rates r
       WHERE r.currency = s.payment_currency AND r.date <= s.arrival_date ORDER BY r.date DESC LIMIT 1) END AS rate) fx ON true
   GROUP BY 1, 2, 3, 4, 5, 6, 7`;

const STORED_LOADING_PRICES = `
  SELECT to_char(month, 'YYYY-MM-DD') AS month, departure_month::text AS departure_month,
         destination_country, commodity, origin_country, price_basis, payment_currency,
         shipment_count, shipments_without_value, valued_tonnes, valued_barrels, value_usd
    FROM shipment_monthly_loading_prices`;

/** Every transport mode: no filter at all, but only the rollup cells keep the mode. */
const ALL_MODES = TRANSPORT_MODES.join(',');

/** shipment_monthly_origin_currency, recomputed from the rollup's fresh equivalent. */
const FRESH_ORIGIN_CURRENCY = `
  SELECT c.month, c.destination_country, c.status, c.commodity, c.origin_country, c.payment_currency,
         sum(c.shipment_count)::bigint AS shipment_count, sum(c.volume_tonnes) AS volume_tonnes,
         sum(c.volume_barrels) AS volume_barrels, sum(c.value_usd) AS value_usd,
         sum(c.shipments_without_fx_rate)::bigint AS shipments_without_fx_rate
    FROM (${FRESH_AGGREGATE}) c
   GROUP BY 1, 2, 3, 4, 5, 6`;

const STORED_ORIGIN_CURRENCY = `
  SELECT to_char(month, 'YYYY-MM-DD') AS month, destination_country, status, commodity, origin_country,
         payment_currency, shipment_count, volume_tonnes, volume_barrels, value_usd, shipments_without_fx_rate
    FROM shipment_monthly_origin_currency`;

/** shipment_monthly_flows, straight from the shipments. */
const FRESH_FLOWS = `
  SELECT to_char(s.arrival_date, 'YYYY-MM') || '-01' AS month, s.destination_country, s.status, s.commodity,
         s.origin_country, s.transport_mode, array_to_string(s.transit_countries, '|') AS transit_route,
         coalesce(s.discharge_port, '') AS discharge_port, count(*)::bigint AS shipment_count,
         sum(s.volume_tonnes) AS volume_tonnes, sum(s.volume_barrels) AS volume_barrels
    FROM shipments s
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;

const STORED_FLOWS = `
  SELECT to_char(month, 'YYYY-MM-DD') AS month, destination_country, status, commodity, origin_country,
         transport_mode, transit_route, discharge_port, shipment_count, volume_tonnes, volume_barrels
    FROM shipment_monthly_flows`;

async function expectSame(t: TestApp, fresh: string, stored: string): Promise<void> {
  const missing = await t.db.pool.query(`(${fresh}) EXCEPT (${stored})`);
  const extra = await t.db.pool.query(`(${stored}) EXCEPT (${fresh})`);
  expect({ missing: missing.rows, extra: extra.rows }).toEqual({ missing: [], extra: [] });
}

async function expectRollupFresh(t: TestApp): Promise<void> {
  await expectSame(t, FRESH_AGGREGATE, STORED);
  await expectSame(t, FRESH_BY_DIMENSION, STORED_BY_DIMENSION);
  await expectSame(t, FRESH_BY_DIMENSION_TOTAL, STORED_BY_DIMENSION_TOTAL);
  await expectSame(t, FRESH_SEA_LANES, STORED_SEA_LANES);
  await expectSame(t, FRESH_PRICES, STORED_PRICES);
  await expectSame(t, FRESH_ORIGIN_CURRENCY, STORED_ORIGIN_CURRENCY);
  await expectSame(t, FRESH_FLOWS, STORED_FLOWS);
  await expectSame(t, FRESH_LOADING_PRICES, STORED_LOADING_PRICES);
  await expectSame(t, FRESH_PRICES_BY_ORIGIN, STORED_PRICES_BY_ORIGIN);
  await expectSame(t, FRESH_PRICES_BY_ORIGIN_TOTAL, STORED_PRICES_BY_ORIGIN_TOTAL);
}

describe('the monthly rollup stays exact on every write', () => {
  let t: TestApp;
  let rows: ShipmentInput[];

  beforeAll(async () => {
    t = await startTestApp();
    rows = flowsFixture('RF');
    await postShipments(t, rows);
    await putRates(t, [{ currency: 'CNY', date: '2023-01-01', usdPerUnit: 0.14 }]);
  });
  afterAll(() => t.close());

  const total = async (params: Record<string, string> = {}) =>
    (await t.http.get(`/api/analytics/summary${query(params)}`)).body;
  const idOf = async (reference: string) =>
    (await t.db.pool.query('SELECT id FROM shipments WHERE reference = $1', [reference])).rows[0]
      .id as string;

  it('after single inserts', async () => {
    await expectRollupFresh(t);
    expect((await total()).totalTonnes).toBe(tonnesOf(rows));
    const { rows: counted } = await t.db.pool.query(
      'SELECT (SELECT count(*) FROM shipment_monthly_rollup)::int AS cells, (SELECT count(*) FROM shipment_monthly_by_dimension)::int AS groups',
    );
    expect(counted[0].cells).toBeGreaterThan(5);
    expect(counted[0].groups).toBeGreaterThan(counted[0].cells);
  });

  it.each(['origin', 'currency', 'commodity', 'mode', 'region', 'route'])(
    'answers %s views from the per-dimension aggregate exactly as from the rollup cells',
    async (groupBy) => {
      // Naming every mode is no filter at all, but only the rollup cells keep the mode.
      for (const range of [{}, { from: '2023-05-17', to: '2023-09-20' }, { destination: 'PK' }]) {
        const byDimension = (await t.http.get(`/api/analytics/summary${query({ groupBy, ...range })}`)).body;
        const byCells = (
          await t.http.get(`/api/analytics/summary${query({ groupBy, mode: ALL_MODES, ...range })}`)
        ).body;
        expect(byDimension).toEqual(byCells);
        const series = `/api/analytics/timeseries${query({ groupBy, metric: 'valueUsd', ...range })}`;
        expect((await t.http.get(series)).body).toEqual(
          (await t.http.get(`${series}&mode=${ALL_MODES}`)).body,
        );
      }
    },
  );

  it.each([{}, { destination: 'PK' }, { destination: 'PK,IN' }, { from: '2023-05-17', to: '2023-09-20' }])(
    'answers a monthly concentration %j from the per-dimension aggregate exactly as from the rollup cells',
    async (params) => {
      const path = '/api/analytics/concentration';
      const byDimension = await t.http.get(
        `${path}${query({ dimension: 'origin', basis: 'value', ...params })}`,
      );
      const byCells = await t.http.get(
        `${path}${query({ dimension: 'origin', basis: 'value', mode: ALL_MODES, ...params })}`,
      );
      expect(byDimension.status).toBe(200);
      expect(byDimension.body.points.length).toBeGreaterThan(3);
      expect(byDimension.body).toEqual(byCells.body);
    },
  );

  it.each([
    ['/api/analytics/outlook', { granularity: 'quarter' }],
    ['/api/analytics/summary', { groupBy: 'currency', commodity: 'crude_oil', destination: 'PK' }],
    ['/api/analytics/concentration', { dimension: 'region', origin: 'SA,AE,RU', basis: 'value' }],
    ['/api/analytics/scenario', { exclude: 'origin:SA,currency:CNY', granularity: 'month' }],
  ])(
    'answers %s %j from the origin-currency aggregate exactly as from the rollup cells',
    async (path, params) => {
      for (const range of [{}, { from: '2023-05-17', to: '2023-09-20' }]) {
        const narrow = (await t.http.get(`${path}${query({ ...params, ...range })}`)).body;
        const fromCells = (await t.http.get(`${path}${query({ ...params, mode: ALL_MODES, ...range })}`))
          .body;
        expect(narrow).toEqual(fromCells);
      }
    },
  );

  it.each([
    ['/api/analytics/scenario', { exclude: 'chokepoint:hormuz', granularity: 'month' }],
    ['/api/analytics/scenario', { exclude: 'chokepoint:suez,origin:SA', dimension: 'region' }],
    ['/api/analytics/summary', { groupBy: 'chokepoint', commodity: 'crude_oil', basis: 'value' }],
    ['/api/analytics/timeseries', { groupBy: 'chokepoint', origin: 'RU,SA', metric: 'valueUsd' }],
    ['/api/analytics/prices', { granularity: 'quarter', commodity: 'crude_oil', priceBasis: 'CIF,unknown' }],
    ['/api/analytics/prices', { granularity: 'month', destination: 'PK' }],
    ['/api/analytics/prices', { granularity: 'quarter', origin: 'RU,SA,AE' }],
    ['/api/analytics/prices', { granularity: 'year', destination: 'PK,IN' }],
    ['/api/analytics/prices', { granularity: 'month' }],
  ])('answers %s %j from its narrow aggregate exactly as from the rollup cells', async (path, params) => {
    const allStatuses = 'contracted,in_transit,delivered';
    for (const range of [{}, { from: '2023-05-17', to: '2023-09-20' }]) {
      const fromSeaLanes = (await t.http.get(`${path}${query({ ...params, ...range })}`)).body;
      const fromCells = (await t.http.get(`${path}${query({ ...params, status: allStatuses, ...range })}`))
        .body;
      expect(fromSeaLanes).toEqual(fromCells);
    }
  });

  it.each([
    {},
    { destination: 'PK', status: 'delivered' },
    { origin: 'RU,SA', route: 'sea', commodity: 'crude_oil' },
  ])(
    'answers the flow diagram %j from shipment_monthly_flows exactly as from the shipments table',
    async (params) => {
      // Naming every load port (and none) is no filter at all, but only the shipments table has them.
      const { rows: ports } = await t.db.pool.query(
        `SELECT coalesce(string_agg(DISTINCT load_port, ','), '') AS codes FROM shipments`,
      );
      const everyLoadPort = [ports[0].codes, 'none'].filter(Boolean).join(',');
      for (const range of [{}, { from: '2023-05-17', to: '2023-09-20' }]) {
        const fromAggregate = await t.http.get(`/api/analytics/flows${query({ ...params, ...range })}`);
        const fromShipments = await t.http.get(
          `/api/analytics/flows${query({ ...params, ...range, loadPort: everyLoadPort })}`,
        );
        expect(fromAggregate.status).toBe(200);
        expect(fromAggregate.body.links.length).toBeGreaterThan(0);
        expect(fromAggregate.body).toEqual(fromShipments.body);
      }
    },
  );

  it.each([
    { granularity: 'month' },
    { granularity: 'quarter', destination: 'PK', commodity: 'crude_oil', priceBasis: 'CIF,unknown' },
    { granularity: 'month', currency: 'CNY', origin: 'RU,SA' },
  ])(
    'answers landed prices by loading month %j from shipment_monthly_loading_prices exactly as from the shipments table',
    async (params) => {
      const brent = [5, 6, 7, 8, 9].map((month) => ({ date: `2023-0${month}`, usdPerBarrel: 70 + month }));
      expect((await t.http.put('/api/benchmarks/BRENT/prices', { prices: brent })).status).toBe(200);
      const loading = { ...params, benchmark: 'BRENT', match: 'loading' };
      for (const range of [{}, { from: '2023-05-17', to: '2023-09-20' }]) {
        const fromAggregate = await t.http.get(`/api/analytics/prices${query({ ...loading, ...range })}`);
        // Naming every status is no filter at all, but only the shipments table answers it here.
        const fromShipments = await t.http.get(
          `/api/analytics/prices${query({ ...loading, ...range, status: 'contracted,in_transit,delivered' })}`,
        );
        expect(fromAggregate.status).toBe(200);
        expect(fromAggregate.body.origins.length).toBeGreaterThan(0);
        expect(fromAggregate.body).toEqual(fromShipments.body);
      }
    },
  );

  it('after an update that moves a cargo to another month and origin', async () => {
    const id = await idOf('RF-RU-1');
    const response = await t.http.patch(`/api/shipments/${id}`, {
      arrivalDate: '2023-07-02',
      originCountry: 'KZ',
    });
    expect(response.status).toBe(200);
    rows = rows.map((row) =>
      row.reference === 'RF-RU-1' ? { ...row, arrivalDate: '2023-07-02', originCountry: 'KZ' } : row,
    );
    await expectRollupFresh(t);
    const july = await total({ from: '2023-07-01', to: '2023-07-31' });
    expect(july).toMatchObject({
      totalTonnes: 45000,
      shipmentCount: 1,
      groups: [{ key: 'KZ', tonnes: 45000 }],
    });
    const june = await total({ from: '2023-06-01', to: '2023-06-30' });
    expect(june.totalTonnes).toBe(tonnesOf(matching(rows, { from: '2023-06-01', to: '2023-06-30' })));
  });

  it('after an update that moves a cargo to another importing country', async () => {
    const id = await idOf('RF-RU-1');
    const response = await t.http.patch(`/api/shipments/${id}`, { dischargePort: 'INSIK' });
    expect(response.status).toBe(200);
    expect(response.body.destinationCountry).toBe('IN');
    await expectRollupFresh(t);
    const india = await total({ destination: 'IN' });
    expect(india).toMatchObject({ totalTonnes: 45000, shipmentCount: 1 });
    const back = await t.http.patch(`/api/shipments/${id}`, { dischargePort: 'PKKHI' });
    expect(back.body.destinationCountry).toBe('PK');
    await expectRollupFresh(t);
    expect((await total({ destination: 'IN' })).shipmentCount).toBe(0);
  });

  it('after an update of the volume by one kilogram, and one that touches no rolled-up column', async () => {
    const id = await idOf('RF-SA-2');
    await t.http.patch(`/api/shipments/${id}`, { volumeTonnes: 250000.001 });
    await t.http.patch(`/api/shipments/${id}`, { notes: 'checked' });
    rows = rows.map((row) => (row.reference === 'RF-SA-2' ? { ...row, volumeTonnes: 250000.001 } : row));
    await expectRollupFresh(t);
    expect((await total()).totalTonnes).toBe(tonnesOf(rows));
  });

  it('after a delete that empties a month', async () => {
    const id = await idOf('RF-IQ-1');
    expect((await t.http.delete(`/api/shipments/${id}`)).status).toBe(204);
    rows = rows.filter((row) => row.reference !== 'RF-IQ-1');
    await expectRollupFresh(t);
    const { rows: january } = await t.db.pool.query(
      "SELECT count(*)::int AS n FROM shipment_monthly_rollup WHERE month = '2024-01-01'",
    );
    expect(january[0].n).toBe(0);
    expect((await total({ from: '2024-01-01' })).shipmentCount).toBe(0);
  });

  it('after a bulk multi-row insert, a multi-row update and delete, and an upsert', async () => {
    await t.db.pool.query(`
      INSERT INTO shipments (id, reference, commodity, origin_country, transport_mode, transit_countries,
                             volume_tonnes, volume_barrels, value_amount, payment_currency, arrival_date, status,
                             destination_country)
      SELECT md5('BULK-' || i)::uuid, 'BULK-' || i, 'crude_oil', (ARRAY['SA','AE','RU','NG'])[1 + i % 4], 'sea', '{}',
             1000 + i / 1000.0, round((1000 + i / 1000.0) * 7.33, 3),
             CASE WHEN i % 3 = 0 THEN NULL ELSE 1000 * i END, CASE WHEN i % 3 = 0 THEN NULL ELSE 'CNY' END,
             DATE '2022-01-01' + (i % 700), 'delivered', (ARRAY['PK','IN'])[1 + i % 2]
        FROM generate_series(1, 5000) AS i`);
    await expectRollupFresh(t);
    await t.db.pool.query(
      "UPDATE shipments SET arrival_date = arrival_date + 40, origin_country = 'OM', destination_country = 'PK' WHERE reference LIKE 'BULK-%' AND volume_tonnes < 1002",
    );
    await expectRollupFresh(t);
    await t.db.pool.query("DELETE FROM shipments WHERE reference LIKE 'BULK-%' AND volume_tonnes > 1004");
    await expectRollupFresh(t);
    await t.db.pool.query(`
      INSERT INTO shipments (id, reference, commodity, origin_country, transport_mode, volume_tonnes, volume_barrels,
                             arrival_date, destination_country)
      VALUES (md5('BULK-1')::uuid, 'BULK-1', 'lpg', 'QA', 'sea', 5, 58, '2021-03-03', 'PK'),
             (md5('UPSERT-NEW')::uuid, 'UPSERT-NEW', 'lpg', 'QA', 'sea', 7, 81.2, '2021-03-04', 'PK')
      ON CONFLICT (id) DO UPDATE SET commodity = excluded.commodity, origin_country = excluded.origin_country,
        volume_tonnes = excluded.volume_tonnes, volume_barrels = excluded.volume_barrels,
        value_amount = NULL, payment_currency = NULL, arrival_date = excluded.arrival_date`);
    await expectRollupFresh(t);
    const { rows: counted } = await t.db.pool.query(
      'SELECT count(*)::int AS n, sum(volume_tonnes)::text AS t FROM shipments',
    );
    const summary = await total();
    expect(summary.shipmentCount).toBe(counted[0].n);
    expect(String(summary.totalTonnes)).toBe(String(Number(counted[0].t)));
  });

  it('under concurrent writers and an fx upload at the same time', async () => {
    const cargoes = Array.from({ length: 40 }, (_, i) =>
      aShipmentInput({
        reference: `CONC-${i}`,
        originCountry: i % 2 ? 'SA' : 'AE',
        arrivalDate: `2023-0${1 + (i % 3)}-15`,
        volumeTonnes: 1000.001,
        valueAmount: 1000,
        paymentCurrency: 'CNY',
        departureDate: null,
      }),
    );
    const writes = cargoes.map((cargo) => t.http.post('/api/shipments', cargo));
    const upload = putRates(t, [{ currency: 'CNY', date: '2023-02-01', usdPerUnit: 0.15 }]);
    const results = await Promise.all([...writes, upload]);
    expect(results.slice(0, 40).every((result) => result && result.status === 201)).toBe(true);
    await expectRollupFresh(t);
  });

  it('after the fx rates are truncated, and after they are stored again', async () => {
    await t.db.pool.query('TRUNCATE fx_rates');
    await expectRollupFresh(t);
    const { rows: valued } = await t.db.pool.query(
      `SELECT count(*)::int AS n FROM shipment_monthly_prices p WHERE p.valued_tonnes > 0 AND p.value_usd = 0`,
    );
    expect(valued[0].n).toBe(0);
    await putRates(t, [{ currency: 'CNY', date: '2023-01-01', usdPerUnit: 0.14 }]);
    await expectRollupFresh(t);
  });

  it('after TRUNCATE', async () => {
    await t.db.pool.query('TRUNCATE shipments');
    await expectRollupFresh(t);
    expect((await total()).shipmentCount).toBe(0);
  });
});
