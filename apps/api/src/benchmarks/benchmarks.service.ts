import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Benchmark,
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
import {
  selectBenchmark,
  selectBenchmarkCodes,
  selectBenchmarkPrices,
  selectBenchmarks,
  shareBenchmarkFrequency,
  upsertBenchmark,
  upsertBenchmarkPrices,
} from './benchmarks-sql';
import type { BenchmarkPricesQueryDto } from './dto/benchmarks.dto';

/** The benchmark definitions and their price series; prices are written all or nothing, audited. */
@Injectable()
export class BenchmarksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<Benchmark[]> {
    return selectBenchmarks(this.dataSource.manager);
  }

  /** The benchmark of `code`; a 400 naming `field` when there is none (the code must exist). */
  async get(
    code: string,
    field = 'code',
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Benchmark> {
    const benchmark = await selectBenchmark(manager, code);
    if (!benchmark) throw unknownBenchmark(field, code, await selectBenchmarkCodes(manager));
    return benchmark;
  }

  /** Defines a benchmark or renames it; its frequency is fixed once it has prices. */
  async define(code: string, input: BenchmarkInput): Promise<Benchmark> {
    if (!isBenchmarkCode(code)) throw badCode(code);
    return this.audit.withAudit(async (manager) => {
      // Locked first: an upload of prices (which takes it FOR SHARE) cannot slip in between.
      const existing = await selectBenchmark(manager, code, 'FOR UPDATE');
      const frequency = input.frequency ?? existing?.frequency ?? 'monthly';
      if (existing && existing.priceCount > 0 && frequency !== existing.frequency) {
        throw new ConflictException(
          `${code} holds ${existing.priceCount} ${existing.frequency} prices: its frequency cannot change to ${frequency}; define another code for the ${frequency} series`,
        );
      }
      await upsertBenchmark(manager, code, { name: input.name.trim(), frequency, note: input.note ?? null });
      const after = await this.get(code, 'code', manager);
      return {
        result: after,
        audit: {
          action: existing ? 'benchmark.update' : 'benchmark.create',
          entityType: 'benchmark',
          entityId: code,
          before: existing ? definitionOf(existing) : null,
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
      if ((await shareBenchmarkFrequency(manager, code)) !== benchmark.frequency) {
        throw new ConflictException(`${code} changed while the prices were checked; send them again`);
      }
      const { replaced, inserted, written } = await upsertBenchmarkPrices(manager, code, dates, values);
      const sorted = [...dates].sort();
      return {
        result: { inserted, updated: written - inserted },
        audit: {
          action: 'benchmark-price.upsert',
          entityType: 'benchmark',
          entityId: `${code} ${sorted[0]}..${sorted[sorted.length - 1]}`,
          before: replaced,
          after: dates.map((date, i) => ({ date, usdPerBarrel: valid[i]!.usdPerBarrel })),
        },
      };
    });
  }

  async prices(code: string, query: BenchmarkPricesQueryDto): Promise<BenchmarkPriceList> {
    const benchmark = await this.get(code);
    const items = await selectBenchmarkPrices(this.dataSource.manager, code, query);
    return { code, frequency: benchmark.frequency, items, total: items.length };
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

function definitionOf(benchmark: Benchmark): Pick<Benchmark, 'name' | 'frequency' | 'note'> {
  return { name: benchmark.name, frequency: benchmark.frequency, note: benchmark.note };
}
