import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FxRate, FxRateList, FxRatesUpsertRequest, FxRatesUpsertResult } from '@tradeflow/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { FxRatesQueryDto } from './dto/fx-rates.dto';

const DEFAULT_LIMIT = 1000;

interface FxRateRow {
  currency: string;
  date: string;
  usd_per_unit: string;
}

@Injectable()
export class FxRatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * One INSERT ... ON CONFLICT statement: all rates or none; the rollup's USD values are recomputed
   * once by the fx_rates statement trigger, and one audit entry (the rates replaced and the rates
   * sent) is written, all in the same transaction.
   */
  async upsert({ rates }: FxRatesUpsertRequest): Promise<FxRatesUpsertResult> {
    const columns = [
      rates.map((rate) => rate.currency),
      rates.map((rate) => rate.date),
      // The shortest decimal that round-trips (what the client wrote), never a binary expansion.
      rates.map((rate) => String(rate.usdPerUnit)),
    ];
    return this.audit.withAudit(async (manager) => {
      // Locked, so the audit's "before" is exactly what this upload replaces.
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
      const inserted = rows.filter((row) => row.inserted).length;
      return {
        result: { inserted, updated: rows.length - inserted },
        audit: {
          action: 'fx-rate.upsert',
          entityType: 'fx-rate',
          entityId: uploadId(rates),
          before: replaced.map(toFxRate),
          after: rates,
        },
      };
    });
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

/** e.g. 'CNY,RUB 2023-06-01..2023-07-03': the currencies and dates an upload covers. */
function uploadId(rates: readonly FxRate[]): string {
  const currencies = [...new Set(rates.map((rate) => rate.currency))].sort();
  const dates = rates.map((rate) => rate.date).sort();
  const span = `${dates[0]}..${dates[dates.length - 1]}`;
  const names = currencies.length > 20 ? `${currencies.length} currencies` : currencies.join(',');
  return `${names} ${span}`.slice(0, 128);
}

function toFxRate(row: FxRateRow): FxRate {
  return { currency: row.currency, date: row.date, usdPerUnit: Number(row.usd_per_unit) };
}
