import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FxRate, FxRateList, FxRatesUpsertRequest, FxRatesUpsertResult } from '@tradeflow/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { FxRatesQueryDto } from './dto/fx-rates.dto';
import { selectFxRatePage, upsertFxRates } from './fx-rates-sql';

const DEFAULT_LIMIT = 1000;

@Injectable()
export class FxRatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * All rates or none, in one statement (fx-rates-sql.ts), with one audit entry (the rates replaced
   * and the rates sent), in the same transaction.
   */
  async upsert({ rates }: FxRatesUpsertRequest): Promise<FxRatesUpsertResult> {
    return this.audit.withAudit(async (manager) => {
      // Locked, so the audit's "before" is exactly what this upload replaces.
      const { replaced, inserted, written } = await upsertFxRates(manager, rates);
      return {
        result: { inserted, updated: written - inserted },
        audit: {
          action: 'fx-rate.upsert',
          entityType: 'fx-rate',
          entityId: uploadId(rates),
          before: replaced,
          after: rates,
        },
      };
    });
  }

  async list(query: FxRatesQueryDto): Promise<FxRateList> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    const page = await selectFxRatePage(this.dataSource.manager, query, limit, offset);
    return { ...page, limit, offset };
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
