import type { ShipmentInput } from '@tradeflow/domain';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';
import { postShipments, query } from './support/load';

// Six cargoes of June and July 2023, their chokepoints worked out by hand from the sea-lane table.
const CARGOES = {
  gulf: aShipmentInput({
    reference: 'CP-SA',
    originCountry: 'SA',
    loadPort: 'SARTA',
    volumeTonnes: 100_000,
    arrivalDate: '2023-06-10',
  }),
  baltic: aShipmentInput({
    reference: 'CP-RU',
    originCountry: 'RU',
    loadPort: 'RUULU',
    volumeTonnes: 45_000,
    arrivalDate: '2023-06-11',
    stsTransferPoint: 'off Sohar, Oman',
  }),
  overland: aShipmentInput({
    reference: 'CP-LPG',
    commodity: 'lpg',
    originCountry: 'RU',
    loadPort: null,
    dischargePort: null,
    transportMode: 'road',
    transitCountries: ['UZ', 'AF'],
    volumeTonnes: 735,
    valueAmount: null,
    paymentCurrency: null,
    vesselImo: null,
    arrivalDate: '2023-06-13',
  }),
  cape: aShipmentInput({
    reference: 'CP-US',
    originCountry: 'US',
    loadPort: 'USHOU',
    volumeTonnes: 136_426,
    arrivalDate: '2023-07-20',
    chokepoints: ['cape_of_good_hope'],
  }),
  fujairah: aShipmentInput({
    reference: 'CP-AE',
    originCountry: 'AE',
    loadPort: 'AEFJR',
    volumeTonnes: 30_000,
    arrivalDate: '2023-07-05',
  }),
  kuwait: aShipmentInput({
    reference: 'CP-KW',
    originCountry: 'KW',
    loadPort: 'KWMEA',
    dischargePort: 'PKBQM',
    volumeTonnes: 50_000,
    arrivalDate: '2023-07-25',
  }),
} satisfies Record<string, ShipmentInput>;

const TOTAL = 100_000 + 45_000 + 735 + 136_426 + 30_000 + 50_000;
const range = { from: '2023-06-01', to: '2023-07-31' };

