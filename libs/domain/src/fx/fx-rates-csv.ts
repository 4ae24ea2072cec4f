import type { FxRate } from '../contract/analytics-contract';
import type { FieldError } from '../shipment/shipment';

/** Header of an fx-rate CSV (upload on the fx rates page, and its template). */
export const FX_RATES_CSV_HEADER = 'currency,date,usd_per_unit';

export interface ParsedFxRatesCsv {
  rates: FxRate[];
  /** The line (header = line 1) of each rate, to name it when the server refuses `rates[i]`. */
  lines: number[];
  errors: FieldError[];
}

/**
 * Reads `currency,date,usd_per_unit` lines (UTF-8, optional BOM, CRLF or LF, blank lines ignored). The
 * cells are checked for shape only; validateFxRatesBody and the API check the rules.
 */
export function parseFxRatesCsv(text: string): ParsedFxRatesCsv {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const result: ParsedFxRatesCsv = { rates: [], lines: [], errors: [] };
  const header = (lines[0] ?? '').trim().toLowerCase().replace(/\s+/g, '');
  if (header !== FX_RATES_CSV_HEADER) {
    result.errors.push({ field: 'line 1', message: `the header must be ${FX_RATES_CSV_HEADER}` });
    return result;
  }
  lines.slice(1).forEach((line, index) => {
    const lineNumber = index + 2;
    if (line.trim() === '') return;
    const cells = line.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
    if (cells.length !== 3) {
      result.errors.push({ field: `line ${lineNumber}`, message: `has ${cells.length} cells, expected 3` });
      return;
    }
    const [currency = '', date = '', rate = ''] = cells;
    const usdPerUnit = /^\d+(\.\d+)?$/.test(rate) ? Number(rate) : Number.NaN;
    if (Number.isNaN(usdPerUnit)) {
      result.errors.push({
        field: `line ${lineNumber}`,
        message: `usd_per_unit "${rate}" is not a plain decimal number (like 0.1406)`,
      });
      return;
    }
    result.rates.push({ currency: currency.toUpperCase(), date, usdPerUnit });
    result.lines.push(lineNumber);
  });
  return result;
}
