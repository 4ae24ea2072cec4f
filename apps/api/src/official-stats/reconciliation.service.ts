import { Injectable } from '@nestjs/common';
import {
  bucketStart,
  countryName,
  DEFAULT_RECONCILIATION_THRESHOLDS,
  nextBucket,
  OFFICIAL_HS_CODES,
  type Reconciliation,
  reconciliationFigures,
  type ReconciliationRow,
  type ReconciliationThresholds,
} from '@tradeflow/domain';
import { AnalyticsReader } from '../analytics';
import type { ReconciliationQueryDto } from './dto/reconciliation-query';
import { type ReconciliationSumRow, reconciliationSql } from './official-stats-sql';

const OFFICIAL_COMMODITIES = [...new Set(Object.values(OFFICIAL_HS_CODES).map((hs) => hs.commodity))];

/**
 * Cargo records against official statistics, per importer, partner, commodity and month. The cargo side is the
 * delivered cargoes of the commodities official statistics cover, by arrival month, valued in USD as
 * every analytics view values them (the rate on or before arrival); the official side the imported
 * Comtrade flows. Whole months only: from/to widen to the months they fall in.
 */
@Injectable()
export class ReconciliationService {
  constructor(private readonly reader: AnalyticsReader) {}

  async reconcile(query: ReconciliationQueryDto): Promise<Reconciliation> {
    const thresholds: ReconciliationThresholds = {
      percent: query.gapPercent ?? DEFAULT_RECONCILIATION_THRESHOLDS.percent,
      tonnes: query.gapTonnes ?? DEFAULT_RECONCILIATION_THRESHOLDS.tonnes,
    };
    const from = query.from ? bucketStart(query.from, 'month') : undefined;
    const to = query.to ? dayBefore(nextBucket(bucketStart(query.to, 'month'), 'month')) : undefined;
    const commodities = query.commodity?.length ? query.commodity : OFFICIAL_COMMODITIES;
    const filters = {
      from,
      to,
      commodity: commodities,
      origin: query.origin,
      destination: query.destination,
    };

    const { sql, params } = reconciliationSql(filters);
    const sums = await this.reader.read<ReconciliationSumRow>(sql, params);

    const rows: ReconciliationRow[] = sums.map((row) => ({
      importer: row.importer,
      importerName: countryName(row.importer) ?? row.importer,
      partner: row.partner,
      partnerName: countryName(row.partner) ?? row.partner,
      commodity: row.commodity,
      month: row.month,
      officialEstimated: row.official_estimated,
      ...reconciliationFigures(numbersOf(row), thresholds),
    }));
    const byMonth = new Map<string, ReturnType<typeof numbersOf>>();
    for (const row of sums) byMonth.set(row.month, add(byMonth.get(row.month), numbersOf(row)));
    const total = sums.reduce<ReturnType<typeof numbersOf> | undefined>(
      (sum, row) => add(sum, numbersOf(row)),
      undefined,
    );
    return {
      from: from ?? null,
      to: to ?? null,
      thresholds,
      commodities,
      rows,
      months: [...byMonth].map(([month, figures]) => ({
        month,
        ...reconciliationFigures(figures, thresholds),
      })),
      total: reconciliationFigures(total ?? add(undefined, undefined), thresholds),
      flaggedCount: rows.filter((row) => row.flagged).length,
    };
  }
}

function numbersOf(row: ReconciliationSumRow) {
  return {
    cargoTonnes: Number(row.cargo_tonnes),
    officialTonnes: Number(row.official_tonnes),
    cargoValueUsd: Number(row.cargo_value_usd),
    officialValueUsd: Number(row.official_value_usd),
    cargoShipments: Number(row.cargo_shipments),
  };
}

function add(sum: ReturnType<typeof numbersOf> | undefined, next: ReturnType<typeof numbersOf> | undefined) {
  const zero = {
    cargoTonnes: 0,
    officialTonnes: 0,
    cargoValueUsd: 0,
    officialValueUsd: 0,
    cargoShipments: 0,
  };
  const a = sum ?? zero;
  const b = next ?? zero;
  // Tonnes to the kilogram and USD to the cent, so that float sums do not grow digits.
  return {
    cargoTonnes: Math.round((a.cargoTonnes + b.cargoTonnes) * 1000) / 1000,
    officialTonnes: Math.round((a.officialTonnes + b.officialTonnes) * 1000) / 1000,
    cargoValueUsd: Math.round((a.cargoValueUsd + b.cargoValueUsd) * 100) / 100,
    officialValueUsd: Math.round((a.officialValueUsd + b.officialValueUsd) * 100) / 100,
    cargoShipments: a.cargoShipments + b.cargoShipments,
  };
}

function dayBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}
