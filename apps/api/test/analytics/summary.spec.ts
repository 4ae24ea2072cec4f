import { startTestApp, type TestApp } from '../support/test-app';
import { barrelsOf, groupsOf, hhiOf, matching, shannonOf, tonnesOf } from './support/expected';
import { flowsFixture } from './support/flows-fixture';
import { postShipments, query } from './support/load';

describe('GET /api/analytics/summary', () => {
  let t: TestApp;
  const rows = flowsFixture('SUM');

  beforeAll(async () => {
    t = await startTestApp();
    await postShipments(t, rows);
  });
  afterAll(() => t.close());

  describe.each(['origin', 'currency', 'commodity', 'mode', 'region', 'route'])(
    'grouped by %s',
    (groupBy) => {
      it('matches totals, groups, shares and indices computed from the rows', async () => {
        const { status, body } = await t.http.get(`/api/analytics/summary${query({ groupBy })}`);
        expect(status).toBe(200);
        expect(body.groupBy).toBe(groupBy);
        expect(body.totalTonnes).toBe(tonnesOf(rows));
        expect(body.totalBarrels).toBe(barrelsOf(rows));
        expect(body.shipmentCount).toBe(rows.length);

        const groups = [...groupsOf(rows, groupBy)].map(([key, members]) => ({
          key,
          tonnes: tonnesOf(members),
          barrels: barrelsOf(members),
          shipments: members.length,
        }));
        groups.sort((a, b) => b.tonnes - a.tonnes || (a.key < b.key ? -1 : 1));
        expect(body.groups.map((g: { key: string }) => g.key)).toEqual(groups.map((g) => g.key));
        body.groups.forEach((group: Record<string, number>, index: number) => {
          const expected = groups[index]!;
          expect(group).toMatchObject({
            tonnes: expected.tonnes,
            barrels: expected.barrels,
            shipments: expected.shipments,
          });
          expect(group['share']).toBeCloseTo(expected.tonnes / tonnesOf(rows), 12);
        });
        const shareSum = body.groups.reduce((sum: number, g: { share: number }) => sum + g.share, 0);
        expect(shareSum).toBeCloseTo(1, 12);

        const amounts = groups.map((g) => g.tonnes);
        expect(body.hhi).toBeCloseTo(hhiOf(amounts)!, 8);
        expect(body.effectiveSuppliers).toBeCloseTo(10_000 / hhiOf(amounts)!, 10);
        expect(body.shannon).toBeCloseTo(shannonOf(amounts)!, 12);
      });
    },
  );

  it('labels groups for people', async () => {
    const label = async (groupBy: string, key: string) =>
      (await t.http.get(`/api/analytics/summary${query({ groupBy })}`)).body.groups.find(
        (g: { key: string }) => g.key === key,
      )?.label;
    expect(await label('origin', 'SA')).toBe('Saudi Arabia');
    expect(await label('currency', 'CNY')).toBe('Yuan Renminbi');
    expect(await label('currency', 'none')).toBe('Not recorded');
    expect(await label('commodity', 'lpg')).toBe('Liquefied petroleum gas');
    expect(await label('mode', 'road')).toBe('Road');
    expect(await label('region', 'GCC')).toBe('Gulf Cooperation Council');
    expect(await label('route', 'road via UZ|AF')).toBe('Road via Uzbekistan → Afghanistan');
    expect(await label('route', 'rail via KZ|UZ|AF')).toBe('Rail via Kazakhstan → Uzbekistan → Afghanistan');
  });

  it('is exact to the kilogram: 300,000.001 t + 0.001 t of Saudi supply', async () => {
    const { body } = await t.http.get(`/api/analytics/summary${query({ origin: 'SA', commodity: 'lpg' })}`);
    expect(body.totalTonnes).toBe(0.001);
    const saudi = (await t.http.get('/api/analytics/summary')).body.groups.find(
      (g: { key: string }) => g.key === 'SA',
    );
    expect(saudi.tonnes).toBe(630000.002);
  });

  it.each([
    [{ from: '2023-05-17', to: '2023-06-11' }],
    [{ from: '2023-05-31', to: '2023-08-01' }],
    [{ from: '2023-06-01', to: '2023-06-30' }],
    [{ from: '2023-06-02', to: '2023-06-29' }],
    [{ from: '2023-05-04' }],
    [{ to: '2023-08-31' }],
    [{ to: '2023-08-30' }],
    [{ from: '2023-06-01', to: '2024-01-09' }],
  ])('cuts edge months exactly: %j', async (range) => {
    const { body } = await t.http.get(`/api/analytics/summary${query(range)}`);
    const selected = matching(rows, range);
    expect(body.totalTonnes).toBe(tonnesOf(selected));
    expect(body.shipmentCount).toBe(selected.length);
    expect(body.groups.map((g: { key: string; tonnes: number }) => [g.key, g.tonnes]).sort()).toEqual(
      [...groupsOf(selected, 'origin')].map(([key, members]) => [key, tonnesOf(members)]).sort(),
    );
  });

  it.each([
    [{ origin: 'SA,RU' }],
    [{ commodity: 'lpg' }],
    [{ currency: 'USD,CNY' }],
    [{ mode: 'road,rail' }],
    [{ status: 'in_transit' }],
    [{ origin: 'SA', from: '2023-05-02', to: '2023-10-05', status: 'delivered' }],
  ])('applies the shipment filters %j', async (filters) => {
    const { body } = await t.http.get(`/api/analytics/summary${query(filters)}`);
    const parsed = Object.fromEntries(
      Object.entries(filters).map(([name, value]) => [
        name,
        name === 'from' || name === 'to' ? value : value.split(','),
      ]),
    );
    const selected = matching(rows, parsed);
    expect(body.totalTonnes).toBe(tonnesOf(selected));
    expect(body.shipmentCount).toBe(selected.length);
  });

  it('answers the same from the raw table when a text search forces it', async () => {
    // Every fixture reference starts with SUM-: q matches all rows, but only the raw table can say so.
    const viaRollup = (
      await t.http.get(`/api/analytics/summary${query({ groupBy: 'route', from: '2023-05-04' })}`)
    ).body;
    const viaRaw = (
      await t.http.get(`/api/analytics/summary${query({ groupBy: 'route', from: '2023-05-04', q: 'SUM-' })}`)
    ).body;
    expect(viaRaw).toEqual(viaRollup);
  });

  it('gives zeros and nulls for an empty selection, never NaN or a 500', async () => {
    const { status, body, text } = await t.http.get(`/api/analytics/summary${query({ from: '2030-01-01' })}`);
    expect(status).toBe(200);
    expect(text).not.toContain('NaN');
    expect(body).toEqual({
      groupBy: 'origin',
      groupsOverlap: false,
      overlapNote: null,
      basis: 'volume',
      bands: expect.objectContaining({ set: '2023' }),
      regionGroup: { code: 'GCC', name: 'Gulf Cooperation Council' },
      totalTonnes: 0,
      totalBarrels: 0,
      shipmentCount: 0,
      hhi: null,
      effectiveSuppliers: null,
      shannon: null,
      band: null,
      topShare: null,
      top3Share: null,
      regionGroupShare: null,
      normalisedHhi: null,
      suppliers: 0,
      totalValueUsd: 0,
      shipmentsWithoutFxRate: 0,
      shipmentsWithoutValue: 0,
      groups: [],
      conversions: expect.objectContaining({ apiGravityOverrides: { shipments: 0, tonnes: 0, barrels: 0 } }),
      riskWeightedHhi: null,
      riskWeighting: expect.objectContaining({ scores: [], defaultedSuppliers: [] }),
    });
  });
});
