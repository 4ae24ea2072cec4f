import { hhiOf, monthOf } from '../analytics/support/expected';
import { postShipments, query } from '../analytics/support/load';
import { aComtradeRow, comtradeFile, CSV, type ComtradeRow } from '../support/comtrade-csv';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';

/*
 * source=official answers from the imported Comtrade flows alone, with the shapes of the cargo
 * answers; the expected figures are computed here from the test's own Comtrade rows.
 */

const ALPHA2: Record<string, string> = { SAU: 'SA', ARE: 'AE', RUS: 'RU', PAK: 'PK', IND: 'IN' };
const M49: Record<string, string> = { SAU: '682', ARE: '784', RUS: '643', PAK: '586', IND: '699' };
const COMMODITY: Record<string, string> = { '2709': 'crude_oil', '271112': 'lpg' };
const BARRELS_PER_TONNE: Record<string, number> = { crude_oil: 7.33, lpg: 11.6 };

function official(
  reporter: string,
  partner: string,
  cmdCode: string,
  period: string,
  kg: number,
  usd: number,
): ComtradeRow {
  return aComtradeRow({
    reporterISO: reporter,
    reporterCode: M49[reporter],
    partnerISO: partner,
    partnerCode: M49[partner],
    cmdCode,
    period,
    netWgt: String(kg),
    qty: String(kg),
    primaryValue: String(usd),
  });
}

const ROWS: ComtradeRow[] = [
  official('PAK', 'SAU', '2709', '202305', 310_000_123, 170_500_000),
  official('PAK', 'ARE', '2709', '202305', 190_000_000, 104_000_000.5),
  official('PAK', 'SAU', '2709', '202306', 280_500_000, 150_000_000),
  official('PAK', 'RUS', '2709', '202306', 101_142_000, 52_000_000),
  official('PAK', 'ARE', '271112', '202306', 12_300_400, 7_000_000),
  official('PAK', 'SAU', '2709', '202307', 300_000_000, 160_000_000),
  official('PAK', 'RUS', '2709', '202307', 56_000_000, 29_000_000),
  official('IND', 'RUS', '2709', '202306', 6_400_000_000, 3_300_000_000),
];
// Skipped by the import: they must not reach any figure.
const SKIPPED: ComtradeRow[] = [
  aComtradeRow({ partnerCode: '0', partnerISO: 'W00', netWgt: '999999999000' }),
  aComtradeRow({ motCode: '2100', netWgt: '777777000' }),
];

interface Flow {
  importer: string;
  partner: string;
  commodity: string;
  month: string;
  tonnes: number;
  valueUsd: number;
}

const FLOWS: Flow[] = ROWS.map((row) => ({
  importer: ALPHA2[row.reporterISO]!,
  partner: ALPHA2[row.partnerISO]!,
  commodity: COMMODITY[row.cmdCode]!,
  month: `${row.period.slice(0, 4)}-${row.period.slice(4)}-01`,
  tonnes: Number(row.netWgt) / 1000,
  valueUsd: Number(row.primaryValue),
}));

const sumKg = (flows: Flow[]) => flows.reduce((sum, flow) => sum + Math.round(flow.tonnes * 1000), 0) / 1000;
const sumUsd = (flows: Flow[]) => flows.reduce((sum, flow) => sum + Math.round(flow.valueUsd * 100), 0) / 100;
const barrels = (flows: Flow[]) =>
  flows.reduce((sum, flow) => sum + Math.round(flow.tonnes * BARRELS_PER_TONNE[flow.commodity]! * 1000), 0) /
  1000;
function byKey<T>(flows: Flow[], key: (flow: Flow) => T): Map<T, Flow[]> {
  const groups = new Map<T, Flow[]>();
  for (const flow of flows) groups.set(key(flow), [...(groups.get(key(flow)) ?? []), flow]);
  return groups;
}

