import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Benchmark,
  type BenchmarkFrequency,
  type BenchmarkInput,
  type BenchmarkPrice,
  type BenchmarkPriceList,
  benchmarkPriceDate,
  type BenchmarkPricesUpsertResult,
  type FieldError,
  isBenchmarkCode,
  validateBenchmarkPrices,
  type PriceFieldNames,
  JSON_PRICE_FIELDS,
} from '@tradeflow/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { FieldValidationException } from '../common/api-error';
import type { BenchmarkPricesQueryDto } from './dto/benchmarks.dto';

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

/** The benchmark definitions and their price series; prices are written all or nothing, audited. */
@Injectable()
export class BenchmarksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<Benchmark[]> {
    const rows: BenchmarkRow[] = await this.dataSource.query(
      `${BENCHMARK_SELECT} GROUP BY b.code ORDER BY b.code`,
    );
    return rows.map(toBenchmark);
  }

  /** The benchmark of `code`; a 400 naming `field` when there is none (the code must exist). */
  async get(
    code: string,
    field = 'code',
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Benchmark> {
    const rows: BenchmarkRow[] = await manager.query(
      `${BENCHMARK_SELECT} WHERE b.code = $1 GROUP BY b.code`,
      [code],
    );
    const row = rows[0];
    if (!row) throw unknownBenchmark(field, code, await this.codes(manager));
    return toBenchmark(row);
  }

  /** Defines a benchmark or renames it; its frequency is fixed once it has prices. */
  async define(code: string, input: BenchmarkInput): Promise<Benchmark> {
    if (!isBenchmarkCode(code)) throw badCode(code);
    return this.audit.withAudit(async (manager) => {
      // Locked first: an upload of prices (which takes it FOR SHARE) cannot slip in between.
      await manager.query('SELECT 1 FROM benchmarks WHERE code = $1 FOR UPDATE', [code]);
      const [existing] = (await manager.query(`${BENCHMARK_SELECT} WHERE b.code = $1 GROUP BY b.code`, [
        code,
      ])) as BenchmarkRow[];
      const frequency = input.frequency ?? existing?.frequency ?? 'monthly';
      if (existing && existing.price_count > 0 && frequency !== existing.frequency) {
        throw new ConflictException(
          `${code} holds ${existing.price_count} ${existing.frequency} prices: its frequency cannot change to ${frequency}; define another code for the ${frequency} series`,
        );
      }
      await manager.query(
        `INSERT INTO benchmarks (code, name, frequency, note) VALUES ($1, $2, $3, $4)
         ON CONFLICT (code) DO UPDATE SET name = excluded.name, frequency = excluded.frequency,
           note = excluded.note, updated_at = now()`,
        [code, input.name.trim(), frequency, input.note ?? null],
      );
      const after = await this.get(code, 'code', manager);
      return {
        result: after,
        audit: {
          action: existing ? 'benchmark.update' : 'benchmark.create',
          entityType: 'benchmark',
          entityId: code,
          before: existing ? definitionOf(toBenchmark(existing)) : null,
          after: definitionOf(after),
        },
      };
    });
  }

  /**
   * Upserts prices of `code` in one statement: all or none. The benchmark must exist (else 400 naming
   * `code`); the prices are checked against its frequency, naming each problem by `names` (the JSON
   * index or the CSV line). One audit entry holds the prices replaced and the prices sent.
   */
  async upsertPrices(
    code: string,
    prices: unknown,
    names: PriceFieldNames = JSON_PRICE_FIELDS,
    extraErrors: FieldError[] = [],
  ): Promise<BenchmarkPricesUpsertResult> {
    const benchmark = await this.get(code);
    const errors = [...extraErrors, ...validateBenchmarkPrices(prices, benchmark.frequency, names)];
    if (errors.length > 0) throw new FieldValidationException(errors, 'Nothing was stored');
    const valid = prices as BenchmarkPrice[];
    const dates = valid.map((price) => benchmarkPriceDate(price.date, benchmark.frequency) as string);
    // The shortest decimal that round-trips (what the client wrote), never a binary expansion.
    const values = valid.map((price) => String(price.usdPerBarrel));
    return this.audit.withAudit(async (manager) => {
      // The frequency the prices were checked against holds until this commits (define() waits).
      const [locked] = (await manager.query('SELECT frequency FROM benchmarks WHERE code = $1 FOR SHARE', [
        code,
      ])) as { frequency: BenchmarkFrequency }[];
      if (locked?.frequency !== benchmark.frequency) {
        throw new ConflictException(`${code} changed while the prices were checked; send them again`);
      }
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
      const sorted = [...dates].sort();
      const inserted = rows.filter((row) => row.inserted).length;
      return {
        result: { inserted, updated: rows.length - inserted },
        audit: {
          action: 'benchmark-price.upsert',
          entityType: 'benchmark',
          entityId: `${code} ${sorted[0]}..${sorted[sorted.length - 1]}`,
          before: replaced.map(toPrice),
          after: dates.map((date, i) => ({ date, usdPerBarrel: valid[i]!.usdPerBarrel })),
        },
      };
    });
  }

  async prices(code: string, query: BenchmarkPricesQueryDto): Promise<BenchmarkPriceList> {
    const benchmark = await this.get(code);
    const params: unknown[] = [code];
    const conditions = ['code = $1'];
    if (query.from) conditions.push(`date >= $${params.push(query.from)}::date`);
    if (query.to) conditions.push(`date <= $${params.push(query.to)}::date`);
    const rows: PriceRow[] = await this.dataSource.query(
      `SELECT date, usd_per_barrel FROM benchmark_prices WHERE ${conditions.join(' AND ')} ORDER BY date`,
      params,
    );
    return { code, frequency: benchmark.frequency, items: rows.map(toPrice), total: rows.length };
  }

  private async codes(manager: EntityManager): Promise<string[]> {
    const rows: { code: string }[] = await manager.query('SELECT code FROM benchmarks ORDER BY code');
    return rows.map((row) => row.code);
  }
}

function unknownBenchmark(field: string, code: string, codes: string[]): FieldValidationException {
  return new FieldValidationException([
    {
      field,
      message: `unknown benchmark "${code}"; defined: ${codes.join(', ') || 'none'} (an admin defines one with PUT /api/benchmarks/${isBenchmarkCode(code) ? code : 'CODE'})`,
    },
  ]);
}

function badCode(code: string): FieldValidationException {
  return new FieldValidationException([
    {
      field: 'code',
      message: `"${code}" is not a benchmark code: 2 to 16 upper-case letters, digits or _, starting with a letter (e.g. BRENT)`,
    },
  ]);
}

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

function definitionOf(benchmark: Benchmark): Pick<Benchmark, 'name' | 'frequency' | 'note'> {
  return { name: benchmark.name, frequency: benchmark.frequency, note: benchmark.note };
}

function toPrice(row: PriceRow): BenchmarkPrice {
  return { date: row.date, usdPerBarrel: Number(row.usd_per_barrel) };
}
