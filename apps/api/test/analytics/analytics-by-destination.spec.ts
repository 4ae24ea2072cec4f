import type { ShipmentInput } from '@tradeflow/domain';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';
import { groupsOf, hhiOf, matching, monthOf, type Row, tonnesOf } from './support/expected';
import { postShipments, query } from './support/load';

/*
 * Two importers on the same months: Pakistan (Karachi, Port Qasim, overland) and India (Sikka,
 * Mundra, one named without a port). Every expected figure is computed here from these rows.
 */
function twoImporters(): Row[] {
  const rows: ShipmentInput[] = [];
  const cargo = (
    reference: string,
    originCountry: string,
    arrivalDate: string,
    volumeTonnes: number,
    place: Partial<ShipmentInput>,
    extra: Partial<ShipmentInput> = {},
  ) =>
    rows.push(
      aShipmentInput({
        reference,
        originCountry,
        arrivalDate,
        volumeTonnes,
        departureDate: null,
        contractDate: null,
        loadPort: null,
        ...place,
        ...extra,
      }),
    );
  const karachi = { dischargePort: 'PKKHI' };
  const qasim = { dischargePort: 'PKBQM' };
  const sikka = { dischargePort: 'INSIK' };
  const mundra = { dischargePort: 'INMUN', destinationCountry: 'IN' };
  const overland = { dischargePort: null, transportMode: 'road' as const, transitCountries: ['AF'] };
  const india = { dischargePort: null, destinationCountry: 'IN' };
  cargo('PK-SA-1', 'SA', '2023-05-04', 90000.125, karachi);
  cargo('PK-AE-1', 'AE', '2023-05-20', 60000, qasim, { paymentCurrency: 'AED', valueAmount: 1000 });
  cargo('PK-RU-1', 'RU', '2023-06-11', 45000, karachi, { paymentCurrency: 'CNY', valueAmount: 2000 });
  cargo('PK-RU-2', 'RU', '2023-06-25', 20.5, overland, { commodity: 'lpg' });
  cargo('PK-SA-2', 'SA', '2023-07-02', 80000, qasim);
  cargo('IN-RU-1', 'RU', '2023-05-09', 140000, sikka);
  cargo('IN-IQ-1', 'IQ', '2023-05-28', 130000.5, mundra);
  cargo('IN-SA-1', 'SA', '2023-06-03', 100000, sikka);
  cargo('IN-RU-2', 'RU', '2023-06-19', 150000, india, { commodity: 'lpg' });
  cargo('IN-AE-1', 'AE', '2023-07-15', 70000, mundra);
  return rows;
}

