import type { AnalyticsSummary, Shipment } from '@tradeflow/domain';
import { startTestApp, type TestApp } from '../support/test-app';

const LOAD_DAY = '2026-12-01';
const clockAt = (day: string) => () => new Date(`${day}T06:00:00.000Z`);

const id = async (t: TestApp, reference: string): Promise<string> =>
  (await t.http.get(`/api/shipments?q=${reference}`)).body.items[0].id;

async function allShipments(t: TestApp): Promise<Shipment[]> {
  const items: Shipment[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = (await t.http.get(`/api/shipments?limit=1000&offset=${offset}&sort=reference:asc`)).body;
    items.push(...page.items);
    if (items.length >= page.total) return items;
  }
}

/** The 12 calendar months before the month of `day`, as the dashboard's default period. */
function last12Months(day: string): { from: string; to: string } {
  const firstOfMonth = new Date(`${day.slice(0, 7)}-01T00:00:00.000Z`);
  const from = new Date(firstOfMonth);
  from.setUTCFullYear(from.getUTCFullYear() - 1);
  const to = new Date(firstOfMonth.getTime() - 86_400_000);
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

describe('the sample data tells the analyst story', () => {
  let t: TestApp;
  let shipments: Shipment[];

  beforeAll(async () => {
    t = await startTestApp({}, { SAMPLE_DATA: 'true' }, { clock: clockAt(LOAD_DAY) });
    shipments = await allShipments(t);
  });
  afterAll(() => t.close());

  it('loads once: a second start on the same database adds no shipment, source or fx rate', async () => {
    const before = {
      shipments: shipments.length,
      rates: (await t.http.get('/api/fx-rates?limit=1000')).body.total,
      sources: shipments.reduce((sum, s) => sum + (s.sourceCount ?? 0), 0),
    };
    const again = await startTestApp(
      {},
      { SAMPLE_DATA: 'true' },
      { clock: clockAt('2027-02-10'), sharedDb: t.db },
    );
    try {
      const after = await allShipments(again);
      expect({
        shipments: after.length,
        rates: (await again.http.get('/api/fx-rates?limit=1000')).body.total,
        sources: after.reduce((sum, s) => sum + (s.sourceCount ?? 0), 0),
      }).toEqual(before);
    } finally {
      await again.close();
    }
  });

  it('attaches published sources (a URL, a publisher, a date) to every real cargo', async () => {
    const real = shipments.filter((s) => s.reference.startsWith('PK-'));
    expect(real.map((s) => s.reference).sort()).toEqual([
      'PK-RU-CRUDE-2023-001',
      'PK-RU-CRUDE-2023-002',
      'PK-RU-LPG-2023-001',
      'PK-US-CRUDE-2025-001',
      'PK-US-CRUDE-2025-002',
      'PK-US-CRUDE-2026-001',
    ]);
    for (const shipment of real) {
      const sources = (await t.http.get(`/api/shipments/${shipment.id}/sources`)).body.items;
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) {
        expect(source.url).toMatch(/^https:\/\//);
        expect(source.publisher).toEqual(expect.any(String));
        expect(source.publishedDate).toMatch(/^20\d\d-\d\d-\d\d$/);
      }
      expect(sources.filter((s: { isRecord: boolean }) => s.isRecord)).toHaveLength(1);
    }
  });

  it('keeps the conflicting figures of the first cargo, the round 45,000 t of record', async () => {
    const sources = (await t.http.get(`/api/shipments/${await id(t, 'PK-RU-CRUDE-2023-001')}/sources`)).body
      .items;
    expect(
      sources.map((s: { volumeTonnes: number; isRecord: boolean }) => [s.volumeTonnes, s.isRecord]),
    ).toEqual([
      [45_000, true],
      [45_122, false],
      [45_142, false],
    ]);
  });

  it('marks every other row illustrative in its notes, with no source', () => {
    const illustrative = shipments.filter((s) => !s.reference.startsWith('PK-'));
    expect(illustrative.length).toBeGreaterThan(1000);
    for (const shipment of illustrative) {
      expect(shipment.notes).toMatch(/^Illustrative sample data/);
      expect(shipment.sourceCount).toBe(0);
    }
    for (const shipment of shipments.filter((s) => s.reference.startsWith('PK-'))) {
      expect(shipment.notes).not.toMatch(/^Illustrative/);
    }
  });

  it('runs the flows up to the load day: arrivals on it at the latest, the month before as full as the others', async () => {
    const delivered = shipments.filter((s) => s.status === 'delivered');
    const latest = delivered
      .map((s) => s.arrivalDate)
      .sort()
      .at(-1) as string;
    expect(latest <= LOAD_DAY).toBe(true);
    expect(latest >= '2026-11-25').toBe(true);
    const { from, to } = last12Months(LOAD_DAY);
    const perMonth = (
      await t.http.get(`/api/analytics/timeseries?metric=shipments&status=delivered&from=${from}&to=${to}`)
    ).body.totals as number[];
    expect(perMonth).toHaveLength(12);
    const fewest = Math.min(...perMonth.slice(0, 11));
    expect(fewest).toBeGreaterThan(0);
    expect(perMonth[11]).toBeGreaterThanOrEqual(fewest);
  });

  it('answers the latest delivered arrival as its freshness, with the server date', async () => {
    const latest = shipments
      .filter((s) => s.status === 'delivered')
      .map((s) => s.arrivalDate)
      .sort()
      .at(-1);
    expect((await t.http.get('/api/analytics/freshness')).body).toEqual({
      latestArrivalDate: latest,
      today: LOAD_DAY,
    });
  });

  it("answers one importer's freshness from that importer's records, and refuses an unknown parameter", async () => {
    const latestOf = (destination: string) =>
      shipments
        .filter((s) => s.status === 'delivered' && s.destinationCountry === destination)
        .map((s) => s.arrivalDate)
        .sort()
        .at(-1);
    for (const destination of ['PK', 'IN']) {
      expect((await t.http.get(`/api/analytics/freshness?destination=${destination}`)).body).toEqual({
        latestArrivalDate: latestOf(destination),
        today: LOAD_DAY,
      });
    }
    const refused = await t.http.get('/api/analytics/freshness?since=2026-01-01');
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].field).toBe('since');
  });

  it('has an fx rate for every non-USD currency it pays in, so no shipment lacks one', async () => {
    const currencies = (await t.http.get('/api/analytics/summary?groupBy=currency')).body as AnalyticsSummary;
    const paid = currencies.groups.map((g) => g.key).filter((key) => key !== 'USD' && key !== 'none');
    expect(paid.sort()).toEqual(['AED', 'CNY', 'SAR']);
    for (const currency of paid) {
      const rates = (await t.http.get(`/api/fx-rates?currency=${currency}&to=2019-01-31`)).body.items;
      expect(rates).toHaveLength(1);
    }
    expect(currencies.shipmentsWithoutFxRate).toBe(0);
    const byValue = (await t.http.get('/api/analytics/summary?groupBy=currency&basis=value')).body;
    expect(byValue.shipmentsWithoutFxRate).toBe(0);
    expect(byValue.groups.find((g: { key: string }) => g.key === 'CNY').valueUsd).toBeGreaterThan(0);
  });

  it('has monthly Brent and Dubai prices from January 2019 to October 2025, noted as approximate', async () => {
    const benchmarks = (await t.http.get('/api/benchmarks')).body as {
      code: string;
      priceCount: number;
      firstDate: string;
      lastDate: string;
      note: string;
    }[];
    for (const code of ['BRENT', 'DUBAI']) {
      const benchmark = benchmarks.find((b) => b.code === code)!;
      // 2019-2024 (72 months) and January to October 2025.
      expect(benchmark).toMatchObject({ priceCount: 82, firstDate: '2019-01-01', lastDate: '2025-10-01' });
      expect(benchmark.note).toMatch(/approximate.*illustrative/);
    }
    const crude = (
      await t.http.get(
        '/api/analytics/prices?commodity=crude_oil&origin=RU,US&benchmark=DUBAI&from=2023-01-01&to=2025-10-31',
      )
    ).body;
    expect(crude.origins.map((o: { origin: string }) => o.origin).sort()).toEqual(['RU', 'US']);
    for (const origin of crude.origins) expect(origin.total.discountUsdPerBarrel).not.toBeNull();
  });

  it('shows Pakistan importing US crude, Russian LPG and paying in yuan in the default last 12 months', async () => {
    const { from, to } = last12Months(LOAD_DAY);
    const range = `destination=PK&from=${from}&to=${to}`;
    const origins = (await t.http.get(`/api/analytics/summary?groupBy=origin&${range}`)).body;
    expect(origins.groups.map((g: { key: string }) => g.key)).toEqual(expect.arrayContaining(['US', 'RU']));
    const currencies = (await t.http.get(`/api/analytics/summary?groupBy=currency&${range}`)).body;
    expect(currencies.groups.find((g: { key: string }) => g.key === 'CNY').tonnes).toBeGreaterThan(0);
  });

  it('adds India as a second importer: illustrative, with Indian discharge ports', async () => {
    const india = shipments.filter((s) => s.destinationCountry === 'IN');
    expect(india.length).toBeGreaterThan(100);
    for (const shipment of india) {
      expect(shipment.reference).toMatch(/^ILL-IN-/);
      expect(shipment.dischargePort).toMatch(/^IN/);
    }
    expect(
      shipments.filter((s) => s.destinationCountry !== 'IN').every((s) => s.destinationCountry === 'PK'),
    ).toBe(true);
    const importers = (await t.http.get('/api/analytics/summary?groupBy=destination')).body.groups;
    expect(importers.map((g: { key: string }) => g.key).sort()).toEqual(['IN', 'PK']);
  });

  it("ships the story's saved views", async () => {
    const views = (await t.http.get('/api/saved-views')).body.items;
    expect(views.map((view: { name: string }) => view.name).sort()).toEqual([
      'Overland LPG',
      'Russian crude pilot, June 2023',
      'US crude since October 2025',
    ]);
    expect(views[0].createdBy).toEqual({ type: 'system', name: 'sample data' });
  });

  it('moves the first Russian cargo ship-to-ship off Oman before Karachi', async () => {
    const first = (await t.http.get(`/api/shipments/${await id(t, 'PK-RU-CRUDE-2023-001')}`)).body;
    expect(first).toMatchObject({
      originCountry: 'RU',
      loadPort: 'RUULU',
      dischargePort: 'PKKHI',
      stsTransferPoint: 'off Sohar, Oman',
      transitCountries: [],
      legs: [
        { mode: 'sea', from: 'RU', to: 'OM' },
        { mode: 'sea', from: 'OM', to: 'PK' },
      ],
      volumeTonnes: 45_000,
    });
  });

  it('sends the LPG by rail to Uzbekistan and by truck through Afghanistan', async () => {
    const lpg = (await t.http.get(`/api/shipments/${await id(t, 'PK-RU-LPG-2023-001')}`)).body;
    expect(lpg).toMatchObject({
      volumeTonnes: 735,
      transportMode: 'road',
      transitCountries: ['UZ', 'AF'],
      legs: [
        { mode: 'rail', from: 'RU', to: 'UZ', via: ['KZ'] },
        { mode: 'road', from: 'UZ', to: 'PK', via: ['AF'] },
      ],
    });
  });

  it('seeds the two targets of the issue, and their progress answers', async () => {
    const targets = (await t.http.get('/api/targets')).body.items;
    expect(targets).toEqual([
      expect.objectContaining({ name: 'GCC share below 60%', kind: 'share_max', key: 'GCC', value: 0.6 }),
      expect.objectContaining({
        name: 'Russian crude 100,000 b/d',
        kind: 'flow_rate_min',
        key: 'RU',
        commodity: 'crude_oil',
        value: 100_000,
        unit: 'bbl/d',
      }),
    ]);
    for (const target of targets) {
      const progress = await t.http.get(`/api/targets/${target.id}/progress?granularity=fiscal_year`);
      expect(progress.status).toBe(200);
      expect(progress.body.periods.length).toBeGreaterThan(1);
    }
  });

  it('has Russian crude at sea and contracted after the load day, for the outlook', async () => {
    const outlook = (await t.http.get(`/api/analytics/outlook?origin=RU&granularity=year&from=${LOAD_DAY}`))
      .body;
    expect(outlook.total.incomingShipments).toBe(2);
    expect(outlook.total.incomingTonnes).toBe(200_000);
  });
});

describe('the sample loaded on another day', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, { SAMPLE_DATA: 'true' }, { clock: clockAt('2027-03-15') });
  });
  afterAll(() => t.close());

  it('runs its illustrative flows up to that day and keeps an fx rate for every shipment', async () => {
    const latest = (await t.http.get('/api/shipments?status=delivered&limit=1&sort=arrivalDate:desc')).body
      .items[0].arrivalDate;
    expect(latest > '2027-03-01' && latest <= '2027-03-15').toBe(true);
    const february = (
      await t.http.get('/api/analytics/summary?groupBy=origin&from=2027-02-01&to=2027-02-28&basis=value')
    ).body;
    expect(february.shipmentCount).toBeGreaterThan(15);
    expect(february.shipmentsWithoutFxRate).toBe(0);
  });
});
