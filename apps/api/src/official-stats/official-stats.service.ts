import { BadRequestException, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportMode, OfficialImportReport, OfficialStatsStatus } from '@tradeflow/domain';
import { CsvError } from 'csv-parse';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { inTransaction } from '../database/transaction-client';
import { csvLineParser, csvSyntaxError } from '../imports/csv/csv-lines';
import { Utf8Guard } from '../imports/csv/utf8-guard';
import { ImportRejections } from '../imports/import-rejections';
import { ComtradeLineReader } from './comtrade-line-reader';
import { anyOfficialFlowStored, selectOfficialStatus, upsertFlows } from './official-stats-sql';

export interface OfficialImportOptions {
  mode: ImportMode;
  /** Run everything, answer the report, roll back: nothing written, nothing audited. */
  dryRun?: boolean;
}

/** Thrown out of the transaction of a dry run so that it rolls back; carries the report. */
class DryRunRollback extends Error {
  constructor(readonly report: OfficialImportReport) {
    super('dry run: rolled back');
  }
}

/** Rows per INSERT ... SELECT FROM unnest: 16 arrays of this many values each. */
const MERGE_BATCH = 10_000;

/**
 * Imports of UN Comtrade+ CSV files into official_trade_flows: streamed through csv-parse and the
 * Comtrade rules, then merged by key (importer, partner, HS code, month, flow) in one transaction with
 * its audit entry, so a re-import updates the same rows and a failed one leaves nothing behind.
 */
@Injectable()
export class OfficialStatsService {
  private readonly logger = new Logger('OfficialStatsImport');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async importComtrade(csv: Readable, options: OfficialImportOptions): Promise<OfficialImportReport> {
    try {
      return await inTransaction(this.dataSource, async ({ manager }) => {
        const rejections = new ImportRejections();
        const reader = new ComtradeLineReader(rejections);
        const { parser, currentLine } = csvLineParser();
        try {
          await pipeline(csv, new Utf8Guard(), parser, reader);
        } catch (error) {
          throw error instanceof CsvError ? csvSyntaxError(error, currentLine()) : error;
        }
        const counts = { skipped: reader.skipped, skippedByReason: reader.skippedByReason };
        if (options.mode === 'atomic' && rejections.count > 0) {
          throw new BadRequestException({
            message: `${rejections.count} line(s) rejected; nothing was imported (mode=atomic: fix them, or send mode=partial to import the good lines)`,
            inserted: 0,
            updated: 0,
            unchanged: 0,
            ...counts,
            rejected: rejections.list(),
            rejectedCount: rejections.count,
            ...(options.dryRun ? { dryRun: true } : {}),
          });
        }
        let inserted = 0;
        let updated = 0;
        for (let start = 0; start < reader.flows.length; start += MERGE_BATCH) {
          const merged = await upsertFlows(manager, reader.flows.slice(start, start + MERGE_BATCH));
          inserted += merged.inserted;
          updated += merged.updated;
        }
        const report: OfficialImportReport = {
          inserted,
          updated,
          unchanged: reader.flows.length - inserted - updated,
          ...counts,
          rejected: rejections.list(),
          rejectedCount: rejections.count,
        };
        if (options.dryRun) throw new DryRunRollback({ ...report, dryRun: true });
        await this.audit.record(manager, {
          action: 'official-stats.import',
          entityType: 'official-stats-import',
          entityId: randomUUID(),
          after: { ...options, ...report, rejected: report.rejected.slice(0, 20) },
        });
        this.logger.log(
          { inserted, updated, skipped: reader.skipped, rejected: rejections.count },
          `official statistics import: ${reader.flows.length} flows kept, ${reader.skipped} lines skipped`,
        );
        return report;
      });
    } catch (error) {
      if (error instanceof DryRunRollback) return error.report;
      csv.destroy();
      throw error;
    }
  }

  async status(): Promise<OfficialStatsStatus> {
    return selectOfficialStatus(this.dataSource.manager);
  }

  async isEmpty(): Promise<boolean> {
    return !(await anyOfficialFlowStored(this.dataSource.manager));
  }
}
