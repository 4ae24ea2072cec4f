import type { FxRate } from '@tradeflow/domain';

/**
 * Yuan per US dollar, approximate monthly averages rounded to two decimals, January 2019 to November
 * 2025 (in line with the Federal Reserve's H.10 series, not checked against it figure by figure, so
 * illustrative). Months after the table repeat its last value. Good enough for shares by USD value;
 * load your own rates for accounting.
 */
const CNY_PER_USD: Record<string, number[]> = {
  '2019': [6.79, 6.74, 6.71, 6.73, 6.85, 6.9, 6.88, 7.07, 7.11, 7.08, 7.03, 7.01],
  '2020': [6.92, 6.99, 7.02, 7.07, 7.1, 7.08, 7.0, 6.93, 6.81, 6.7, 6.6, 6.54],
  '2021': [6.47, 6.46, 6.51, 6.53, 6.43, 6.43, 6.48, 6.48, 6.46, 6.41, 6.39, 6.37],
  '2022': [6.36, 6.33, 6.35, 6.43, 6.68, 6.7, 6.74, 6.79, 7.0, 7.2, 7.17, 6.98],
  '2023': [6.78, 6.84, 6.89, 6.89, 6.99, 7.18, 7.18, 7.27, 7.3, 7.31, 7.21, 7.13],
  '2024': [7.17, 7.19, 7.2, 7.24, 7.23, 7.26, 7.26, 7.15, 7.07, 7.1, 7.21, 7.29],
  '2025': [7.31, 7.28, 7.25, 7.31, 7.21, 7.18, 7.17, 7.18, 7.12, 7.12, 7.11],
};

/** Official pegs: the UAE dirham at 3.6725 and the Saudi riyal at 3.75 per US dollar. */
const PEGGED_PER_USD = { AED: 3.6725, SAR: 3.75 } as const;

/** The month the CNY table ends; later months carry its last value (illustrative). */
export const CNY_TABLE_LAST_MONTH = '2025-11';

const perUnit = (perUsd: number) => Math.round((1 / perUsd) * 1e6) / 1e6;

/**
 * One rate per currency on the first of every month from January 2019 through the month of
 * `loadDate`, for every non-USD currency the sample pays in (AED, SAR, CNY).
 */
export function sampleFxRates(loadDate: string): FxRate[] {
  const rates: FxRate[] = [];
  let last = 7.11;
  for (let year = 2019; year <= Number(loadDate.slice(0, 4)); year++) {
    for (let month = 1; month <= 12; month++) {
      const date = `${year}-${String(month).padStart(2, '0')}-01`;
      if (date > loadDate) break;
      last = CNY_PER_USD[String(year)]?.[month - 1] ?? last;
      rates.push(
        { currency: 'AED', date, usdPerUnit: perUnit(PEGGED_PER_USD.AED) },
        { currency: 'SAR', date, usdPerUnit: perUnit(PEGGED_PER_USD.SAR) },
        { currency: 'CNY', date, usdPerUnit: perUnit(last) },
      );
    }
  }
  return rates;
}
