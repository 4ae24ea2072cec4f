import type { BenchmarkPrice } from '@tradeflow/domain';

/*
 * Monthly average spot prices of Brent and Dubai (USD per barrel), January 2019 to October 2025,
 * for the sample. APPROXIMATE and ILLUSTRATIVE: they follow the World Bank's Commodity Price Data
 * (the "Pink Sheet": Brent 38° API, Dubai Fateh 32° API) but were not checked against it month by
 * month; each year's mean is within about 1 USD of the Pink Sheet's annual average, and November 2024
 * (Brent 73.39, Dubai 72.54) is the Pink Sheet figure. Months after October 2025 are left without a
 * price, so the dashboard shows them as missing. Load the published series for real analysis.
 */
export const SAMPLE_BENCHMARK_NOTE =
  'Sample data: approximate monthly averages after the World Bank Pink Sheet (illustrative, not checked month by month; ' +
  'January 2019 to October 2025). Upload the published series for analysis.';

const BRENT: Record<string, number[]> = {
  '2019': [59.41, 63.96, 66.14, 71.23, 71.32, 64.22, 63.92, 59.04, 62.83, 59.71, 63.21, 67.31],
  '2020': [63.65, 55.66, 32.01, 18.38, 29.38, 40.27, 43.24, 44.74, 40.91, 40.19, 42.69, 49.99],
  '2021': [54.77, 62.28, 65.41, 64.81, 68.53, 73.16, 75.17, 70.75, 74.49, 83.54, 81.05, 74.17],
  '2022': [86.51, 97.13, 117.25, 104.58, 113.34, 122.71, 111.93, 100.45, 89.76, 93.33, 91.42, 80.92],
  '2023': [82.5, 82.59, 78.43, 84.64, 75.47, 74.84, 80.11, 86.15, 93.72, 90.6, 82.94, 77.63],
  '2024': [80.12, 83.48, 85.41, 89.94, 81.75, 82.61, 85.3, 80.86, 74.29, 75.81, 73.39, 73.86],
  '2025': [79.27, 75.44, 72.81, 68.01, 64.45, 71.44, 71.04, 67.87, 68.02, 64.38],
};

const DUBAI: Record<string, number[]> = {
  '2019': [59.1, 65.0, 66.9, 70.9, 69.4, 61.8, 63.2, 58.9, 61.1, 59.3, 61.9, 64.9],
  '2020': [64.3, 54.2, 33.7, 20.4, 30.5, 40.8, 43.3, 44.0, 41.5, 40.7, 43.4, 49.9],
  '2021': [54.0, 60.4, 64.3, 62.6, 65.3, 71.6, 72.9, 69.5, 72.6, 81.6, 80.3, 73.2],
  '2022': [83.5, 92.4, 110.9, 102.8, 108.2, 113.2, 103.1, 97.0, 90.6, 90.6, 86.3, 77.0],
  '2023': [80.2, 81.4, 78.6, 83.4, 74.9, 74.6, 80.4, 86.5, 92.5, 89.8, 83.6, 77.3],
  '2024': [78.8, 80.7, 84.0, 89.2, 84.1, 83.1, 84.7, 77.6, 73.5, 74.8, 72.54, 73.1],
  '2025': [80.8, 76.6, 72.4, 67.9, 63.9, 69.7, 70.3, 69.9, 70.4, 65.4],
};

function monthly(table: Record<string, number[]>, loadDate: string): BenchmarkPrice[] {
  return Object.entries(table).flatMap(([year, prices]) =>
    prices
      .map((usdPerBarrel, index) => ({ date: `${year}-${String(index + 1).padStart(2, '0')}`, usdPerBarrel }))
      .filter((price) => `${price.date}-01` <= loadDate),
  );
}

/** The sample's benchmark prices up to the month of `loadDate`. */
export function sampleBenchmarkPrices(
  loadDate: string,
): { code: 'BRENT' | 'DUBAI'; prices: BenchmarkPrice[] }[] {
  return [
    { code: 'BRENT', prices: monthly(BRENT, loadDate) },
    { code: 'DUBAI', prices: monthly(DUBAI, loadDate) },
  ];
}
