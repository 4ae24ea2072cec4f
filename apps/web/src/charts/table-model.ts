import { formatNumber } from '../format/numbers';

// What a chart shows, as rows and columns: the "show as table" view and the CSV download both
// render this one model, so the download is exactly what is on screen.
export interface TableColumn {
  key: string;
  label: string;
  /** Numbers are right-aligned and formatted with `format`; the CSV gets the raw number. */
  numeric?: boolean;
  format?: (value: number) => string;
  /** Long text (a message) that wraps at word breaks instead of widening the table. */
  wrap?: boolean;
}

export type TableCell = string | number | null;

export interface TableModel {
  columns: TableColumn[];
  rows: TableCell[][];
  /**
   * Where each row leads (e.g. a flow's shipments): the table view makes its first cell a link, so
   * what a click on the chart does is also there for the keyboard. Not part of the CSV.
   */
  rowLinks?: (string | null)[];
}

const decimalsOf = (value: number): number => {
  const text = String(value);
  if (/e/i.test(text)) return 0;
  return text.includes('.') ? (text.split('.')[1] as string).length : 0;
};

/**
 * How each column's numbers read on screen: its own `format`, else every number of the column with
 * as many decimals as the most precise one has (0.904 and 1.000, never 0.904 next to 1), grouped.
 */
export function columnFormats(table: TableModel): ((value: number) => string)[] {
  return table.columns.map((column, index) => {
    if (column.format) return column.format;
    const digits = Math.max(
      0,
      ...table.rows
        .map((row) => row[index])
        .filter((cell): cell is number => typeof cell === 'number')
        .map(decimalsOf),
    );
    return (value: number) => formatNumber(value, digits);
  });
}

const NEEDS_QUOTES = /[",\r\n]/;
// OWASP CSV injection: a spreadsheet runs cells starting with these as formulas.
const FORMULA_START = /^[=+\-@\t\r\0]/;

function csvCell(cell: TableCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV (CRLF line ends, header row) of the table. */
export function tableToCsv(table: TableModel): string {
  const lines = [
    table.columns.map((column) => csvCell(column.label)),
    ...table.rows.map((row) => row.map(csvCell)),
  ];
  return `${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

/** 'Monthly volume by origin' + range -> 'monthly-volume-by-origin_2025-11-01_2026-10-31.csv'. */
export function csvFileName(title: string, suffix: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}${suffix ? `_${suffix}` : ''}.csv`;
}

export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
