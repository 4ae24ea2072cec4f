import { Injectable } from '@nestjs/common';
import type { DateRange, ReportParams } from '@tradeflow/domain';
import type { Writable } from 'node:stream';
import { AnalyticsExportService } from '../../exports/analytics-export.service';
import { ShipmentsExportService } from '../../exports/shipments-export.service';

export interface ReportCsvRequest {
  kind: string;
  params: ReportParams;
  range: DateRange;
}

/** Writes the CSV of one report run: the same CSV as the matching /api/exports endpoint. */
@Injectable()
export class ReportCsvWriter {
  constructor(
    private readonly shipments: ShipmentsExportService,
    private readonly analytics: AnalyticsExportService,
  ) {}

  async write({ kind, params, range }: ReportCsvRequest, sink: Writable): Promise<{ rows: number }> {
    const filters = { ...(params.filters ?? {}), ...range };
    switch (kind) {
      case 'shipments':
        return this.shipments.writeCsv(filters, sink);
      case 'timeseries':
        return this.analytics.writeTimeseriesCsv(
          { ...filters, groupBy: params.groupBy, granularity: params.granularity, metric: params.metric },
          false,
          sink,
        );
      case 'concentration':
        return this.analytics.writeConcentrationCsv(
          { ...filters, dimension: params.groupBy, granularity: params.granularity },
          false,
          sink,
        );
      default:
        throw new Error(`unknown report kind ${kind}`);
    }
  }
}
