import type { ShipmentInput } from '@tradeflow/domain';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';
import { barrelsOf, keyOf, matching, tonnesOf } from './support/expected';
import { flowsFixture } from './support/flows-fixture';
import { postShipments, query } from './support/load';

const portOf = (row: ShipmentInput) => row.dischargePort ?? 'none';

describe('flows: origin -> route -> discharge port, and the drill-down to their shipments', () => {
  let t: TestApp;
  const rows: ShipmentInput[] = [
    ...flowsFixture('FL'),
    aShipmentInput({
      reference: 'FL-AE-QASIM',
      originCountry: 'AE',
      loadPort: 'AERUW',
      dischargePort: 'PKBQM',
      volumeTonnes: 70_000.5,
      arrivalDate: '2023-06-21',
    }),
    aShipmentInput({
      reference: 'FL-SA-QASIM',
      originCountry: 'SA',
      loadPort: 'SARTA',
      dischargePort: 'PKBQM',
      volumeTonnes: 65_000,
      arrivalDate: '2023-08-14',
    }),
  ];

  beforeAll(async () => {
    t = await startTestApp();
    await postShipments(t, rows);
  });
  afterAll(() => t.close());

  function expectedLinks(selection: ShipmentInput[]) {
    const links = new Map<string, ShipmentInput[]>();
    for (const row of selection) {
      const route = keyOf(row, 'route');
      for (const id of [
        `origin:${row.originCountry}\n route:${route}`,
        `route:${route}\n port:${portOf(row)}`,
      ]) {
        links.set(id, [...(links.get(id) ?? []), row]);
      }
    }
    return [...links].map(([id, members]) => {
      const [source, target] = id.split('\n ') as [string, string];
      return {
        source,
        target,
        tonnes: tonnesOf(members),
        barrels: barrelsOf(members),
        shipments: members.length,
      };
    });
  }

  it('gives Sankey nodes in three columns and links summed in PostgreSQL', async () => {
    const range = { from: '2023-05-01', to: '2023-10-31' };
    const { status, body } = await t.http.get(`/api/analytics/flows${query(range)}`);
    expect(status).toBe(200);
    const selection = matching(rows, range);
    const links = body.links.map(({ drillDown: _d, ...link }: Record<string, unknown>) => link);
    expect(links).toEqual(expect.arrayContaining(expectedLinks(selection)));
    expect(links).toHaveLength(expectedLinks(selection).length);
    expect(body.totalTonnes).toBe(tonnesOf(selection));
    expect(body.totalBarrels).toBe(barrelsOf(selection));
    expect(body.shipmentCount).toBe(selection.length);

    expect(new Set(body.nodes.map((node: { column: string }) => node.column))).toEqual(
      new Set(['origin', 'route', 'port']),
    );
    expect(body.nodes).toContainEqual({
      id: 'origin:RU',
      key: 'RU',
      label: 'Russia',
      column: 'origin',
      tonnes: tonnesOf(selection.filter((r) => r.originCountry === 'RU')),
    });
    expect(body.nodes).toContainEqual(
      expect.objectContaining({
        id: 'route:road via UZ|AF',
        label: 'Road via Uzbekistan → Afghanistan',
        column: 'route',
      }),
    );
    expect(body.nodes).toContainEqual(
      expect.objectContaining({ id: 'port:PKKHI', label: 'Karachi (PKKHI)', column: 'port' }),
    );
    expect(body.nodes).toContainEqual(
      expect.objectContaining({
        id: 'port:none',
        key: 'none',
        column: 'port',
        tonnes: tonnesOf(selection.filter((r) => !r.dischargePort)),
      }),
    );
    // Largest first.
    const tonnes = body.links.map((link: { tonnes: number }) => link.tonnes);
    expect(tonnes).toEqual([...tonnes].sort((a, b) => b - a));
    expect(body.conversions.factors.length).toBe(6);
  });

  it('lists exactly the shipments of each link through its drill-down filters', async () => {
    const range = { from: '2023-05-01', to: '2023-10-31' };
    const { body } = await t.http.get(`/api/analytics/flows${query(range)}`);
    for (const link of body.links) {
      const listing = await t.http.get(
        `/api/shipments${query({ ...range, ...link.drillDown, limit: 1000 })}`,
      );
      expect(listing.status).toBe(200);
      expect(listing.body.total).toBe(link.shipments);
      expect(tonnesOf(listing.body.items)).toBe(link.tonnes);
    }
  });

  it('applies the shipment filters to the diagram', async () => {
    const { body } = await t.http.get(
      `/api/analytics/flows${query({ commodity: 'crude_oil', origin: 'RU' })}`,
    );
    const selection = rows.filter((row) => row.commodity === 'crude_oil' && row.originCountry === 'RU');
    expect(body.totalTonnes).toBe(tonnesOf(selection));
    expect(body.nodes.filter((node: { column: string }) => node.column === 'origin')).toHaveLength(1);
    expect(body.conversions.factors.map((f: { commodity: string }) => f.commodity)).toEqual(['crude_oil']);
    const empty = (await t.http.get(`/api/analytics/flows${query({ from: '2030-01-01' })}`)).body;
    expect(empty).toMatchObject({ nodes: [], links: [], totalTonnes: 0, totalBarrels: 0, shipmentCount: 0 });
  });

  it('filters listings and analytics by route, load port and discharge port (`none` for not recorded)', async () => {
    const overland = await t.http.get(`/api/shipments${query({ route: 'road via UZ|AF' })}`);
    expect(overland.body.items.map((s: { reference: string }) => s.reference)).toEqual(['FL-RU-LPG-1']);
    const qasim = await t.http.get(
      `/api/shipments${query({ dischargePort: 'PKBQM', sort: 'reference:asc' })}`,
    );
    expect(qasim.body.items.map((s: { reference: string }) => s.reference)).toEqual([
      'FL-AE-QASIM',
      'FL-SA-QASIM',
    ]);
    const noPort = await t.http.get(
      `/api/shipments${query({ dischargePort: 'none', sort: 'reference:asc' })}`,
    );
    expect(noPort.body.items.map((s: { reference: string }) => s.reference)).toEqual([
      'FL-RU-2',
      'FL-RU-LPG-1',
    ]);
    const loaded = await t.http.get(`/api/shipments${query({ loadPort: 'AERUW,SARTA' })}`);
    expect(loaded.body.total).toBe(2);

    // Analytics: a port filter goes to the raw table, a route filter can use the rollup.
    const port = (await t.http.get(`/api/analytics/summary${query({ dischargePort: 'PKBQM,none' })}`)).body;
    expect(port.totalTonnes).toBe(tonnesOf(rows.filter((row) => ['PKBQM', 'none'].includes(portOf(row)))));
    const route = { route: 'sea,rail via KZ|UZ|AF', from: '2023-05-17', to: '2023-10-20', groupBy: 'origin' };
    const viaRollup = (await t.http.get(`/api/analytics/summary${query(route)}`)).body;
    const viaRaw = (await t.http.get(`/api/analytics/summary${query({ ...route, q: 'FL-' })}`)).body;
    const expected = matching(rows, { from: route.from, to: route.to }).filter((row) =>
      ['sea', 'rail via KZ|UZ|AF'].includes(keyOf(row, 'route')),
    );
    expect(viaRollup.totalTonnes).toBe(tonnesOf(expected));
    expect(viaRaw.groups).toEqual(viaRollup.groups);
    const series = (
      await t.http.get(`/api/analytics/timeseries${query({ ...route, granularity: 'quarter' })}`)
    ).body;
    expect(series.totals.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(tonnesOf(expected), 6);
  });

  it.each([
    [{ route: 'air' }, 'route'],
    [{ route: 'road via ZZ' }, 'route'],
    [{ dischargePort: 'Karachi' }, 'dischargePort'],
    [{ loadPort: 'pkkhi' }, 'loadPort'],
  ])('refuses %j with a 400 naming the filter', async (params, field) => {
    for (const path of ['/api/shipments', '/api/analytics/flows', '/api/analytics/summary']) {
      const { status, body } = await t.http.get(`${path}${query(params)}`);
      expect(status).toBe(400);
      expect(body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
  });
});
