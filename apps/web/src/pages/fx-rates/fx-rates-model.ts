import {
  type FieldError,
  type FxRate,
  FX_RATES_CSV_HEADER,
  parseFxRatesCsv,
  validateFxRatesBody,
  wordFieldNames,
} from '@tradeflow/domain';

export interface CurrencyRates {
  currency: string;
  /** Oldest first (the chart); the table shows them newest first. */
  rates: FxRate[];
}

/** The stored rates grouped by currency, currencies in code order, each oldest first. */
export function ratesByCurrency(rates: readonly FxRate[]): CurrencyRates[] {
  const groups = new Map<string, FxRate[]>();
  for (const rate of rates) {
    const list = groups.get(rate.currency) ?? [];
    list.push(rate);
    groups.set(rate.currency, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, list]) => ({ currency, rates: [...list].sort((a, b) => a.date.localeCompare(b.date)) }));
}

/** A CSV a person fills in: the header and one example line. */
export const FX_RATES_CSV_TEMPLATE = `${FX_RATES_CSV_HEADER}\r\nCNY,2023-06-01,0.1406\r\n`;

export interface CsvUpload {
  rates: FxRate[];
  /** Problems named by their line of the file ('line 3: usd per unit ...'). */
  problems: string[];
}

/**
 * Reads an uploaded fx-rate CSV and checks it with the API's own rules, so problems are named by
 * the line of the file, not by `rates[i]`.
 */
export function readFxRatesCsv(text: string): CsvUpload {
  const parsed = parseFxRatesCsv(text);
  const problems = parsed.errors.map((error) => `${error.field}: ${error.message}`);
  if (parsed.errors.length === 0) {
    if (parsed.rates.length === 0) problems.push('the file holds no rates');
    else
      problems.push(
        ...validateFxRatesBody({ rates: parsed.rates }).map((error) => lineProblem(error, parsed.lines)),
      );
  }
  return { rates: problems.length ? [] : parsed.rates, problems };
}

/** 'rates[3].usdPerUnit: must be ...' as 'line 5: USD per unit must be ...'. */
export function lineProblem(error: FieldError, lines: readonly number[]): string {
  const item = /^rates\[(\d+)\]\.?(\w*)$/.exec(error.field);
  if (!item) return wordFieldNames(`${error.field}: ${error.message}`);
  const line = lines[Number(item[1])] ?? Number(item[1]) + 2;
  return `line ${line}: ${item[2] ? `${wordFieldNames(item[2])} ` : ''}${wordFieldNames(error.message)}`;
}
