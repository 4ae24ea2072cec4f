import { BadRequestException, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  IMPORT_REPORTED_LINES,
  type ImportConflictPolicy,
  type ImportMode,
  type ImportReport,
  type RejectedLine,
} from '@tradeflow/domain';
import { CsvError } from 'csv-parse';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AnalyticsSettingsService } from '../settings/analytics-settings.service';
import { inTransaction } from '../database/transaction-client';
import { csvLineParser, csvSyntaxError } from './csv/csv-lines';
import { ShipmentCopyEncoder } from './csv/shipment-copy-encoder';
import { Utf8Guard } from './csv/utf8-guard';
import { ImportRejections } from './import-rejections';
import {
  ANALYZE_STAGING,
  COPY_STAGING,
  CREATE_STAGING,
  DELETE_CONFLICTS,
  DELETE_DUPLICATES,
  FIND_CONFLICTS,
  FIND_DUPLICATES,
  LOCK_MERGE,
  mergeStatement,
} from './import-sql';

export interface ImportOptions {
  mode: ImportMode;
  onConflict: ImportConflictPolicy;
  /** Run everything, answer the report, roll back: nothing written, nothing audited. */
  dryRun?: boolean;
}

/** Thrown out of the transaction of a dry run so that it rolls back; carries the report. */
class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run: rolled back');
  }
}

interface LineRow {
  line: number;
  reference: string;
  total: number;
}

/** Smaller staging tables do well with the planner's default guesses. */
const ANALYZE_FROM_ROWS = 10_000;

/**
 * Bulk import of a shipment CSV, streamed end to end: csv-parse -> validation -> COPY into a
 * temporary staging table -> duplicates, conflicts and merge as set-wise SQL, all in one
 * transaction with its audit entry, so an aborted or failed import leaves nothing behind.
 */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger('Import');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly settings: AnalyticsSettingsService,
  ) {}

  async importShipments(csv: Readable, options: ImportOptions): Promise<ImportReport> {
    try {
      return await inTransaction(this.dataSource, async ({ client, manager }) => {
        const report = await this.importInTransaction(client, csv, options);
        // The real pipeline, merge included, then a rollback: the counts are the real ones.
        if (options.dryRun) throw new DryRunRollback({ ...report, dryRun: true });
        await this.audit.record(manager, {
          action: 'shipment.import',
          entityType: 'shipment-import',
          entityId: randomUUID(),
          after: { ...options, ...report, rejected: report.rejected.slice(0, 20) },
        });
        return report;
      });
    } catch (error) {
      if (error instanceof DryRunRollback) return error.report;
      csv.destroy();
      throw error;
    }
  }

  private async importInTransaction(
    client: PoolClient,
    csv: Readable,
    { mode, onConflict, dryRun }: ImportOptions,
  ): Promise<ImportReport> {
    const started = Date.now();
    await client.query(CREATE_STAGING);
    const rejections = new ImportRejections();
    const encoder = new ShipmentCopyEncoder(rejections, this.settings.homeCountry);
    const { parser, currentLine } = csvLineParser();
    try {
      await pipeline(csv, new Utf8Guard(), parser, encoder, client.query(copyFrom(COPY_STAGING)));
    } catch (error) {
      throw error instanceof CsvError ? csvSyntaxError(error, currentLine()) : error;
    }
    const staging = Date.now();
    if (encoder.staged >= ANALYZE_FROM_ROWS) await client.query(ANALYZE_STAGING);

    // One import at a time from here to the commit: a second import then finds the first one's rows
    // as stored (its onConflict rule applies) instead of both missing each other's conflicts and
    // deadlocking on the shared references. The upload and staging above still run side by side.
    await client.query(LOCK_MERGE);
    let staged = encoder.staged;
    const duplicates = await this.lines(client, FIND_DUPLICATES);
    if (duplicates.length) {
      rejections.addAll(duplicateRejections(duplicates), duplicates[0]?.total);
      if (mode === 'partial') staged -= (await client.query(DELETE_DUPLICATES)).rowCount ?? 0;
    }
    if (onConflict === 'error') {
      const conflicts = await this.lines(client, FIND_CONFLICTS);
      if (conflicts.length) {
        rejections.addAll(conflicts.map(conflictRejection), conflicts[0]?.total);
        if (mode === 'partial') staged -= (await client.query(DELETE_CONFLICTS)).rowCount ?? 0;
      }
    }

    if (mode === 'atomic' && rejections.count > 0) {
      throw new BadRequestException({
        message: `${rejections.count} line(s) rejected; nothing was imported (mode=atomic: fix them, or send mode=partial to import the good lines)`,
        inserted: 0,
        updated: 0,
        skipped: 0,
        rejected: rejections.list(),
        rejectedCount: rejections.count,
        ...(dryRun ? { dryRun: true } : {}),
      });
    }

    const checked = Date.now();
    const merge = mergeStatement(onConflict);
    const { rows } = await client.query<{ inserted: number; updated: number }>(merge.sql, merge.params);
    const inserted = rows[0]?.inserted ?? 0;
    const updated = rows[0]?.updated ?? 0;
    this.logger.log(
      { staged: encoder.staged, inserted, updated, rejected: rejections.count },
      `import: read and staged ${encoder.staged} lines in ${staging - started} ms, checked in ${checked - staging} ms, merged in ${Date.now() - checked} ms`,
    );
    return {
      inserted,
      updated,
      skipped: staged - inserted - updated,
      rejected: rejections.list(),
      rejectedCount: rejections.count,
    };
  }

  private async lines(client: PoolClient, sql: string): Promise<LineRow[]> {
    return (await client.query<LineRow>(sql, [IMPORT_REPORTED_LINES])).rows;
  }
}

function duplicateRejections(rows: LineRow[]): RejectedLine[] {
  const linesOf = new Map<string, number[]>();
  for (const row of rows) linesOf.set(row.reference, [...(linesOf.get(row.reference) ?? []), row.line]);
  return rows.map((row) => ({
    line: row.line,
    reference: row.reference,
    errors: [
      {
        field: 'reference',
        message: `appears on more than one line of the file (lines ${(linesOf.get(row.reference) ?? []).join(', ')}); none of them is imported`,
      },
    ],
  }));
}

function conflictRejection(row: LineRow): RejectedLine {
  return {
    line: row.line,
    reference: row.reference,
    errors: [
      {
        field: 'reference',
        message:
          'a shipment with this reference exists already with other values (send onConflict=update to overwrite it, or onConflict=skip to keep it)',
      },
    ],
  };
}
