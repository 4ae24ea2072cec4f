import type { ShipmentInput } from '@tradeflow/domain';
import { postShipments, putRates, query } from '../analytics/support/load';
import { clientWithApiKey } from '../support/credentials';
import { aComtradeRow, comtradeFile, CSV, type ComtradeRow } from '../support/comtrade-csv';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';

/*
 * Cargo records against official statistics per importer, partner and month. The expected figures
 * are computed here from the test's own shipments and Comtrade rows.
 */

const M49: Record<string, [string, string]> = {
  SA: ['SAU', '682'],
  AE: ['ARE', '784'],
  RU: ['RUS', '643'],
  QA: ['QAT', '634'],
};

function official(
  partner: string,
  cmdCode: string,
  period: string,
  tonnes: number,
  usd: number,
  estimated = false,
): ComtradeRow {
  const [iso, code] = M49[partner]!;
  return aComtradeRow({
    partnerISO: iso,
    partnerCode: code,
    cmdCode,
    period,
    netWgt: String(tonnes * 1000),
    primaryValue: String(usd),
    isNetWgtEstimated: String(estimated),
  });
}

const OFFICIAL = [
  // 42,500.5 t (35%) more in the cargo records: flagged.
  { partner: 'SA', month: '2023-06-01', rows: [official('SA', '2709', '202306', 120_000, 66_000_000)] },
  // A 20% gap on 100,000 t is not above 20%: not flagged.
  { partner: 'AE', month: '2023-06-01', rows: [official('AE', '2709', '202306', 100_000, 56_000_000)] },
  // Statistics without cargo records: 30,000 t missing on our side, flagged.
  {
    partner: 'QA',
    month: '2023-07-01',
    rows: [
      official('QA', '271112', '202307', 18_000, 10_800_000, true),
      official('QA', '271113', '202307', 12_000, 7_500_000),
    ],
  },
  // 600 t apart is over 20% but under 1,000 t: not flagged.
  { partner: 'RU', month: '2023-07-01', rows: [official('RU', '271112', '202307', 2_000, 1_100_000)] },
];

const CNY_RATE = 0.14;
const CARGOES: ShipmentInput[] = [
  aShipmentInput({
    originCountry: 'SA',
    arrivalDate: '2023-06-03',
    volumeTonnes: 80_000,
    valueAmount: 44_000_000,
    paymentCurrency: 'USD',
  }),
  aShipmentInput({
    originCountry: 'SA',
    arrivalDate: '2023-06-28',
    volumeTonnes: 82_500.5,
    valueAmount: 46_000_000,
    paymentCurrency: 'USD',
  }),
  aShipmentInput({
    originCountry: 'AE',
    arrivalDate: '2023-06-15',
    volumeTonnes: 80_000,
    valueAmount: 300_000_000,
    paymentCurrency: 'CNY',
  }),
  aShipmentInput({
    originCountry: 'RU',
    commodity: 'lpg',
    arrivalDate: '2023-07-12',
    volumeTonnes: 1_400,
    valueAmount: 800_000,
    paymentCurrency: 'USD',
  }),
  // Russian crude with no statistics: flagged from our side.
  aShipmentInput({
    originCountry: 'RU',
    arrivalDate: '2023-07-20',
    volumeTonnes: 45_142,
    valueAmount: 25_000_000,
    paymentCurrency: 'USD',
  }),
  // Not compared: a commodity official statistics do not cover, a cargo not delivered yet.
  aShipmentInput({
    originCountry: 'SA',
    commodity: 'diesel',
    arrivalDate: '2023-06-10',
    volumeTonnes: 40_000,
  }),
  aShipmentInput({
    originCountry: 'SA',
    arrivalDate: '2023-06-20',
    volumeTonnes: 90_000,
    status: 'in_transit',
  }),
];

interface Expected {
  importer: string;
  partner: string;
  commodity: string;
  month: string;
  cargoTonnes: number;
  officialTonnes: number;
  cargoValueUsd: number;
  officialValueUsd: number;
}