describe('analytics with source=official', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const imported = await t.http.post(
      '/api/official-stats/import',
      comtradeFile([...ROWS, ...SKIPPED]),
      CSV,
    );
    expect(imported.body).toMatchObject({ inserted: ROWS.length, skipped: SKIPPED.length });
    // Cargo records of the same months: never added to the official figures.
    await postShipments(t, [
      aShipmentInput({ originCountry: 'SA', arrivalDate: '2023-06-10', volumeTonnes: 80_000 }),
      aShipmentInput({ originCountry: 'US', arrivalDate: '2023-06-20', volumeTonnes: 55_000 }),
    ]);
  });
  afterAll(() => t.close());

  const range = { from: '2023-05-01', to: '2023-07-31' };

  it('summary: totals, groups, shares and HHI by origin from the official rows alone', async () => {
    const { status, body } = await t.http.get(
      `/api/analytics/summary${query({ ...range, source: 'official' })}`,
    );
    expect(status).toBe(200);
    expect(body.totalTonnes).toBe(sumKg(FLOWS));
    expect(body.totalValueUsd).toBe(sumUsd(FLOWS));
    expect(body.totalBarrels).toBe(barrels(FLOWS));
    expect(body.shipmentCount).toBe(FLOWS.length);
    const groups = [...byKey(FLOWS, (flow) => flow.partner)]
      .map(([key, members]) => ({ key, tonnes: sumKg(members), valueUsd: sumUsd(members) }))
      .sort((a, b) => b.tonnes - a.tonnes);
    expect(
      body.groups.map((g: { key: string; tonnes: number; valueUsd: number }) => [
        g.key,
        g.tonnes,
        g.valueUsd,
      ]),
    ).toEqual(groups.map((g) => [g.key, g.tonnes, g.valueUsd]));
    expect(body.groups.map((g: { key: string }) => g.key)).not.toContain('US'); // a cargo-only origin
    expect(body.hhi).toBeCloseTo(hhiOf(groups.map((g) => g.tonnes))!, 8);
  });

  it('summary by commodity and by value basis', async () => {
    const byCommodity = await t.http.get(
      `/api/analytics/summary${query({ ...range, source: 'official', groupBy: 'commodity' })}`,
    );
    expect(byCommodity.body.groups.map((g: { key: string; tonnes: number }) => [g.key, g.tonnes])).toEqual(
      [...byKey(FLOWS, (flow) => flow.commodity)].map(([key, members]) => [key, sumKg(members)]),
    );
    const value = await t.http.get(
      `/api/analytics/summary${query({ ...range, source: 'official', basis: 'value' })}`,
    );
    const values = [...byKey(FLOWS, (flow) => flow.partner).values()].map(sumUsd);
    expect(value.body.hhi).toBeCloseTo(hhiOf(values)!, 8);
  });

  it('timeseries: one series per origin over the months, totals per month', async () => {
    const { status, body } = await t.http.get(
      `/api/analytics/timeseries${query({ ...range, source: 'official' })}`,
    );
    expect(status).toBe(200);
    expect(body.buckets).toEqual(['2023-05-01', '2023-06-01', '2023-07-01']);
    expect(body.totals).toEqual(
      body.buckets.map((month: string) => sumKg(FLOWS.filter((flow) => flow.month === month))),
    );
    for (const series of body.series as { key: string; values: number[] }[]) {
      expect(series.values).toEqual(
        body.buckets.map((month: string) =>
          sumKg(FLOWS.filter((flow) => flow.partner === series.key && flow.month === month)),
        ),
      );
    }
    expect(body.series.map((s: { key: string }) => s.key).sort()).toEqual(['AE', 'RU', 'SA']);
  });

  it('concentration: HHI and top supplier per month', async () => {
    const { status, body } = await t.http.get(
      `/api/analytics/concentration${query({ ...range, source: 'official' })}`,
    );
    expect(status).toBe(200);
    for (const point of body.points as { period: string; hhi: number; totalTonnes: number }[]) {
      const month = FLOWS.filter((flow) => flow.month === point.period);
      expect(point.totalTonnes).toBe(sumKg(month));
      expect(point.hhi).toBeCloseTo(hhiOf([...byKey(month, (flow) => flow.partner).values()].map(sumKg))!, 8);
    }
    expect(body.points).toHaveLength(3);
  });

  it('counts a month whose days from/to cut: official figures are monthly', async () => {
    const { body } = await t.http.get(
      `/api/analytics/summary${query({ from: '2023-06-15', to: '2023-06-20', source: 'official' })}`,
    );
    expect(body.totalTonnes).toBe(sumKg(FLOWS.filter((flow) => monthOf(flow.month) === '2023-06-01')));
  });

  it('filters by origin and commodity like the cargo views', async () => {
    const { body } = await t.http.get(
      `/api/analytics/summary${query({ ...range, source: 'official', origin: 'RU', commodity: 'crude_oil' })}`,
    );
    expect(body.totalTonnes).toBe(
      sumKg(FLOWS.filter((flow) => flow.partner === 'RU' && flow.commodity === 'crude_oil')),
    );
  });

  it('answers the reporter as the destination: the same filter and groupBy as the cargo records', async () => {
    const india = await t.http.get(
      `/api/analytics/summary${query({ ...range, source: 'official', destination: 'IN' })}`,
    );
    expect(india.body.totalTonnes).toBe(sumKg(FLOWS.filter((flow) => flow.importer === 'IN')));
    expect(india.body.groups.map((g: { key: string }) => g.key)).toEqual(['RU']);
    const byImporter = await t.http.get(
      `/api/analytics/summary${query({ ...range, source: 'official', groupBy: 'destination' })}`,
    );
    expect(byImporter.body.groups.map((g: { key: string; tonnes: number }) => [g.key, g.tonnes])).toEqual(
      [...byKey(FLOWS, (flow) => flow.importer)]
        .map(([key, members]) => [key, sumKg(members)])
        .sort((a, b) => (b[1] as number) - (a[1] as number)),
    );
    // The cargo records of Pakistan beside them: the same filter, their own numbers.
    const cargo = await t.http.get(`/api/analytics/summary${query({ ...range, destination: 'PK' })}`);
    expect(cargo.body.totalTonnes).toBe(135_000);
  });

  it('leaves the cargo answer (the default source) to the cargo records', async () => {
    const { body } = await t.http.get(`/api/analytics/summary${query(range)}`);
    expect(body.totalTonnes).toBe(135_000);
    expect(body.shipmentCount).toBe(2);
  });

  it('scenario: cutting a supplier off the official figures leaves the other partners, with their HHI', async () => {
    const { status, body } = await t.http.get(
      `/api/analytics/scenario${query({ ...range, source: 'official', destination: 'PK', exclude: 'origin:SA' })}`,
    );
    expect(status).toBe(200);
    const pakistan = FLOWS.filter((flow) => flow.importer === 'PK');
    const remaining = pakistan.filter((flow) => flow.partner !== 'SA');
    expect(body.total.totalTonnes).toBe(sumKg(pakistan));
    expect(body.total.atRiskTonnes).toBe(sumKg(pakistan.filter((flow) => flow.partner === 'SA')));
    expect(body.total.remainingTonnes).toBe(sumKg(remaining));
    expect(body.total.hhiAfter).toBeCloseTo(
      hhiOf([...byKey(remaining, (flow) => flow.partner).values()].map(sumKg))!,
      8,
    );
    // The cargo records (Saudi and US cargoes of June) are not in it: the same cut on them differs.
    const cargo = await t.http.get(`/api/analytics/scenario${query({ ...range, exclude: 'origin:SA' })}`);
    expect(cargo.body.total.totalTonnes).toBe(135_000);
  });

  it('scenario: a cut by route, mode or currency answers 400 naming exclude', async () => {
    const response = await t.http.get(
      `/api/analytics/scenario${query({ ...range, source: 'official', exclude: 'origin:SA,route:road via UZ|AF,currency:CNY' })}`,
    );
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        field: 'exclude',
        message:
          'official statistics have no transit route or payment currency: cut route:road via UZ|AF, currency:CNY ' +
          'with source=cargoes, or cut by origin, region or commodity',
      },
    ]);
  });

  it.each([
    ['flows', 'official statistics have no transit routes or ports'],
    ['outlook', 'official statistics have no shipment status, so nothing is incoming'],
  ])('the %s view answers 400 to source=official, saying what the statistics lack', async (view, lack) => {
    const response = await t.http.get(`/api/analytics/${view}${query({ ...range, source: 'official' })}`);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'source', message: `source must be cargoes: ${lack}` }]);
    const cargo = await t.http.get(`/api/analytics/${view}${query({ ...range, source: 'cargoes' })}`);
    expect(cargo.status).toBe(200);
  });

  it.each([
    ['groupBy', { groupBy: 'currency' }, 'summary', /official statistics have no payment currency/],
    ['groupBy', { groupBy: 'mode' }, 'timeseries', /official statistics have no transport mode/],
    ['dimension', { dimension: 'route' }, 'concentration', /official statistics have no transit route/],
    ['currency', { currency: 'CNY' }, 'summary', /official statistics have no payment currency/],
    ['dischargePort', { dischargePort: 'PKKHI' }, 'timeseries', /official statistics have no discharge port/],
    ['granularity', { granularity: 'week' }, 'concentration', /official statistics are monthly/],
    ['metric', { metric: 'shipments' }, 'timeseries', /official statistics count no cargoes/],
  ])(
    'answers 400 naming %s for what official statistics lack (%j on %s)',
    async (field, params, view, message) => {
      const response = await t.http.get(
        `/api/analytics/${view}${query({ ...range, source: 'official', ...params })}`,
      );
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ field, message: expect.stringMatching(message) }]);
    },
  );

  it('refuses an unknown source', async () => {
    const response = await t.http.get(`/api/analytics/summary${query({ source: 'kpler' })}`);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: 'source', message: 'source must be one of cargoes, official' },
    ]);
  });
});
