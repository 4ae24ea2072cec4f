import { Injectable } from '@nestjs/common';
import type { DateRange, ReportFormat, ReportParams } from '@tradeflow/domain';
import type { Writable } from 'node:stream';
import { AnalyticsExportService } from '../../exports/analytics-export.service';
import { ShipmentsExportService } from '../../exports/shipments-export.service';

export interface ReportCsvRequest {
  kind: string;
  params: ReportParams;
  range: DateRange;
  format: ReportFormat;
}

/** Writes the file of one report run: the same CSV or XLSX as the matching /api/exports endpoint. */
@Injectable()
export class ReportCsvWriter {
  constructor(
    private readonly shipments: ShipmentsExportService,
    private readonly analytics: AnalyticsExportService,
  ) {}

  async write({ kind, params, range, format }: ReportCsvRequest, sink: Writable): Promise<{ rows: number }> {
    const filters = { ...(params.filters ?? {}), ...range };
    switch (kind) {
      case 'shipments':
        return this.shipments.write({ ...filters, columns: params.columns }, format, sink);
      case 'timeseries':
        return this.analytics.writeTimeseries(
          { ...filters, groupBy: params.groupBy, granularity: params.granularity, metric: params.metric },
          format,
          false,
          sink,
        );
      case 'concentration':
        return this.analytics.writeConcentration(
          { ...filters, dimension: params.groupBy, granularity: params.granularity },
          format,
          false,
          sink,
        );
      default:
        throw new Error(`unknown report kind ${kind}`);
    }
  }
}
