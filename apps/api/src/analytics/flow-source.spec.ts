import { flowCellsSql, planSources } from './flow-source';
import { SqlParams } from './sql-params';

describe('where analytics read from', () => {
  it('reads every whole month from the rollup when there are no bounds', () => {
    expect(planSources({}, false)).toEqual({
      rollupMonths: { from: undefined, to: undefined },
      rawRanges: [],
    });
  });

  it('reads bounds on month edges from the rollup alone', () => {
    expect(planSources({ from: '2023-05-01', to: '2023-08-31' }, false)).toEqual({
      rollupMonths: { from: '2023-05-01', to: '2023-08-01' },
      rawRanges: [],
    });
  });

  it('reads the cut days of the first and last month from the raw table', () => {
    expect(planSources({ from: '2023-05-17', to: '2023-09-20' }, false)).toEqual({
      rollupMonths: { from: '2023-06-01', to: '2023-08-01' },
      rawRanges: [
        { from: '2023-05-17', to: '2023-05-31' },
        { from: '2023-09-01', to: '2023-09-20' },
      ],
    });
  });

  it('handles open ends and leap Februaries', () => {
    expect(planSources({ from: '2024-02-29' }, false)).toEqual({
      rollupMonths: { from: '2024-03-01', to: undefined },
      rawRanges: [{ from: '2024-02-29', to: '2024-02-29' }],
    });
    expect(planSources({ to: '2024-02-28' }, false)).toEqual({
      rollupMonths: { from: undefined, to: '2024-01-01' },
      rawRanges: [{ from: '2024-02-01', to: '2024-02-28' }],
    });
    expect(planSources({ to: '2024-02-29' }, false).rawRanges).toEqual([]);
  });

  it('reads a range without a whole month from the raw table only', () => {
    expect(planSources({ from: '2023-05-17', to: '2023-06-10' }, false)).toEqual({
      rollupMonths: null,
      rawRanges: [{ from: '2023-05-17', to: '2023-06-10' }],
    });
    expect(planSources({ from: '2023-05-02', to: '2023-05-30' }, false).rollupMonths).toBeNull();
  });

  it('reads everything from the raw table when asked to (text search, day or week buckets)', () => {
    expect(planSources({ from: '2023-05-01' }, true)).toEqual({
      rollupMonths: null,
      rawRanges: [{ from: '2023-05-01', to: undefined }],
    });
  });

  it('reads the flow diagram of whole months from shipment_monthly_flows, cut days from the shipments', () => {
    const params = new SqlParams();
    const sql = flowCellsSql({ from: '2023-05-17', to: '2023-12-31', destination: ['PK'] }, params);
    expect(sql.match(/FROM shipment_monthly_flows s/g)).toHaveLength(1);
    expect(sql.match(/FROM shipments s/g)).toHaveLength(1);
    expect(params.values).toEqual([['PK'], '2023-06-01', '2023-12-01', '2023-05-17', '2023-05-31', ['PK']]);
  });

  it.each([{ currency: ['CNY'] }, { loadPort: ['RUULU'] }, { dischargePort: ['PKKHI'] }, { q: 'pilot' }])(
    'reads the flow diagram with %j from the shipments table alone (the aggregate lacks it)',
    (filter) => {
      const sql = flowCellsSql({ from: '2023-01-01', to: '2023-12-31', ...filter }, new SqlParams());
      expect(sql).not.toContain('shipment_monthly_flows');
      expect(sql).toContain('FROM shipments s');
    },
  );
});
