import type { FxRate } from '@tradeflow/domain';
import type { EntityManager } from 'typeorm';

// The SQL of fx rates: the upload's merge and the listing.

interface FxRateRow {
  currency: string;
  date: string;
  usd_per_unit: string;
}

function toFxRate(row: FxRateRow): FxRate {
  return { currency: row.currency, date: row.date, usdPerUnit: Number(row.usd_per_unit) };
}

/**
 * Writes the rates in one statement (the fx_rates statement trigger then recomputes the rollup's
 * USD values once); answers the stored rates they replace, locked first, and how many rows were new.
 */
export async function upsertFxRates(
  manager: EntityManager,
  rates: readonly FxRate[],
): Promise<{ replaced: FxRate[]; inserted: number; written: number }> {
  const columns = [
    rates.map((rate) => rate.currency),
    rates.map((rate) => rate.date),
    // The shortest decimal that round-trips (what the client wrote), never a binary expansion.
    rates.map((rate) => String(rate.usdPerUnit)),
  ];
  const replaced: FxRateRow[] = await manager.query(
    `SELECT r.currency, r.date, r.usd_per_unit FROM fx_rates r
       JOIN unnest($1::text[], $2::date[]) AS sent (currency, date) USING (currency, date)
      ORDER BY r.currency, r.date FOR UPDATE OF r`,
    columns.slice(0, 2),
  );
  const rows: { inserted: boolean }[] = await manager.query(
    `INSERT INTO fx_rates (currency, date, usd_per_unit)
     SELECT * FROM unnest($1::text[], $2::date[], $3::numeric[])
     ON CONFLICT (currency, date) DO UPDATE SET usd_per_unit = excluded.usd_per_unit, updated_at = now()
     RETURNING (xmax = 0) AS inserted`,
    columns,
  );
  return {
    replaced: replaced.map(toFxRate),
    inserted: rows.filter((row) => row.inserted).length,
    written: rows.length,
  };
}

/** One page of the rates (by currency and date) that match, and how many match in all. */
export async function selectFxRatePage(
  manager: EntityManager,
  filter: { currency?: string[] | undefined; from?: string | undefined; to?: string | undefined },
  limit: number,
  offset: number,
): Promise<{ items: FxRate[]; total: number }> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.currency?.length) conditions.push(`currency = ANY(${bind(filter.currency)}::text[])`);
  if (filter.from) conditions.push(`date >= ${bind(filter.from)}::date`);
  if (filter.to) conditions.push(`date <= ${bind(filter.to)}::date`);
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const filterParams = [...params];
  const [rows, counted] = await Promise.all([
    manager.query(
      `SELECT currency, date, usd_per_unit FROM fx_rates ${where}
       ORDER BY currency, date LIMIT ${bind(limit)} OFFSET ${bind(offset)}`,
      params,
    ) as Promise<FxRateRow[]>,
    manager.query(`SELECT count(*) AS total FROM fx_rates ${where}`, filterParams) as Promise<
      { total: number }[]
    >,
  ]);
  return { items: rows.map(toFxRate), total: counted[0]?.total ?? 0 };
}
