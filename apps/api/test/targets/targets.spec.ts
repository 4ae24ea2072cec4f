import type { ShipmentInput } from '@tradeflow/domain';
import { barrelsOf, matching, monthOf, tonnesOf } from '../analytics/support/expected';
import { postShipments, query } from '../analytics/support/load';
import { clientWithApiKey } from '../support/credentials';
import { databaseFingerprint } from '../support/database-fingerprint';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';

const russianCrude = {
  name: 'Russian crude 100,000 b/d',
  kind: 'flow_rate_min',
  dimension: 'origin',
  key: 'RU',
  commodity: 'crude_oil',
  value: 100_000,
  unit: 'bbl/d',
};
const gccShare = {
  name: 'GCC share below 60%',
  kind: 'share_max',
  dimension: 'region',
  key: 'GCC',
  value: 0.6,
};

const round3 = (value: number) => Math.round(value * 1000) / 1000;

describe('policy targets: record them, track progress per period', () => {
  let t: TestApp;
  const rows: ShipmentInput[] = [
    aShipmentInput({
      reference: 'TG-RU-1',
      originCountry: 'RU',
      volumeTonnes: 45_000,
      arrivalDate: '2023-06-11',
    }),
    aShipmentInput({
      reference: 'TG-RU-2',
      originCountry: 'RU',
      volumeTonnes: 500_000,
      arrivalDate: '2023-07-18',
    }),
    aShipmentInput({
      reference: 'TG-RU-LPG',
      originCountry: 'RU',
      commodity: 'lpg',
      volumeTonnes: 1000,
      arrivalDate: '2023-07-02',
    }),
    aShipmentInput({
      reference: 'TG-SA-1',
      originCountry: 'SA',
      volumeTonnes: 300_000,
      arrivalDate: '2023-06-05',
    }),
    aShipmentInput({
      reference: 'TG-AE-1',
      originCountry: 'AE',
      volumeTonnes: 100_000,
      arrivalDate: '2023-07-09',
    }),
    aShipmentInput({
      reference: 'TG-IQ-1',
      originCountry: 'IQ',
      volumeTonnes: 50_000,
      arrivalDate: '2023-07-25',
      status: 'in_transit',
    }),
  ];

  beforeAll(async () => {
    t = await startTestApp();
    await postShipments(t, rows);
  });
  afterAll(() => t.close());

  it('creates, lists, changes and deletes targets, each write audited', async () => {
    const created = await t.http.post('/api/targets', russianCrude);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...russianCrude, keyLabel: 'Russia', basis: 'volume', notes: null });
    const share = await t.http.post('/api/targets', gccShare);
    expect(share.body).toMatchObject({
      unit: 'share',
      keyLabel: 'Gulf Cooperation Council',
      commodity: null,
    });

    const list = await t.http.get('/api/targets');
    expect(list.body.items.map((target: { name: string }) => target.name)).toEqual([
      'GCC share below 60%',
      'Russian crude 100,000 b/d',
    ]);

    // The merged target must be valid: a share of 120 is not.
    const invalid = await t.http.patch(`/api/targets/${created.body.id}`, {
      kind: 'share_max',
      unit: 'share',
      value: 120,
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toEqual([
      { field: 'value', message: 'a share is a fraction from 0 to 1 (0.6 = 60%)' },
    ]);
    const changed = await t.http.patch(`/api/targets/${created.body.id}`, { value: 120, unit: 'kb/d' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ value: 120, unit: 'kb/d', kind: 'flow_rate_min' });

    const deleted = await t.http.delete(`/api/targets/${share.body.id}`);
    expect(deleted.status).toBe(204);
    expect((await t.http.get(`/api/targets/${share.body.id}`)).status).toBe(404);

    const audit = await t.http.get('/api/audit?entityType=target&limit=50');
    expect(audit.body.items.map((entry: { action: string }) => entry.action).sort()).toEqual([
      'target.create',
      'target.create',
      'target.delete',
      'target.update',
    ]);
    await t.http.delete(`/api/targets/${created.body.id}`);
  });

  it('refuses bad targets with a 400 naming the field, writing nothing', async () => {
    const before = await databaseFingerprint(t.db.pool);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...russianCrude, key: 'XX' }, 'key'],
      [{ ...russianCrude, unit: 'share' }, 'unit'],
      [{ ...gccShare, value: 60 }, 'value'],
      [{ ...gccShare, dimension: 'planet' }, 'dimension'],
      [{ ...russianCrude, extra: true }, 'extra'],
      [{ ...russianCrude, name: undefined }, 'name'],
    ];
    for (const [body, field] of cases) {
      const response = await t.http.post('/api/targets', body);
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(response.body.message).toContain(field);
    }
    expect((await t.http.post('/api/targets', 'name=x', { 'content-type': 'text/plain' })).status).toBe(415);
    expect(await databaseFingerprint(t.db.pool)).toEqual(before);
  });

  it('lets viewers read targets but not write them', async () => {
    const viewer = await clientWithApiKey(t, 'viewer');
    expect((await viewer.get('/api/targets')).status).toBe(200);
    expect((await viewer.post('/api/targets', gccShare)).status).toBe(403);
  });

  it('tracks a flow-rate target per month: actual b/d over the days inside from/to, met or not, gap', async () => {
    const target = (await t.http.post('/api/targets', russianCrude)).body;
    const range = { from: '2023-06-11', to: '2023-07-31' };
    const { status, body } = await t.http.get(`/api/targets/${target.id}/progress${query(range)}`);
    expect(status).toBe(200);
    expect(body.target.id).toBe(target.id);
    const crudeRu = matching(rows, range).filter(
      (row) => row.originCountry === 'RU' && row.commodity === 'crude_oil',
    );
    const days = [20, 31];
    expect(body.periods.map((p: { label: string }) => p.label)).toEqual(['2023-06', '2023-07']);
    for (const [index, period] of body.periods.entries()) {
      const actual = round3(
        barrelsOf(crudeRu.filter((row) => monthOf(row.arrivalDate) === period.period)) / days[index]!,
      );
      expect(period).toEqual({
        period: period.period,
        label: period.label,
        days: days[index],
        actual,
        target: 100_000,
        met: actual >= 100_000,
        gap: round3(actual - 100_000),
      });
    }
    // June: 45,000 t x 7.33 over 20 days = 16,492.5 b/d; July: 500,000 t x 7.33 / 31 = 118,225.806 b/d.
    expect(body.periods[0]).toMatchObject({ actual: 16_492.5, met: false });
    expect(body.periods[1]).toMatchObject({ actual: 118_225.806, met: true });
    expect(body.total).toMatchObject({ days: 51, actual: round3(barrelsOf(crudeRu) / 51) });
    expect(body.conversions.factors).toEqual([
      expect.objectContaining({ commodity: 'crude_oil', barrelsPerTonne: 7.33 }),
    ]);
  });

  it('tracks a share target per fiscal year, by every status or only delivered ones', async () => {
    const target = (await t.http.post('/api/targets', gccShare)).body;
    const all = (
      await t.http.get(`/api/targets/${target.id}/progress${query({ granularity: 'fiscal_year' })}`)
    ).body;
    expect(all.periods.map((p: { label: string }) => p.label)).toEqual(['FY2022-23', 'FY2023-24']);
    const fy = (from: string, to: string) => matching(rows, { from, to });
    const gccShareOf = (selection: ShipmentInput[]) =>
      tonnesOf(selection.filter((row) => ['SA', 'AE'].includes(row.originCountry))) / tonnesOf(selection);
    const june = gccShareOf(fy('2022-07-01', '2023-06-30')); // SA 300,000 of 345,000
    const july = gccShareOf(fy('2023-07-01', '2024-06-30')); // AE 100,000 of 651,000
    expect(all.periods[0]).toMatchObject({ target: 0.6, met: june <= 0.6 });
    expect(all.periods[0].actual).toBeCloseTo(june, 12);
    expect(all.periods[0].gap).toBeCloseTo(june - 0.6, 12);
    expect(all.periods[1].actual).toBeCloseTo(july, 12);
    expect(all.periods[1].met).toBe(true);
    expect(all.conversions).toBeNull();

    const delivered = (
      await t.http.get(
        `/api/targets/${target.id}/progress${query({ granularity: 'fiscal_year', status: 'delivered' })}`,
      )
    ).body;
    const deliveredJuly = fy('2023-07-01', '2024-06-30').filter((row) => row.status !== 'in_transit');
    expect(delivered.periods[1].actual).toBeCloseTo(gccShareOf(deliveredJuly), 12);
    const empty = (
      await t.http.get(`/api/targets/${target.id}/progress${query({ from: '2030-01-01', to: '2030-01-31' })}`)
    ).body;
    expect(empty.periods[0]).toMatchObject({ days: 31, actual: null, met: null, gap: null });
  });

  it('answers 404 for an unknown target and 400 for bad progress parameters', async () => {
    const unknown = '00000000-0000-0000-0000-000000000000';
    expect((await t.http.get(`/api/targets/${unknown}/progress`)).status).toBe(404);
    expect((await t.http.patch(`/api/targets/${unknown}`, { value: 1 })).status).toBe(404);
    expect((await t.http.delete(`/api/targets/${unknown}`)).status).toBe(404);
    const target = (await t.http.post('/api/targets', { ...gccShare, name: 'x' })).body;
    const bad = await t.http.get(`/api/targets/${target.id}/progress${query({ granularity: 'decade' })}`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['granularity']);
    const other = await t.http.get(`/api/targets/${target.id}/progress${query({ origin: 'RU' })}`);
    expect(other.status).toBe(400);
  });
});
