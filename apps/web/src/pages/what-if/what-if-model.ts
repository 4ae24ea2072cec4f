import type { ScenarioResult } from '@tradeflow/domain';
import { MEASURE_COLOURS } from '../../charts/palette';
import { roundTo } from '../../charts/series';
import type { TableModel } from '../../charts/table-model';
import type { Granularity } from '@tradeflow/domain';
import { periodLabel } from '../../format/dates';
import { formatHhi, formatInteger, formatNumber } from '../../format/numbers';

export const REMAINING_COLOUR = MEASURE_COLOURS.primary;
export const AT_RISK_COLOUR = MEASURE_COLOURS.secondary;

export interface ScenarioModel {
  labels: string[];
  remaining: number[];
  atRisk: number[];
  hhiBefore: (number | null)[];
  hhiAfter: (number | null)[];
  volumeTable: TableModel;
  hhiTable: TableModel;
}

const percent = (value: number) => `${formatNumber(value, 1)}%`;

export function scenarioModel(result: ScenarioResult, granularity: Granularity): ScenarioModel {
  const labels = result.periods.map((period) => periodLabel(period.period, period.label, granularity));
  const remaining = result.periods.map((period) => roundTo(period.remainingTonnes, 3));
  const atRisk = result.periods.map((period) => roundTo(period.atRiskTonnes, 3));
  const hhiBefore = result.periods.map((period) =>
    period.hhiBefore === null ? null : roundTo(period.hhiBefore, 0),
  );
  const hhiAfter = result.periods.map((period) =>
    period.hhiAfter === null ? null : roundTo(period.hhiAfter, 0),
  );
  return {
    labels,
    remaining,
    atRisk,
    hhiBefore,
    hhiAfter,
    volumeTable: {
      columns: [
        { key: 'period', label: 'Period' },
        { key: 'remaining', label: 'Remaining (tonnes)', numeric: true, format: formatInteger },
        { key: 'atRisk', label: 'At risk (tonnes)', numeric: true, format: formatInteger },
        { key: 'share', label: 'At risk (%)', numeric: true, format: percent },
      ],
      rows: result.periods.map((period, i) => [
        labels[i] as string,
        remaining[i] as number,
        atRisk[i] as number,
        period.atRiskShare === null ? null : roundTo(period.atRiskShare * 100, 1),
      ]),
    },
    hhiTable: {
      columns: [
        { key: 'period', label: 'Period' },
        { key: 'before', label: 'HHI now', numeric: true, format: formatHhi },
        { key: 'after', label: 'HHI after the cut', numeric: true, format: formatHhi },
        {
          key: 'effBefore',
          label: 'Effective suppliers now',
          numeric: true,
          format: (v) => formatNumber(v, 2),
        },
        {
          key: 'effAfter',
          label: 'Effective suppliers after',
          numeric: true,
          format: (v) => formatNumber(v, 2),
        },
      ],
      rows: result.periods.map((period, i) => [
        labels[i] as string,
        hhiBefore[i] ?? null,
        hhiAfter[i] ?? null,
        period.effectiveSuppliersBefore === null ? null : roundTo(period.effectiveSuppliersBefore, 2),
        period.effectiveSuppliersAfter === null ? null : roundTo(period.effectiveSuppliersAfter, 2),
      ]),
    },
  };
}
