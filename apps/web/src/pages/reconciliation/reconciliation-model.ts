import type { Reconciliation, ReconciliationRow } from '@tradeflow/domain';
import type { TableModel } from '../../charts/table-model';
import { formatBucket } from '../../format/dates';
import { commodityShortLabel } from '../../format/labels';
import { formatInteger, formatNumber, formatUsdShort } from '../../format/numbers';

const percent = (value: number) => `${value > 0 ? '+' : ''}${formatNumber(value, 1)}%`;
const signedTonnes = (value: number) => `${value > 0 ? '+' : ''}${formatInteger(value)}`;

/** The monthly comparison (the chart and its table/CSV): over every importer and partner selected. */
export function monthlyComparison(reconciliation: Reconciliation): {
  labels: string[];
  cargo: number[];
  official: number[];
  table: TableModel;
} {
  const months = reconciliation.months;
  return {
    labels: months.map((month) => formatBucket(month.month, 'month')),
    cargo: months.map((month) => month.cargoTonnes),
    official: months.map((month) => month.officialTonnes),
    table: {
      columns: [
        { key: 'month', label: 'Month' },
        { key: 'cargo', label: 'Cargo records (t)', numeric: true, format: formatInteger },
        { key: 'official', label: 'Official statistics (t)', numeric: true, format: formatInteger },
        { key: 'diff', label: 'Difference (t)', numeric: true, format: signedTonnes },
        { key: 'diffPercent', label: 'Difference (%)', numeric: true, format: percent },
        { key: 'cargoUsd', label: 'Cargo records (USD)', numeric: true, format: formatUsdShort },
        { key: 'officialUsd', label: 'Official statistics (USD)', numeric: true, format: formatUsdShort },
        { key: 'flagged', label: 'Large gap' },
      ],
      rows: months.map((month) => [
        month.month.slice(0, 7),
        month.cargoTonnes,
        month.officialTonnes,
        month.diffTonnes,
        month.diffPercent,
        month.cargoValueUsd,
        month.officialValueUsd,
        month.flagged ? 'yes' : '',
      ]),
    },
  };
}

/** The rows per importer, partner, commodity and month, as a table (flagged gaps only, or all). */
export function gapRowsTable(rows: ReconciliationRow[]): TableModel {
  return {
    columns: [
      { key: 'month', label: 'Month' },
      { key: 'importer', label: 'Importer' },
      { key: 'partner', label: 'Partner' },
      { key: 'commodity', label: 'Commodity' },
      { key: 'cargo', label: 'Cargo records (t)', numeric: true, format: formatInteger },
      { key: 'official', label: 'Official statistics (t)', numeric: true, format: formatInteger },
      { key: 'diff', label: 'Difference (t)', numeric: true, format: signedTonnes },
      { key: 'diffPercent', label: 'Difference (%)', numeric: true, format: percent },
      { key: 'cargoUsd', label: 'Cargo records (USD)', numeric: true, format: formatUsdShort },
      { key: 'officialUsd', label: 'Official statistics (USD)', numeric: true, format: formatUsdShort },
      { key: 'flagged', label: 'Large gap' },
    ],
    rows: rows.map((row) => [
      row.month.slice(0, 7),
      row.importerName,
      row.partnerName,
      commodityShortLabel(row.commodity),
      row.cargoTonnes,
      row.officialTonnes,
      row.diffTonnes,
      row.diffPercent,
      row.cargoValueUsd,
      row.officialValueUsd,
      row.flagged ? 'yes' : '',
    ]),
  };
}

/** Words for a gap: '+42,500 t (+35.4%)', or '+45,142 t (no official figure)'. */
export function gapText(row: { diffTonnes: number; diffPercent: number | null }): string {
  return `${signedTonnes(row.diffTonnes)} t (${row.diffPercent === null ? 'no official figure' : percent(row.diffPercent)})`;
}