function expectedRows(): Expected[] {
  const rows = new Map<string, Expected>();
  const row = (partner: string, commodity: string, month: string) => {
    const key = `${month}|${partner}|${commodity}`;
    if (!rows.has(key)) {
      rows.set(key, {
        importer: 'PK',
        partner,
        commodity,
        month,
        cargoTonnes: 0,
        officialTonnes: 0,
        cargoValueUsd: 0,
        officialValueUsd: 0,
      });
    }
    return rows.get(key)!;
  };
  for (const cargo of CARGOES) {
    if (cargo.status !== 'delivered' || !['crude_oil', 'lpg'].includes(cargo.commodity)) continue;
    const target = row(cargo.originCountry, cargo.commodity, `${cargo.arrivalDate.slice(0, 7)}-01`);
    target.cargoTonnes += cargo.volumeTonnes;
    // Each cargo's USD value is rounded to the cent, as the analytics views value it.
    target.cargoValueUsd +=
      Math.round((cargo.valueAmount ?? 0) * (cargo.paymentCurrency === 'CNY' ? CNY_RATE : 1) * 100) / 100;
  }
  for (const { partner, month, rows: lines } of OFFICIAL) {
    for (const line of lines) {
      const target = row(partner, line.cmdCode === '2709' ? 'crude_oil' : 'lpg', month);
      target.officialTonnes += Number(line.netWgt) / 1000;
      target.officialValueUsd += Number(line.primaryValue);
    }
  }
  const order = (row: Expected) => `${row.month}|${row.partner}|${row.commodity}`;
  return [...rows.values()].sort((a, b) => (order(a) < order(b) ? -1 : 1));
}

const flaggedAt = (diff: number, official: number, percent: number, tonnes: number) =>
  Math.abs(diff) > tonnes && (official === 0 || (Math.abs(diff) / official) * 100 > percent);

