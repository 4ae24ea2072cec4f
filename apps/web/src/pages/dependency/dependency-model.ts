import type { Granularity, ImportDependency } from '@tradeflow/domain';
import { lineSummary } from '../../charts/chart-summary';
import { colourFor } from '../../charts/palette';
import { roundTo } from '../../charts/series';
import type { ShareLine } from '../../charts/share-lines-chart';
import type { TableModel } from '../../charts/table-model';
import { periodLabels } from '../../format/dates';
import { formatNumber } from '../../format/numbers';

export interface DependencyModel {
  labels: string[];
  lines: ShareLine[];
  table: TableModel;
  summary: string;
}

/** Import dependency per commodity (percent lines; gaps where a period lacks production figures). */
export function dependencyModel(answer: ImportDependency, granularity: Granularity): DependencyModel {
  const first = answer.series[0];
  const labels = first
    ? periodLabels(
        first.points.map((point) => point.period),
        first.points.map((point) => point.label),
        granularity,
      )
    : [];
  const withData = answer.series.filter((series) => series.hasProductionData);
  const lines: ShareLine[] = withData.map((series) => ({
    key: series.commodity,
    label: series.label,
    values: series.points.map((point) =>
      point.dependency === null ? null : roundTo(point.dependency * 100, 1),
    ),
    colour: colourFor('commodity', series.commodity),
  }));
  const table: TableModel = {
    columns: [
      { key: 'period', label: 'Period' },
      { key: 'commodity', label: 'Commodity' },
      { key: 'imports', label: 'Imports (t)', numeric: true },
      { key: 'production', label: 'Domestic production (t)', numeric: true },
      { key: 'consumption', label: 'Consumption (t)', numeric: true },
      { key: 'dependency', label: 'Import dependency (%)', numeric: true },
    ],
    rows: answer.series.flatMap((series) =>
      series.points.map((point, i) => [
        labels[i] ?? point.label,
        series.label,
        point.importsTonnes,
        point.productionTonnes,
        point.consumptionTonnes,
        point.dependency === null ? null : roundTo(point.dependency * 100, 1),
      ]),
    ),
  };
  const summary = lines.length
    ? lines
        .map((line) => lineSummary(line.label, labels, line.values, (v) => `${formatNumber(v, 0)}%`))
        .join('. ')
    : 'No domestic production recorded: no import dependency to show';
  return { labels, lines, table, summary };
}
