import { startTestApp, type TestApp } from '../support/test-app';
import {
  groupsOf,
  hhiOf,
  keyOf,
  matching,
  monthOf,
  quarterOf,
  type Row,
  shannonOf,
  tonnesOf,
} from './support/expected';
import { flowsFixture } from './support/flows-fixture';
import { postShipments, query } from './support/load';

describe('concentration and scenario', () => {
  let t: TestApp;
  const rows = flowsFixture('CS');

  beforeAll(async () => {
    t = await startTestApp();
    await postShipments(t, rows);
  });
  afterAll(() => t.close());

  const amountsBy = (members: Row[], dimension: string) =>
    [...groupsOf(members, dimension)].map(([key, group]) => ({ key, tonnes: tonnesOf(group) }));

  describe('GET /api/analytics/concentration', () => {
    it.each(['origin', 'currency', 'mode', 'region', 'route'])(
      'measures each month over %s, hhi null where nothing arrived',
      async (dimension) => {
        const { status, body } = await t.http.get(`/api/analytics/concentration${query({ dimension })}`);
        expect(status).toBe(200);
        expect(body).toMatchObject({ granularity: 'month', dimension });
        expect(body.points).toHaveLength(9);
        for (const point of body.points) {
          const members = rows.filter((row) => monthOf(row.arrivalDate) === point.period);
          expect(point.totalTonnes).toBe(tonnesOf(members));
          if (members.length === 0) {
            expect(point).toMatchObject({
              hhi: null,
              effectiveSuppliers: null,
              shannon: null,
              topKey: null,
              topLabel: null,
              topShare: null,
            });
            continue;
          }
          const groups = amountsBy(members, dimension);
          const amounts = groups.map((g) => g.tonnes);
          const top = [...groups].sort((a, b) => b.tonnes - a.tonnes || (a.key < b.key ? -1 : 1))[0]!;
          expect(point.hhi).toBeCloseTo(hhiOf(amounts)!, 8);
          expect(point.effectiveSuppliers).toBeCloseTo(10_000 / hhiOf(amounts)!, 10);
          expect(point.shannon).toBeCloseTo(shannonOf(amounts)!, 12);
          expect(point.topKey).toBe(top.key);
          expect(point.topShare).toBeCloseTo(top.tonnes / tonnesOf(members), 12);
        }
      },
    );

    it('reads June 2023 like the story: Saudi Arabia on top, Russia new', async () => {
      const { body } = await t.http.get(
        `/api/analytics/concentration${query({ from: '2023-06-01', to: '2023-06-30' })}`,
      );
      expect(body.points).toHaveLength(1);
      // SA 250,000, RU 45,000 + 1,000.125: 296,000.125 t. HHI = 10^4 (250000^2 + 46000.125^2) / 296000.125^2
      const hhi = (10_000 * (250_000 ** 2 + 46_000.125 ** 2)) / 296_000.125 ** 2;
      expect(body.points[0]).toMatchObject({
        period: '2023-06-01',
        label: '2023-06',
        topKey: 'SA',
        topLabel: 'Saudi Arabia',
      });
      expect(body.points[0].hhi).toBeCloseTo(hhi, 8);
    });

    it('by quarter', async () => {
      const { body } = await t.http.get(`/api/analytics/concentration${query({ granularity: 'quarter' })}`);
      expect(body.points.map((p: { period: string }) => p.period)).toEqual([
        '2023-04-01',
        '2023-07-01',
        '2023-10-01',
        '2024-01-01',
      ]);
      const q3 = rows.filter((row) => quarterOf(row.arrivalDate) === '2023-07-01');
      expect(body.points[1].hhi).toBeCloseTo(hhiOf(amountsBy(q3, 'origin').map((g) => g.tonnes))!, 8);
    });
  });

  describe('GET /api/analytics/scenario', () => {
    /** The independent what-if: at risk = rows matching any item; HHI of the rest over `dimension`. */
    function whatIf(members: Row[], isCut: (row: Row) => boolean, dimension = 'origin') {
      const atRisk = members.filter(isCut);
      const remaining = members.filter((row) => !isCut(row));
      const total = tonnesOf(members);
      return {
        totalTonnes: total,
        atRiskTonnes: tonnesOf(atRisk),
        atRiskShare: total > 0 ? tonnesOf(atRisk) / total : null,
        remainingTonnes: tonnesOf(remaining),
        shipmentsAtRisk: atRisk.length,
        hhiBefore: hhiOf(amountsBy(members, dimension).map((g) => g.tonnes)),
        hhiAfter: hhiOf(amountsBy(remaining, dimension).map((g) => g.tonnes)),
      };
    }

    function expectFigures(actual: Record<string, unknown>, expected: ReturnType<typeof whatIf>) {
      expect(actual).toMatchObject({
        totalTonnes: expected.totalTonnes,
        atRiskTonnes: expected.atRiskTonnes,
        remainingTonnes: expected.remainingTonnes,
        shipmentsAtRisk: expected.shipmentsAtRisk,
      });
      for (const name of ['atRiskShare', 'hhiBefore', 'hhiAfter'] as const) {
        if (expected[name] === null) expect(actual[name]).toBeNull();
        else expect(actual[name]).toBeCloseTo(expected[name]!, 8);
      }
      if (expected.hhiAfter === null) expect(actual['effectiveSuppliersAfter']).toBeNull();
      else expect(actual['effectiveSuppliersAfter']).toBeCloseTo(10_000 / expected.hhiAfter, 10);
    }

    it('cuts Saudi supply and the Afghan land routes: per month and in total', async () => {
      const exclude = 'origin:SA,route:road via UZ|AF,route:rail via KZ|UZ|AF';
      const { status, body } = await t.http.get(`/api/analytics/scenario${query({ exclude })}`);
      expect(status).toBe(200);
      expect(body.exclusions).toEqual([
        { dimension: 'origin', key: 'SA', label: 'Saudi Arabia' },
        { dimension: 'route', key: 'road via UZ|AF', label: 'Road via Uzbekistan → Afghanistan' },
        {
          dimension: 'route',
          key: 'rail via KZ|UZ|AF',
          label: 'Rail via Kazakhstan → Uzbekistan → Afghanistan',
        },
      ]);
      const isCut = (row: Row) => row.originCountry === 'SA' || (row.transitCountries ?? []).includes('AF');
      expect(body.periods).toHaveLength(9);
      for (const period of body.periods) {
        expectFigures(
          period,
          whatIf(
            rows.filter((row) => monthOf(row.arrivalDate) === period.period),
            isCut,
          ),
        );
      }
      expectFigures(body.total, whatIf(rows, isCut));
      // July 2023: nothing arrived, nothing at risk, no indices.
      expect(body.periods[2]).toMatchObject({
        period: '2023-07-01',
        totalTonnes: 0,
        atRiskShare: null,
        hhiBefore: null,
      });
    });

    it('cuts by currency (including "not recorded") and measures what remains by route', async () => {
      const exclude = 'currency:CNY,currency:none';
      const { body } = await t.http.get(
        `/api/analytics/scenario${query({ exclude, dimension: 'route', granularity: 'quarter' })}`,
      );
      const isCut = (row: Row) => row.paymentCurrency === 'CNY' || row.paymentCurrency == null;
      for (const period of body.periods) {
        expectFigures(
          period,
          whatIf(
            rows.filter((row) => quarterOf(row.arrivalDate) === period.period),
            isCut,
            'route',
          ),
        );
      }
      expectFigures(body.total, whatIf(rows, isCut, 'route'));
    });

    it('cuts a region within filters and a partial date range', async () => {
      const filters = { from: '2023-05-17', to: '2023-09-14', commodity: 'crude_oil,lpg' };
      const { body } = await t.http.get(
        `/api/analytics/scenario${query({ ...filters, exclude: 'region:GCC' })}`,
      );
      const selected = matching(rows, { ...filters, commodity: ['crude_oil', 'lpg'] });
      const isCut = (row: Row) => ['SA', 'AE', 'KW', 'QA'].includes(row.originCountry);
      expectFigures(body.total, whatIf(selected, isCut));
      expect(body.periods.map((p: { period: string }) => p.period)).toEqual([
        '2023-05-01',
        '2023-06-01',
        '2023-07-01',
        '2023-08-01',
        '2023-09-01',
      ]);
    });

    it('leaves nothing when everything is cut: remaining 0, hhiAfter null', async () => {
      const { body } = await t.http.get(
        `/api/analytics/scenario${query({ exclude: 'mode:sea,mode:road,mode:rail' })}`,
      );
      expect(body.total).toMatchObject({
        atRiskShare: 1,
        remainingTonnes: 0,
        hhiAfter: null,
        effectiveSuppliersAfter: null,
      });
    });

    it('matches the key expressions of the groups: the same cut by key or by region is the same', async () => {
      const byOrigins = (
        await t.http.get(
          `/api/analytics/scenario${query({ exclude: 'origin:SA,origin:AE,origin:KW,origin:QA' })}`,
        )
      ).body;
      const byRegion = (await t.http.get(`/api/analytics/scenario${query({ exclude: 'region:GCC' })}`)).body;
      expect(byRegion.periods).toEqual(byOrigins.periods);
      expect(keyOf(rows[0]!, 'region')).toBe('GCC');
    });
  });
});
