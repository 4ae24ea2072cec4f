import { type FlowQuery, flowSql, needsRawTable, setOf, toFlowRows } from './flow-query';

describe('the analytics planner', () => {
  const bucketed = { groupingSets: [['bucket' as const]] };

  it('keeps fiscal years, months and route filters on the rollup', () => {
    expect(needsRawTable({ ...bucketed, granularity: 'fiscal_year', filters: {} })).toBe(false);
    expect(needsRawTable({ ...bucketed, granularity: 'month', filters: { route: ['road via UZ|AF'] } })).toBe(
      false,
    );
  });

  it('sends day and week buckets, text search and port filters to the raw table', () => {
    expect(needsRawTable({ ...bucketed, granularity: 'week', filters: {} })).toBe(true);
    expect(needsRawTable({ ...bucketed, granularity: 'day', filters: {} })).toBe(true);
    expect(needsRawTable({ ...bucketed, granularity: 'month', filters: { q: 'Pure Point' } })).toBe(true);
    expect(needsRawTable({ ...bucketed, granularity: 'month', filters: { dischargePort: ['PKKHI'] } })).toBe(
      true,
    );
    expect(needsRawTable({ ...bucketed, granularity: 'month', filters: { loadPort: ['none'] } })).toBe(true);
  });

  it('matches a route on the rollup by its transit_route column and on shipments by transit_countries', () => {
    const { sql, params } = flowSql({
      filters: { from: '2023-05-17', to: '2023-09-20', route: ['road via UZ|AF'] },
      groupingSets: [[]],
      measures: [],
    });
    expect(sql).toContain("s.transit_route = '' THEN '' ELSE ' via ' || s.transit_route");
    expect(sql).toContain('cardinality(s.transit_countries) = 0');
    expect(params).toContainEqual(['road via UZ|AF']);
  });

  it('splits incoming from delivered shipments by status for the outlook', () => {
    const { sql, params } = flowSql({
      filters: {},
      groupBy: 'origin',
      excludedStatuses: ['contracted', 'in_transit'],
      groupingSets: [['key', 'excluded'], []],
      measures: [],
    });
    expect(sql).toMatch(/f\.status = ANY\(\$\d+::text\[\]\) AS excluded/);
    expect(params).toContainEqual(['contracted', 'in_transit']);
  });

  it('reads one importer grouped by one dimension from the by-dimension table, filtered by destination_country', () => {
    const { sql, params } = flowSql({
      filters: { from: '2023-05-01', to: '2023-09-30', destination: ['IN'] },
      groupBy: 'origin',
      groupingSets: [['key'], []],
      measures: [],
    });
    expect(sql).toContain('FROM shipment_monthly_by_dimension n');
    expect(sql).toMatch(/n\.destination_country = ANY\(\$\d+::text\[\]\)/);
    expect(params).toContainEqual(['IN']);
  });

  it('projects stored month and key rows without summing them again, unless they can repeat', () => {
    const sqlOf = (query: Partial<Parameters<typeof flowSql>[0]>) =>
      flowSql({
        filters: {},
        groupBy: 'origin',
        granularity: 'month',
        groupingSets: [['bucket', 'key'], ['bucket'], []],
        measures: ['valueUsd'],
        ...query,
      }).sql;
    // Stage one's own GROUP BY closes the WITH; the final stage groups by GROUPING SETS.
    const stageOneGroups = /GROUP BY \d+(, \d+)*\s*\n\s*\)\n/;
    for (const unique of [{}, { filters: { destination: ['PK'] } }]) {
      const sql = sqlOf(unique);
      expect(sql).toContain('SELECT f.day, f.key AS key, f.tonnes AS tonnes');
      expect(sql).not.toMatch(stageOneGroups);
    }
    for (const repeating of [
      { filters: { destination: ['PK', 'IN'] } },
      { filters: { from: '2023-05-17' } },
      { groupBy: 'region' as const },
      { groupingSets: [['key'] as ['key'], []] },
    ]) {
      const sql = sqlOf(repeating);
      expect(sql).toContain('sum(f.tonnes) AS tonnes');
      expect(sql).toMatch(stageOneGroups);
    }
  });

  it('groups by importer over the origin-currency cells when another filter is set, and over the rollup for a mode', () => {
    const byImporter = (filters: Parameters<typeof flowSql>[0]['filters']) =>
      flowSql({ filters, groupBy: 'destination', groupingSets: [['key']], measures: [] }).sql;
    expect(byImporter({ destination: ['PK'], mode: ['sea'] })).toContain('FROM shipment_monthly_rollup s');
    const sql = byImporter({ destination: ['PK'], commodity: ['lpg'] });
    expect(sql).toContain('FROM shipment_monthly_origin_currency s');
    expect(sql).toContain('f.destination_country::text AS key');
    expect(sql).toMatch(/s\.destination_country = ANY/);
  });

  it('reads the sum over all importers from the by-dimension table when no importer is chosen', () => {
    const { sql } = flowSql({ filters: {}, groupBy: 'origin', groupingSets: [['key'], []], measures: [] });
    expect(sql).toContain('FROM shipment_monthly_by_dimension_total n');
    expect(sql).not.toContain('destination_country');
  });

  it('reads a chokepoint what-if from the sea-lanes aggregate unless it needs a dimension that lacks', () => {
    const closeHormuz = {
      groupBy: 'origin' as const,
      exclusions: [{ dimension: 'chokepoint' as const, key: 'hormuz', label: 'Strait of Hormuz' }],
      groupingSets: [['key' as const, 'excluded' as const], []],
      measures: [],
    };
    const narrow = flowSql({ ...closeHormuz, filters: { commodity: ['crude_oil'], destination: ['PK'] } });
    expect(narrow.sql).toContain('FROM shipment_monthly_sea_lanes s');
    expect(narrow.sql).not.toContain('shipment_monthly_rollup');
    const byCurrency = flowSql({ ...closeHormuz, filters: { currency: ['CNY'] } });
    expect(byCurrency.sql).toContain('FROM shipment_monthly_rollup s');
    const withRoute = flowSql({
      ...closeHormuz,
      filters: {},
      exclusions: [...closeHormuz.exclusions, { dimension: 'route' as const, key: 'sea', label: 'Sea' }],
    });
    expect(withRoute.sql).toContain('FROM shipment_monthly_rollup s');
    const notChokepoints = flowSql({
      ...closeHormuz,
      filters: {},
      exclusions: [{ dimension: 'origin', key: 'SA', label: 'Saudi Arabia' }],
    });
    expect(notChokepoints.sql).toContain('FROM shipment_monthly_origin_currency s');
  });

  describe('a what-if that wants only the cut rows of a CUBE over `excluded`', () => {
    const cube = [['key', 'excluded'], ['key'], ['excluded'], []] as FlowQuery['groupingSets'];
    const whatIf = (groupingSets: FlowQuery['groupingSets'], excludedRowsOnly = true) =>
      flowSql({
        filters: {},
        groupBy: 'origin',
        exclusions: [{ dimension: 'origin', key: 'SA', label: 'Saudi Arabia' }],
        excludedRowsOnly,
        groupingSets,
        measures: ['shipments'],
      }).sql;

    it('groups by half the sets and sums the cut side with FILTER (WHERE excluded)', () => {
      const sql = whatIf(cube);
      expect(sql).toContain('GROUPING SETS ((key), ())');
      expect(sql).toContain('sum(tonnes) FILTER (WHERE excluded)');
      expect(sql).not.toContain('HAVING');
    });

    it('keeps excluded as a grouping column when a set lacks its pair, or the uncut rows are wanted', () => {
      expect(whatIf([['key', 'excluded'], []])).toContain('GROUPING SETS ((key, excluded), ())');
      expect(whatIf(cube, false)).toContain('GROUPING SETS ((key, excluded), (key), (excluded), ())');
    });

    it('gives back both rows of a folded pair, and the cut row only where something is cut', () => {
      const rows = toFlowRows([
        {
          absent: 5,
          key: 'SA',
          tonnes: '10',
          shipments: 2,
          excluded_rows: 1,
          excluded_tonnes: '4',
          excluded_shipments: 1,
        },
        {
          absent: 5,
          key: 'AE',
          tonnes: '5',
          shipments: 1,
          excluded_rows: 0,
          excluded_tonnes: '0',
          excluded_shipments: 0,
        },
      ]);
      expect(
        rows.map(({ set, key, excluded, tonnes, shipments }) => ({ set, key, excluded, tonnes, shipments })),
      ).toEqual([
        { set: setOf('key'), key: 'SA', excluded: null, tonnes: '10', shipments: 2 },
        { set: setOf('key', 'excluded'), key: 'SA', excluded: true, tonnes: '4', shipments: 1 },
        { set: setOf('key'), key: 'AE', excluded: null, tonnes: '5', shipments: 1 },
      ]);
    });
  });
});
