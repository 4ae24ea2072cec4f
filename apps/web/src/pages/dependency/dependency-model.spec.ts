import type { ImportDependency } from '@tradeflow/domain';
import { dependencyModel } from './dependency-model';

const answer: ImportDependency = {
  granularity: 'month',
  formula: 'imports / (imports + production)',
  destinations: ['PK'],
  note: 'No domestic production recorded for LPG',
  series: [
    {
      commodity: 'crude_oil',
      label: 'Crude oil',
      hasProductionData: true,
      points: [
        {
          period: '2023-06-01',
          label: '2023-06',
          importsTonnes: 100,
          productionTonnes: 25,
          consumptionTonnes: null,
          monthsWithProduction: 1,
          months: 1,
          dependency: 0.8,
        },
        {
          period: '2023-07-01',
          label: '2023-07',
          importsTonnes: 50,
          productionTonnes: null,
          consumptionTonnes: null,
          monthsWithProduction: 0,
          months: 1,
          dependency: null,
        },
      ],
    },
    {
      commodity: 'lpg',
      label: 'LPG',
      hasProductionData: false,
      points: [
        {
          period: '2023-06-01',
          label: '2023-06',
          importsTonnes: 7,
          productionTonnes: null,
          consumptionTonnes: null,
          monthsWithProduction: 0,
          months: 1,
          dependency: null,
        },
        {
          period: '2023-07-01',
          label: '2023-07',
          importsTonnes: 0,
          productionTonnes: null,
          consumptionTonnes: null,
          monthsWithProduction: 0,
          months: 1,
          dependency: null,
        },
      ],
    },
  ],
};

describe('import dependency view', () => {
  it('draws a line only for commodities with production data, with gaps where a period has none', () => {
    const model = dependencyModel(answer, 'month');
    expect(model.lines.map((line) => [line.key, line.values])).toEqual([['crude_oil', [80, null]]]);
  });

  it('tables every commodity and period, the dependency blank without production', () => {
    const model = dependencyModel(answer, 'month');
    expect(model.table.rows).toHaveLength(4);
    expect(model.table.rows[0]?.slice(1)).toEqual(['Crude oil', 100, 25, null, 80]);
    expect(model.table.rows[2]?.slice(1)).toEqual(['LPG', 7, null, null, null]);
  });
});
