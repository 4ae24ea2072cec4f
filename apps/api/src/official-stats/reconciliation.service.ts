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
import { AnalyticsReader, cellSourceSql, officialWhere, planSources, SqlParams } from '../analytics';
import type { ReconciliationQueryDto } from './dto/reconciliation-query';

const OFFICIAL_COMMODITIES = [...new Set(Object.values(OFFICIAL_HS_CODES).map((hs) => hs.commodity))];

interface SumRow {
  month: string;
  importer: string;
  partner: string;
  commodity: string;
  cargo_tonnes: string;
  cargo_value_usd: string;
  cargo_shipments: string;
  official_tonnes: string;
  official_value_usd: string;
  official_estimated: boolean;
}

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

    const params = new SqlParams();
    const cargoRows = cellSourceSql(
      { ...filters, status: ['delivered'] },
      planSources({ from, to }, false),
      params,
      {
        withValue: true,
      },
    );
    const sql = `
      WITH cargo AS (
        SELECT date_trunc('month', f.day)::date AS month, f.destination_country::text AS importer, f.origin_country::text AS partner,
               f.commodity::text AS commodity, sum(f.tonnes) AS cargo_tonnes, sum(f.value_usd) AS cargo_value_usd, sum(f.shipments) AS cargo_shipments
          FROM (${cargoRows}) f
         GROUP BY 1, 2, 3, 4
      ), official AS (
        SELECT o.month, o.importer_country::text AS importer, o.partner_country::text AS partner,
               o.commodity::text AS commodity, sum(o.volume_tonnes) AS official_tonnes, sum(o.value_usd) AS official_value_usd,
               bool_or(coalesce(o.is_net_wgt_estimated, false) OR coalesce(o.is_qty_estimated, false)) AS official_estimated
          FROM official_trade_flows o ${officialWhere(filters, params)}
         GROUP BY 1, 2, 3, 4
      )
      SELECT month::text AS month, importer, partner, commodity,
             coalesce(cargo_tonnes, 0) AS cargo_tonnes, coalesce(cargo_value_usd, 0) AS cargo_value_usd,
             coalesce(cargo_shipments, 0) AS cargo_shipments, coalesce(official_tonnes, 0) AS official_tonnes,
             coalesce(official_value_usd, 0) AS official_value_usd, coalesce(official_estimated, false) AS official_estimated
        FROM cargo FULL JOIN official USING (month, importer, partner, commodity)
       ORDER BY month, importer, partner, commodity`;
    const sums = await this.reader.read<SumRow>(sql, params.values);

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

function numbersOf(row: SumRow) {
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