describe('GET /api/official-stats/reconciliation', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await putRates(t, [{ currency: 'CNY', date: '2023-01-01', usdPerUnit: CNY_RATE }]);
    await postShipments(
      t,
      CARGOES.map((cargo) => ({ status: 'delivered', ...cargo })),
    );
    const imported = await t.http.post(
      '/api/official-stats/import',
      comtradeFile(OFFICIAL.flatMap((flow) => flow.rows)),
      CSV,
    );
    expect(imported.status).toBe(200);
  });
  afterAll(() => t.close());

  it('compares cargo and official tonnes and USD per importer, partner, commodity and month, flagging gaps over 20% and 1,000 t', async () => {
    const { status, body } = await t.http.get(
      `/api/official-stats/reconciliation${query({ from: '2023-06-01', to: '2023-07-31' })}`,
    );
    expect(status).toBe(200);
    expect(body.thresholds).toEqual({ percent: 20, tonnes: 1000 });
    const expected = expectedRows();
    expect(body.rows.map((row: Expected) => [row.month, row.importer, row.partner, row.commodity])).toEqual(
      expected.map((row) => [row.month, row.importer, row.partner, row.commodity]),
    );
    body.rows.forEach((row: Record<string, number | string | boolean | null>, index: number) => {
      const want = expected[index]!;
      const diff = want.cargoTonnes - want.officialTonnes;
      expect(row).toMatchObject({
        cargoTonnes: want.cargoTonnes,
        officialTonnes: want.officialTonnes,
        cargoValueUsd: want.cargoValueUsd,
        officialValueUsd: want.officialValueUsd,
        flagged: flaggedAt(diff, want.officialTonnes, 20, 1000),
      });
      expect(row['diffTonnes']).toBeCloseTo(diff, 3);
      expect(row['diffValueUsd']).toBeCloseTo(want.cargoValueUsd - want.officialValueUsd, 2);
      if (want.officialTonnes === 0) expect(row['diffPercent']).toBeNull();
      else expect(row['diffPercent']).toBeCloseTo((diff / want.officialTonnes) * 100, 2);
    });
    expect(
      body.rows
        .filter((row: { flagged: boolean }) => row.flagged)
        .map((row: Expected) => `${row.partner} ${row.commodity}`),
    ).toEqual(['SA crude_oil', 'QA lpg', 'RU crude_oil']);
    expect(body.rows.find((row: Expected) => row.partner === 'QA').officialEstimated).toBe(true);
    expect(body.flaggedCount).toBe(3);

    const sum = (key: keyof Expected) => expected.reduce((total, row) => total + (row[key] as number), 0);
    expect(body.total.cargoTonnes).toBeCloseTo(sum('cargoTonnes'), 3);
    expect(body.total.officialTonnes).toBeCloseTo(sum('officialTonnes'), 3);
    expect(body.total.cargoValueUsd).toBeCloseTo(sum('cargoValueUsd'), 2);
    expect(body.total.cargoShipments).toBe(5);
    expect(
      body.months.map((month: { month: string; officialTonnes: number }) => [
        month.month,
        month.officialTonnes,
      ]),
    ).toEqual([
      ['2023-06-01', 220_000],
      ['2023-07-01', 32_000],
    ]);
  });

  it('takes the thresholds as parameters', async () => {
    const { body } = await t.http.get(
      `/api/official-stats/reconciliation${query({ gapPercent: 10, gapTonnes: 500 })}`,
    );
    expect(body.thresholds).toEqual({ percent: 10, tonnes: 500 });
    const flagged = body.rows
      .filter((row: { flagged: boolean }) => row.flagged)
      .map((row: Expected) => `${row.partner} ${row.commodity}`);
    // AE (-20%) and the Russian LPG (-600 t, -30%) now pass both thresholds.
    expect(flagged).toEqual(['AE crude_oil', 'SA crude_oil', 'QA lpg', 'RU crude_oil', 'RU lpg']);
  });

  it('narrows by commodity, origin and whole months of from/to', async () => {
    const lpg = await t.http.get(`/api/official-stats/reconciliation${query({ commodity: 'lpg' })}`);
    expect(lpg.body.rows.map((row: Expected) => [row.partner, row.cargoTonnes, row.officialTonnes])).toEqual([
      ['QA', 0, 30_000],
      ['RU', 1_400, 2_000],
    ]);
    const june = await t.http.get(
      `/api/official-stats/reconciliation${query({ from: '2023-06-20', to: '2023-06-21', origin: 'SA' })}`,
    );
    expect(june.body).toMatchObject({ from: '2023-06-01', to: '2023-06-30' });
    expect(june.body.rows).toEqual([
      expect.objectContaining({
        partner: 'SA',
        commodity: 'crude_oil',
        cargoTonnes: 162_500.5,
        officialTonnes: 120_000,
      }),
    ]);
  });

  it('reads the cargo importer from the destination of each cargo, and filters both sides by it', async () => {
    const india = await t.http.get(`/api/official-stats/reconciliation${query({ destination: 'IN' })}`);
    expect(india.body.rows).toEqual([]);
    const pakistan = await t.http.get(`/api/official-stats/reconciliation${query({ destination: 'PK' })}`);
    expect(pakistan.body.rows).toHaveLength(expectedRows().length);
    expect(pakistan.body.rows.every((row: Expected) => row.importer === 'PK')).toBe(true);
  });

  it('answers 400 for a commodity official statistics do not cover and for bad thresholds', async () => {
    const diesel = await t.http.get(`/api/official-stats/reconciliation${query({ commodity: 'diesel' })}`);
    expect(diesel.status).toBe(400);
    expect(diesel.body.errors[0].field).toBe('commodity');
    const threshold = await t.http.get(`/api/official-stats/reconciliation${query({ gapPercent: -1 })}`);
    expect(threshold.status).toBe(400);
    expect(threshold.body.errors).toEqual([
      { field: 'gapPercent', message: 'gapPercent must be a number from 0 to 1000' },
    ]);
  });

  it('is open to viewers, not to anonymous callers', async () => {
    const viewer = await clientWithApiKey(t, 'viewer');
    expect((await viewer.get('/api/official-stats/reconciliation')).status).toBe(200);
    expect((await t.anonymous.get('/api/official-stats/reconciliation')).status).toBe(401);
  });
});
