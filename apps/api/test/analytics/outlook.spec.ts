import type { ShipmentInput } from '@tradeflow/domain';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';
import { groupsOf, hhiOf, matching, monthOf, rateOn, tonnesOf } from './support/expected';
import { flowsFixture } from './support/flows-fixture';
import { postShipments, putRates, query } from './support/load';

const INCOMING = ['contracted', 'in_transit'];

describe('GET /api/analytics/outlook: what changes when the incoming cargoes land', () => {
  let t: TestApp;
  const rows: ShipmentInput[] = [
    ...flowsFixture('OL'),
    aShipmentInput({
      reference: 'OL-RU-CONTRACTED',
      originCountry: 'RU',
      volumeTonnes: 100_000,
      valueAmount: 290_000_000,
      paymentCurrency: 'CNY',
      arrivalDate: '2023-10-20',
      status: 'contracted',
    }),
    aShipmentInput({
      reference: 'OL-RU-AT-SEA',
      originCountry: 'RU',
      volumeTonnes: 90_000.5,
      valueAmount: 250_000_000,
      paymentCurrency: 'CNY',
      arrivalDate: '2023-06-28',
      status: 'in_transit',
    }),
  ];
  const rates = [{ currency: 'CNY', date: '2023-01-01', usdPerUnit: 0.14 }];

  beforeAll(async () => {
    t = await startTestApp();
    await postShipments(t, rows);
    await putRates(t, rates);
  });
  afterAll(() => t.close());

  const hhiBy = (selection: ShipmentInput[], groupBy: string) =>
    hhiOf([...groupsOf(selection, groupBy).values()].map(tonnesOf));

  function expectFigures(actual: Record<string, unknown>, selection: ShipmentInput[]) {
    expect(actual['tonnes']).toBe(tonnesOf(selection));
    expect(actual['shipments']).toBe(selection.length);
    const byOrigin = hhiBy(selection, 'origin');
    const byCurrency = hhiBy(selection, 'currency');
    if (byOrigin === null) expect(actual['hhiByOrigin']).toBeNull();
    else expect(actual['hhiByOrigin']).toBeCloseTo(byOrigin, 9);
    if (byCurrency === null) expect(actual['hhiByCurrency']).toBeNull();
    else expect(actual['hhiByCurrency']).toBeCloseTo(byCurrency, 9);
    const mix = actual['currencyMix'] as { key: string; tonnes: number; share: number }[];
    for (const [key, members] of groupsOf(selection, 'currency')) {
      expect(mix).toContainEqual(
        expect.objectContaining({
          key,
          tonnes: tonnesOf(members),
          share: expect.closeTo(tonnesOf(members) / tonnesOf(selection), 9),
        }),
      );
    }
  }

  it('compares delivered-only with delivered plus incoming, per month and in total', async () => {
    const range = { from: '2023-06-01', to: '2023-10-31' };
    const { status, body } = await t.http.get(`/api/analytics/outlook${query(range)}`);
    expect(status).toBe(200);
    expect(body.incomingStatuses).toEqual(INCOMING);
    expect(body.bands.set).toBe('2023');
    const selection = matching(rows, range);
    const delivered = selection.filter((row) => !INCOMING.includes(row.status ?? 'delivered'));
    for (const [index, period] of body.periods.entries()) {
      const inPeriod = (list: ShipmentInput[]) =>
        list.filter((row) => monthOf(row.arrivalDate) === body.periods[index].period);
      expectFigures(period.delivered, inPeriod(delivered));
      expectFigures(period.withIncoming, inPeriod(selection));
      expect(period.incomingTonnes).toBe(tonnesOf(inPeriod(selection)) - tonnesOf(inPeriod(delivered)));
    }
    expectFigures(body.total.delivered, delivered);
    expectFigures(body.total.withIncoming, selection);
    expect(body.total.incomingShipments).toBe(3); // SA at sea, the contracted and the at-sea Russian crude
    expect(body.total.hhiByOriginChange).toBeCloseTo(
      (hhiBy(selection, 'origin') as number) - (hhiBy(delivered, 'origin') as number),
      9,
    );
  });

  it('shows the yuan share rising when the contracted Russian cargo lands in October', async () => {
    const { body } = await t.http.get(
      `/api/analytics/outlook${query({ from: '2023-10-01', to: '2023-10-31' })}`,
    );
    const october = body.periods[0];
    // Delivered in October: nothing (the Saudi cargo is still at sea).
    expect(october.delivered).toMatchObject({ tonnes: 0, hhiByOrigin: null, currencyMix: [] });
    expect(october.withIncoming.tonnes).toBe(180_000);
    const cny = october.withIncoming.currencyMix.find((item: { key: string }) => item.key === 'CNY');
    expect(cny).toMatchObject({ label: 'Yuan Renminbi', tonnes: 100_000 });
    expect(cny.valueUsd).toBe(
      Math.round(290_000_000 * (rateOn(rates, 'CNY', '2023-10-20') as number) * 100) / 100,
    );
    expect(cny.valueShare).toBeCloseTo(cny.valueUsd / october.withIncoming.valueUsd, 9);
    expect(october.hhiByOriginChange).toBeNull();
  });

  it('takes every filter but status, which it sets itself', async () => {
    const { body } = await t.http.get(
      `/api/analytics/outlook${query({ origin: 'RU', granularity: 'year' })}`,
    );
    expect(body.periods.map((p: { label: string }) => p.label)).toEqual(['2023']);
    expect(body.total.withIncoming.tonnes).toBe(tonnesOf(rows.filter((row) => row.originCountry === 'RU')));
    const refused = await t.http.get(`/api/analytics/outlook${query({ status: 'delivered' })}`);
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['status']);
  });
});