describe('chokepoints', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await postShipments(t, Object.values(CARGOES));
  });
  afterAll(() => t.close());

  const stored = async (reference: string) =>
    (await t.http.get(`/api/shipments${query({ q: reference })}`)).body.items[0];

  it('stores what each shipment passes: derived by the table, the override when given, none off the sea', async () => {
    expect((await stored('CP-SA')).chokepointsPassed).toEqual(['hormuz']);
    expect(await stored('CP-RU')).toMatchObject({
      chokepoints: null,
      chokepointsPassed: ['bab_el_mandeb', 'suez', 'danish_straits'],
    });
    expect(await stored('CP-US')).toMatchObject({
      chokepoints: ['cape_of_good_hope'],
      chokepointsPassed: ['cape_of_good_hope'],
    });
    expect((await stored('CP-AE')).chokepointsPassed).toEqual([]);
    expect((await stored('CP-LPG')).chokepointsPassed).toEqual([]);
  });

  it('recomputes them when the override or the route changes', async () => {
    const shipment = aShipmentInput({
      reference: 'CP-PATCH',
      originCountry: 'US',
      loadPort: 'USHOU',
      arrivalDate: '2022-01-10',
      contractDate: null,
      departureDate: null,
    });
    const { status, body: created } = await t.http.post('/api/shipments', shipment);
    expect([status, created.errors]).toEqual([201, undefined]);
    expect(created.chokepointsPassed).toEqual(['bab_el_mandeb', 'suez']);
    const withOverride = await t.http.patch(`/api/shipments/${created.id}`, {
      chokepoints: ['cape_of_good_hope'],
    });
    expect(withOverride.body.chokepointsPassed).toEqual(['cape_of_good_hope']);
    const derivedAgain = await t.http.patch(`/api/shipments/${created.id}`, {
      chokepoints: null,
      loadPort: 'RUVVO',
      originCountry: 'RU',
    });
    expect(derivedAgain.body.chokepointsPassed).toEqual(['malacca']);
    await t.http.delete(`/api/shipments/${created.id}`);
  });

  it('summary by chokepoint: each shipment in every chokepoint it passes, shares overlapping, totals counted once', async () => {
    const { status, body } = await t.http.get(
      `/api/analytics/summary${query({ ...range, groupBy: 'chokepoint' })}`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      groupBy: 'chokepoint',
      groupsOverlap: true,
      totalTonnes: TOTAL,
      shipmentCount: 6,
      hhi: null,
    });
    expect(body.overlapNote).toMatch(/do not add up to 100%/);
    const byKey = Object.fromEntries(body.groups.map((g: { key: string }) => [g.key, g]));
    expect(byKey.hormuz).toMatchObject({ tonnes: 150_000, shipments: 2, label: 'Strait of Hormuz' });
    expect(byKey.suez).toMatchObject({ tonnes: 45_000, shipments: 1 });
    expect(byKey.danish_straits).toMatchObject({ tonnes: 45_000, shipments: 1 });
    expect(byKey.bab_el_mandeb).toMatchObject({ tonnes: 45_000, shipments: 1 });
    expect(byKey.cape_of_good_hope).toMatchObject({ tonnes: 136_426, shipments: 1 });
    expect(byKey.none).toMatchObject({ tonnes: 30_735, shipments: 2, label: 'No chokepoint' });
    expect(byKey.hormuz.share).toBeCloseTo(150_000 / TOTAL, 12);
    const shareSum = body.groups.reduce((sum: number, g: { share: number }) => sum + g.share, 0);
    expect(shareSum).toBeCloseTo((150_000 + 3 * 45_000 + 136_426 + 30_735) / TOTAL, 12);
    expect(shareSum).toBeGreaterThan(1);
  });

  it('gives the same groups whichever source answers: whole months, a cut month, a commodity filter, one importer', async () => {
    const reference = await t.http.get(`/api/analytics/summary${query({ ...range, groupBy: 'chokepoint' })}`);
    const tonnesByKey = (groups: { key: string; tonnes: number }[]) =>
      Object.fromEntries(groups.map((g) => [g.key, g.tonnes]));
    const cut = await t.http.get(
      `/api/analytics/summary${query({ from: '2023-06-05', to: '2023-07-31', groupBy: 'chokepoint' })}`,
    );
    expect(tonnesByKey(cut.body.groups)).toEqual(tonnesByKey(reference.body.groups));
    const importer = await t.http.get(
      `/api/analytics/summary${query({ ...range, groupBy: 'chokepoint', destination: 'PK' })}`,
    );
    expect(tonnesByKey(importer.body.groups)).toEqual(tonnesByKey(reference.body.groups));
    const crude = await t.http.get(
      `/api/analytics/summary${query({ ...range, groupBy: 'chokepoint', commodity: 'crude_oil' })}`,
    );
    expect(tonnesByKey(crude.body.groups)).toEqual({ ...tonnesByKey(reference.body.groups), none: 30_000 });
  });

  it('timeseries by chokepoint: per month, Hormuz 100,000 t then 50,000 t, totals of the selection', async () => {
    const { body } = await t.http.get(
      `/api/analytics/timeseries${query({ ...range, groupBy: 'chokepoint' })}`,
    );
    expect(body).toMatchObject({ buckets: ['2023-06-01', '2023-07-01'], groupsOverlap: true });
    const series = Object.fromEntries(
      body.series.map((s: { key: string; values: number[] }) => [s.key, s.values]),
    );
    expect(series.hormuz).toEqual([100_000, 50_000]);
    expect(series.suez).toEqual([45_000, 0]);
    expect(series.cape_of_good_hope).toEqual([0, 136_426]);
    expect(body.totals).toEqual([145_735, 216_426]);
  });

  it('closing Hormuz: the Gulf cargoes at risk, the HHI by origin of what remains, per month and in total', async () => {
    const { status, body } = await t.http.get(
      `/api/analytics/scenario${query({ ...range, exclude: 'chokepoint:hormuz' })}`,
    );
    expect(status).toBe(200);
    expect(body.exclusions).toEqual([{ dimension: 'chokepoint', key: 'hormuz', label: 'Strait of Hormuz' }]);
    expect(body.total).toMatchObject({
      totalTonnes: TOTAL,
      atRiskTonnes: 150_000,
      shipmentsAtRisk: 2,
      remainingTonnes: TOTAL - 150_000,
    });
    // What remains by origin: RU 45,735, US 136,426, AE 30,000.
    const remaining = [45_735, 136_426, 30_000];
    const sum = remaining.reduce((a, b) => a + b, 0);
    const hhi = remaining.reduce((acc, tonnes) => acc + ((100 * tonnes) / sum) ** 2, 0);
    expect(body.total.hhiAfter).toBeCloseTo(hhi, 8);
    expect(body.total.effectiveSuppliersAfter).toBeCloseTo(10_000 / hhi, 10);
    expect(body.periods.map((p: { atRiskTonnes: number }) => p.atRiskTonnes)).toEqual([100_000, 50_000]);
  });

  it('closing Suez puts the Baltic cargo at risk; chokepoint:none the ones that pass none', async () => {
    const suez = await t.http.get(
      `/api/analytics/scenario${query({ ...range, exclude: 'chokepoint:suez' })}`,
    );
    expect(suez.body.total).toMatchObject({ atRiskTonnes: 45_000, shipmentsAtRisk: 1 });
    const none = await t.http.get(
      `/api/analytics/scenario${query({ ...range, exclude: 'chokepoint:none' })}`,
    );
    expect(none.body.total).toMatchObject({ atRiskTonnes: 30_735, shipmentsAtRisk: 2 });
  });

  describe('bad input', () => {
    it('an unknown chokepoint in exclude is a 400 naming exclude', async () => {
      const { status, body } = await t.http.get(
        `/api/analytics/scenario${query({ exclude: 'chokepoint:gibraltar' })}`,
      );
      expect(status).toBe(400);
      expect(body.errors).toEqual([
        { field: 'exclude', message: expect.stringMatching(/unknown chokepoint code/) },
      ]);
    });

    it('an unknown chokepoint on a shipment is a 400 naming chokepoints, and nothing is written', async () => {
      const { status, body } = await t.http.post(
        '/api/shipments',
        aShipmentInput({ reference: 'CP-BAD', chokepoints: ['gibraltar'] as never }),
      );
      expect(status).toBe(400);
      expect(body.errors).toEqual([
        { field: 'chokepoints', message: expect.stringMatching(/unknown chokepoint code "gibraltar"/) },
      ]);
      expect((await t.http.get(`/api/shipments${query({ q: 'CP-BAD' })}`)).body.total).toBe(0);
    });

    it('an override on a road shipment is a 400 naming chokepoints, and nothing is written', async () => {
      const { status, body } = await t.http.post('/api/shipments', {
        ...CARGOES.overland,
        reference: 'CP-BAD-ROAD',
        chokepoints: ['hormuz'],
      });
      expect(status).toBe(400);
      expect(body.errors).toEqual([
        { field: 'chokepoints', message: expect.stringMatching(/sea shipments only/) },
      ]);
      expect((await t.http.get(`/api/shipments${query({ q: 'CP-BAD-ROAD' })}`)).body.total).toBe(0);
    });

    it('an unknown groupBy names the chokepoint choice among the allowed ones', async () => {
      const { status, body } = await t.http.get(`/api/analytics/summary${query({ groupBy: 'strait' })}`);
      expect(status).toBe(400);
      expect(body.errors[0]).toMatchObject({
        field: 'groupBy',
        message: expect.stringMatching(/chokepoint/),
      });
    });
  });
});
