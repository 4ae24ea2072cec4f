import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FxRate, FxRateList, FxRatesUpsertRequest, FxRatesUpsertResult } from '@tradeflow/domain';
import { DataSource } from 'typeorm';
import type { FxRatesQueryDto } from './dto/fx-rates.dto';

const DEFAULT_LIMIT = 10_000;

interface FxRateRow {
  currency: string;
  date: string;
  usd_per_unit: string;
}

@Injectable()
export class FxRatesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One INSERT ... ON CONFLICT statement: all rates or none, and the rollup's USD values are
   * recomputed once by the fx_rates statement trigger in the same transaction.
   */
  async upsert({ rates }: FxRatesUpsertRequest): Promise<FxRatesUpsertResult> {
    const rows: { inserted: boolean }[] = await this.dataSource.query(
      `INSERT INTO fx_rates (currency, date, usd_per_unit)
       SELECT * FROM unnest($1::text[], $2::date[], $3::numeric[])
       ON CONFLICT (currency, date) DO UPDATE SET usd_per_unit = excluded.usd_per_unit, updated_at = now()
       RETURNING (xmax = 0) AS inserted`,
      [
        rates.map((rate) => rate.currency),
        rates.map((rate) => rate.date),
        // The shortest decimal that round-trips (what the client wrote), never a binary expansion.
        rates.map((rate) => String(rate.usdPerUnit)),
      ],
    );
    const inserted = rows.filter((row) => row.inserted).length;
    return { inserted, updated: rows.length - inserted };
  }

  async list(query: FxRatesQueryDto): Promise<FxRateList> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const bind = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.currency?.length) conditions.push(`currency = ANY(${bind(query.currency)}::text[])`);
    if (query.from) conditions.push(`date >= ${bind(query.from)}::date`);
    if (query.to) conditions.push(`date <= ${bind(query.to)}::date`);
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const limit = query.limit ?? DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    const [rows, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT currency, date, usd_per_unit FROM fx_rates ${where}
         ORDER BY currency, date LIMIT ${bind(limit)} OFFSET ${bind(offset)}`,
        params,
      ) as Promise<FxRateRow[]>,
      this.dataSource.query(
        `SELECT count(*) AS total FROM fx_rates ${where}`,
        params.slice(0, params.length - 2),
      ) as Promise<{ total: number }[]>,
    ]);
    return { items: rows.map(toFxRate), total: counted[0]?.total ?? 0, limit, offset };
  }
}

function toFxRate(row: FxRateRow): FxRate {
  return { currency: row.currency, date: row.date, usdPerUnit: Number(row.usd_per_unit) };
}