describe('analytics per importing country (destination filter and groupBy=destination)', () => {
  let t: TestApp;
  const rows = twoImporters();

  beforeAll(async () => {
    t = await startTestApp();
    await postShipments(t, rows);
  });
  afterAll(() => t.close());

  const get = async (path: string, params: Record<string, string | undefined>) => {
    const response = await t.http.get(`/api/analytics/${path}${query(params)}`);
    expect(response.status).toBe(200);
    return response.body;
  };

  /** HHI and shares by origin of the rows, by tonnes (kilograms to stay exact). */
  const expectedConcentration = (selected: Row[]) => {
    const amounts = [...groupsOf(selected, 'origin')].map(([key, group]) => ({
      key,
      tonnes: tonnesOf(group),
    }));
    const total = tonnesOf(selected);
    return {
      total,
      hhi: hhiOf(amounts.map((a) => a.tonnes)),
      shares: Object.fromEntries(amounts.map((a) => [a.key, a.tonnes / total])),
    };
  };

  // Whole months (read from the aggregates) and a range that cuts months (raw rows too).
  describe.each([
    ['whole months', { from: '2023-05-01', to: '2023-07-31' }],
    ['cut months', { from: '2023-05-10', to: '2023-07-10' }],
    ['no dates', {}],
  ])('summary over %s', (_label, range) => {
    it.each(['PK', 'IN'])('shares and HHI by origin of %s alone', async (destination) => {
      const selected = matching(rows, { ...range, destination: [destination] });
      const expected = expectedConcentration(selected);
      const body = await get('summary', { ...range, destination, groupBy: 'origin' });
      expect(body.totalTonnes).toBe(expected.total);
      expect(body.shipmentCount).toBe(selected.length);
      expect(body.hhi).toBeCloseTo(expected.hhi as number, 6);
      expect(
        Object.fromEntries(body.groups.map((g: { key: string; share: number }) => [g.key, g.share])),
      ).toEqual(
        Object.fromEntries(
          Object.entries(expected.shares).map(([key, share]) => [key, expect.closeTo(share, 9)]),
        ),
      );
    });

    it('groupBy=destination: one group per importer, with its tonnes', async () => {
      const selected = matching(rows, range);
      const body = await get('summary', { ...range, groupBy: 'destination' });
      const expected = [...groupsOf(selected, 'destination')]
        .map(([key, group]) => ({ key, tonnes: tonnesOf(group), shipments: group.length }))
        .sort((a, b) => b.tonnes - a.tonnes);
      expect(
        body.groups.map((g: { key: string; tonnes: number; shipments: number }) => ({
          key: g.key,
          tonnes: g.tonnes,
          shipments: g.shipments,
        })),
      ).toEqual(expected);
      expect(body.groups.map((g: { label: string }) => g.label)).toEqual(
        expected.map((g) => ({ PK: 'Pakistan', IN: 'India' })[g.key]),
      );
    });

    it('a destination filter with another filter (crude only) reads the same numbers', async () => {
      const selected = matching(rows, { ...range, destination: ['IN'], commodity: ['crude_oil'] });
      const body = await get('summary', { ...range, destination: 'IN', commodity: 'crude_oil' });
      expect(body.totalTonnes).toBe(tonnesOf(selected));
      expect(body.hhi).toBeCloseTo(expectedConcentration(selected).hhi as number, 6);
    });
  });

  it('both importers together pool their imports (shares across importers)', async () => {
    const expected = expectedConcentration(rows);
    const body = await get('summary', { destination: 'PK,IN' });
    const unfiltered = await get('summary', {});
    expect(body.totalTonnes).toBe(expected.total);
    expect(body.hhi).toBeCloseTo(expected.hhi as number, 6);
    expect(unfiltered.hhi).toBeCloseTo(expected.hhi as number, 6);
  });

  it('timeseries by origin of India, per month', async () => {
    const body = await get('timeseries', { destination: 'IN', from: '2023-05-01', to: '2023-07-31' });
    expect(body.buckets).toEqual(['2023-05-01', '2023-06-01', '2023-07-01']);
    for (const series of body.series as { key: string; values: number[] }[]) {
      const expected = body.buckets.map((bucket: string) =>
        tonnesOf(
          matching(rows, { destination: ['IN'], origin: [series.key] }).filter(
            (row) => monthOf(row.arrivalDate) === bucket,
          ),
        ),
      );
      expect(series.values).toEqual(expected);
    }
    expect(body.series.map((s: { key: string }) => s.key).sort()).toEqual(['AE', 'IQ', 'RU', 'SA']);
  });

  it('concentration of each importer per month', async () => {
    for (const destination of ['PK', 'IN']) {
      const body = await get('concentration', { destination, from: '2023-05-01', to: '2023-07-31' });
      const expected = body.buckets.map((bucket: string) => {
        const month = matching(rows, { destination: [destination] }).filter(
          (row) => monthOf(row.arrivalDate) === bucket,
        );
        return expectedConcentration(month).hhi;
      });
      expect(body.points.map((p: { hhi: number }) => p.hhi)).toEqual(
        expected.map((hhi: number) => expect.closeTo(hhi, 6)),
      );
    }
  });

  it('scenario: India without Russia', async () => {
    const body = await get('scenario', { destination: 'IN', exclude: 'origin:RU' });
    const india = matching(rows, { destination: ['IN'] });
    const russian = india.filter((row) => row.originCountry === 'RU');
    expect(body.total.totalTonnes).toBe(tonnesOf(india));
    expect(body.total.atRiskTonnes).toBe(tonnesOf(russian));
    expect(body.total.hhiAfter).toBeCloseTo(
      expectedConcentration(india.filter((row) => row.originCountry !== 'RU')).hhi as number,
      6,
    );
  });

  it('scenario can exclude an importer (destination:IN)', async () => {
    const body = await get('scenario', { exclude: 'destination:IN' });
    expect(body.total.atRiskTonnes).toBe(tonnesOf(matching(rows, { destination: ['IN'] })));
  });

  it('flows of one importer', async () => {
    const body = await get('flows', { destination: 'PK' });
    expect(body.totalTonnes).toBe(tonnesOf(matching(rows, { destination: ['PK'] })));
    expect(
      body.nodes
        .filter((n: { column: string }) => n.column === 'port')
        .map((n: { key: string }) => n.key)
        .sort(),
    ).toEqual(['PKBQM', 'PKKHI', 'none']);
  });

  it('outlook of one importer', async () => {
    const body = await get('outlook', { destination: 'IN' });
    const india = matching(rows, { destination: ['IN'] });
    expect(body.total.withIncoming.tonnes).toBe(tonnesOf(india));
    expect(body.total.withIncoming.hhiByOrigin).toBeCloseTo(expectedConcentration(india).hhi as number, 6);
  });

  it('the timeseries CSV export by destination of one importer holds its tonnes only', async () => {
    const response = await t.http.get('/api/exports/timeseries.csv?destination=IN&groupBy=destination');
    expect(response.status).toBe(200);
    const [header, ...lines] = response.text.trim().split('\r\n');
    expect(header).toBe('period,period_label,destination,destination_label,tonnes');
    const cells = lines.map((line) => line.split(','));
    expect(new Set(cells.map((cell) => cell[2]))).toEqual(new Set(['IN']));
    const sumKg = cells.reduce((sum, cell) => sum + Math.round(Number(cell[4]) * 1000), 0);
    expect(sumKg / 1000).toBe(tonnesOf(matching(rows, { destination: ['IN'] })));
  });

  it('a target share of Russia within India', async () => {
    const created = await t.http.post('/api/targets', {
      name: 'Russia at most half of India',
      kind: 'share_max',
      dimension: 'origin',
      key: 'RU',
      value: 0.5,
    });
    expect(created.status).toBe(201);
    const progress = await t.http.get(
      `/api/targets/${created.body.id}/progress?destination=IN&granularity=year&from=2023-01-01&to=2023-12-31`,
    );
    expect(progress.status).toBe(200);
    const india = matching(rows, { destination: ['IN'] });
    const russian = tonnesOf(india.filter((row) => row.originCountry === 'RU'));
    expect(progress.body.total.actual).toBeCloseTo(russian / tonnesOf(india), 9);
  });

  it.each([
    ['summary', 'destination=ZZ'],
    ['summary', 'destination=pk'],
    ['timeseries', 'destination=PK,XX'],
  ])('%s?%s: 400 naming destination', async (path, params) => {
    const response = await t.http.get(`/api/analytics/${path}?${params}`);
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['destination']);
  });
});
