import type { Benchmark, BenchmarkFrequency, BenchmarkPrice } from '@tradeflow/domain';
import type { EntityManager } from 'typeorm';

// The SQL of benchmarks: the definitions with their series' extent, and the price series.

interface BenchmarkRow {
  code: string;
  name: string;
  frequency: BenchmarkFrequency;
  note: string | null;
  price_count: number;
  first_date: string | null;
  last_date: string | null;
}

interface PriceRow {
  date: string;
  usd_per_barrel: string;
}

const BENCHMARK_SELECT = `
  SELECT b.code, b.name, b.frequency, b.note, count(p.date)::int AS price_count,
         min(p.date) AS first_date, max(p.date) AS last_date
    FROM benchmarks b LEFT JOIN benchmark_prices p USING (code)`;

function toBenchmark(row: BenchmarkRow): Benchmark {
  return {
    code: row.code,
    name: row.name,
    frequency: row.frequency,
    note: row.note,
    priceCount: row.price_count,
    firstDate: row.first_date,
    lastDate: row.last_date,
  };
}

function toPrice(row: PriceRow): BenchmarkPrice {
  return { date: row.date, usdPerBarrel: Number(row.usd_per_barrel) };
}

export async function selectBenchmarks(manager: EntityManager): Promise<Benchmark[]> {
  const rows: BenchmarkRow[] = await manager.query(`${BENCHMARK_SELECT} GROUP BY b.code ORDER BY b.code`);
  return rows.map(toBenchmark);
}

/** The benchmark of `code`, or null; `lock` first takes its row (FOR UPDATE) so no upload slips in. */
export async function selectBenchmark(
  manager: EntityManager,
  code: string,
  lock: '' | 'FOR UPDATE' = '',
): Promise<Benchmark | null> {
  if (lock) await manager.query(`SELECT 1 FROM benchmarks WHERE code = $1 ${lock}`, [code]);
  const rows: BenchmarkRow[] = await manager.query(`${BENCHMARK_SELECT} WHERE b.code = $1 GROUP BY b.code`, [
    code,
  ]);
  return rows[0] ? toBenchmark(rows[0]) : null;
}

export async function selectBenchmarkCodes(manager: EntityManager): Promise<string[]> {
  const rows: { code: string }[] = await manager.query('SELECT code FROM benchmarks ORDER BY code');
  return rows.map((row) => row.code);
}

/** The frequency of `code`, its row held FOR SHARE until the transaction ends (a redefinition waits). */
export async function shareBenchmarkFrequency(
  manager: EntityManager,
  code: string,
): Promise<BenchmarkFrequency | undefined> {
  const [row] = (await manager.query('SELECT frequency FROM benchmarks WHERE code = $1 FOR SHARE', [
    code,
  ])) as {
    frequency: BenchmarkFrequency;
  }[];
  return row?.frequency;
}

export async function upsertBenchmark(
  manager: EntityManager,
  code: string,
  definition: { name: string; frequency: BenchmarkFrequency; note: string | null },
): Promise<void> {
  await manager.query(
    `INSERT INTO benchmarks (code, name, frequency, note) VALUES ($1, $2, $3, $4)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, frequency = excluded.frequency,
       note = excluded.note, updated_at = now()`,
    [code, definition.name, definition.frequency, definition.note],
  );
}

/**
 * Writes the prices (dates already normalised to the frequency, values as decimal text) in one
 * statement; answers the stored prices they replace, locked, and how many rows were new.
 */
export async function upsertBenchmarkPrices(
  manager: EntityManager,
  code: string,
  dates: readonly string[],
  values: readonly string[],
): Promise<{ replaced: BenchmarkPrice[]; inserted: number; written: number }> {
  const replaced: PriceRow[] = await manager.query(
    `SELECT p.date, p.usd_per_barrel FROM benchmark_prices p
      WHERE p.code = $1 AND p.date = ANY($2::date[]) ORDER BY p.date FOR UPDATE`,
    [code, dates],
  );
  const rows: { inserted: boolean }[] = await manager.query(
    `INSERT INTO benchmark_prices (code, date, usd_per_barrel)
     SELECT $1, * FROM unnest($2::date[], $3::numeric[])
     ON CONFLICT (code, date) DO UPDATE SET usd_per_barrel = excluded.usd_per_barrel, updated_at = now()
     RETURNING (xmax = 0) AS inserted`,
    [code, dates, values],
  );
  return {
    replaced: replaced.map(toPrice),
    inserted: rows.filter((row) => row.inserted).length,
    written: rows.length,
  };
}

/** The prices of `code` from and to the dates given (either may be absent), oldest first. */
export async function selectBenchmarkPrices(
  manager: EntityManager,
  code: string,
  range: { from?: string | undefined; to?: string | undefined },
): Promise<BenchmarkPrice[]> {
  const params: unknown[] = [code];
  const conditions = ['code = $1'];
  if (range.from) conditions.push(`date >= $${params.push(range.from)}::date`);
  if (range.to) conditions.push(`date <= $${params.push(range.to)}::date`);
  const rows: PriceRow[] = await manager.query(
    `SELECT date, usd_per_barrel FROM benchmark_prices WHERE ${conditions.join(' AND ')} ORDER BY date`,
    params,
  );
  return rows.map(toPrice);
}
