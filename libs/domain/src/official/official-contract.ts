// Official statistics (UN Comtrade) beside the cargo records: the import's answer, the analytics
// source switch and the reconciliation of the two. Shared by the API and the web app.
import type { ImportReport } from '../contract/import-contract';
import type { FieldError } from '../shipment/shipment';
import type { ComtradeSkipReason } from './comtrade-csv';

/** Where analytics read from: the cargo records (shipments) or the official statistics. Never both summed. */
export const ANALYTICS_SOURCES = ['cargoes', 'official'] as const;
export type AnalyticsSource = (typeof ANALYTICS_SOURCES)[number];
export const DEFAULT_ANALYTICS_SOURCE: AnalyticsSource = 'cargoes';

/** POST /api/official-stats/import. `skipped` counts the lines left out, by reason in `skippedByReason`. */
export interface OfficialImportReport extends ImportReport {
  /** Flows stored already with the same figures (a re-import of the same file). */
  unchanged: number;
  skippedByReason: Partial<Record<ComtradeSkipReason, number>>;
}

export interface OfficialStatsStatus {
  flows: number;
  firstMonth: string | null;
  lastMonth: string | null;
  importers: string[];
}

/** Gap thresholds: a row is flagged when |difference| exceeds both. */
export interface ReconciliationThresholds {
  /** Percent of the official tonnes (20 = 20%). */
  percent: number;
  /** Tonnes. */
  tonnes: number;
}

export const DEFAULT_RECONCILIATION_THRESHOLDS: ReconciliationThresholds = { percent: 20, tonnes: 1000 };

export interface ReconciliationQuery {
  from?: string;
  to?: string;
  commodity?: string[];
  origin?: string[];
  destination?: string[];
  gapPercent?: number;
  gapTonnes?: number;
}

export interface ReconciliationFigures {
  cargoTonnes: number;
  officialTonnes: number;
  /** Cargo records minus official statistics. */
  diffTonnes: number;
  /** diffTonnes as a percentage of the official tonnes; null when the statistics show none. */
  diffPercent: number | null;
  cargoValueUsd: number;
  officialValueUsd: number;
  diffValueUsd: number;
  diffValuePercent: number | null;
  cargoShipments: number;
  /** Whether the tonnes gap passes both thresholds. */
  flagged: boolean;
}

export interface ReconciliationRow extends ReconciliationFigures {
  importer: string;
  importerName: string;
  partner: string;
  partnerName: string;
  /** crude_oil or lpg: the commodities official statistics cover. */
  commodity: string;
  /** YYYY-MM-01. */
  month: string;
  /** Comtrade marked some of the month's official figures as estimated (weight or quantity). */
  officialEstimated: boolean;
}

export interface Reconciliation {
  /** Whole months compared: from the month of `from` to the month of `to`. */
  from: string | null;
  to: string | null;
  thresholds: ReconciliationThresholds;
  commodities: string[];
  rows: ReconciliationRow[];
  /** One row per month over every importer and partner (the chart). */
  months: (ReconciliationFigures & { month: string })[];
  total: ReconciliationFigures;
  flaggedCount: number;
}

/** The figures of a comparison from its four sums, rounded like money and tonnes. */
export function reconciliationFigures(
  sums: {
    cargoTonnes: number;
    officialTonnes: number;
    cargoValueUsd: number;
    officialValueUsd: number;
    cargoShipments: number;
  },
  thresholds: ReconciliationThresholds,
): ReconciliationFigures {
  const diffTonnes = round(sums.cargoTonnes - sums.officialTonnes, 3);
  const diffValueUsd = round(sums.cargoValueUsd - sums.officialValueUsd, 2);
  return {
    ...sums,
    diffTonnes,
    diffPercent: percentOf(diffTonnes, sums.officialTonnes),
    diffValueUsd,
    diffValuePercent: percentOf(diffValueUsd, sums.officialValueUsd),
    flagged: isLargeGap(diffTonnes, sums.officialTonnes, thresholds),
  };
}

/**
 * A gap worth a look: more than `tonnes` apart and more than `percent` of the official figure (any
 * gap over `tonnes` when the statistics show nothing). Both, so that neither a small flow's noise nor
 * a big flow's rounding is flagged.
 */
export function isLargeGap(
  diffTonnes: number,
  officialTonnes: number,
  thresholds: ReconciliationThresholds,
): boolean {
  if (Math.abs(diffTonnes) <= thresholds.tonnes) return false;
  return officialTonnes <= 0 || (Math.abs(diffTonnes) / officialTonnes) * 100 > thresholds.percent;
}

function percentOf(diff: number, base: number): number | null {
  return base > 0 ? round((diff / base) * 100, 2) : null;
}

function round(value: number, decimals: number): number {
  return Math.round(value * 10 ** decimals) / 10 ** decimals;
}

/** What official statistics cannot answer, as the field errors of a query with source=official. */
export function officialSourceProblems(query: {
  groupBy?: string;
  dimension?: string;
  granularity?: string;
  metric?: string;
  currency?: string[];
  mode?: string[];
  route?: string[];
  status?: string[];
  loadPort?: string[];
  dischargePort?: string[];
  q?: string;
  /** The cut of a what-if scenario (`exclude`), parsed. */
  exclusions?: readonly { dimension: string; key: string }[];
}): FieldError[] {
  const problems: FieldError[] = [];
  for (const field of ['groupBy', 'dimension'] as const) {
    const lacking = OFFICIAL_LACKS[query[field] as keyof typeof OFFICIAL_LACKS];
    if (lacking)
      problems.push({
        field,
        message: `official statistics have no ${lacking}: ${field}=${query[field]} needs source=cargoes`,
      });
  }
  const filters = {
    currency: 'currency',
    mode: 'mode',
    route: 'route',
    status: 'status',
    loadPort: 'loadPort',
    dischargePort: 'dischargePort',
  } as const;
  for (const [field, dimension] of Object.entries(filters) as [
    keyof typeof filters,
    keyof typeof OFFICIAL_LACKS,
  ][]) {
    if (query[field]?.length)
      problems.push({
        field,
        message: `official statistics have no ${OFFICIAL_LACKS[dimension]}: drop the ${field} filter or use source=cargoes`,
      });
  }
  const cargoOnlyCuts = (query.exclusions ?? []).filter((item) => item.dimension in OFFICIAL_LACKS);
  if (cargoOnlyCuts.length)
    problems.push({
      field: 'exclude',
      message: `official statistics have no ${[
        ...new Set(
          cargoOnlyCuts.map((item) => OFFICIAL_LACKS[item.dimension as keyof typeof OFFICIAL_LACKS]),
        ),
      ].join(' or ')}: cut ${cargoOnlyCuts
        .map((item) => `${item.dimension}:${item.key}`)
        .join(', ')} with source=cargoes, or cut by origin, region or commodity`,
    });
  if (query.q?.trim())
    problems.push({
      field: 'q',
      message: 'official statistics have no cargo text to search: drop q or use source=cargoes',
    });
  if (query.granularity === 'day' || query.granularity === 'week') {
    problems.push({
      field: 'granularity',
      message: 'official statistics are monthly: use month, quarter, year or fiscal_year',
    });
  }
  if (query.metric === 'shipments') {
    problems.push({
      field: 'metric',
      message: 'official statistics count no cargoes: use tonnes, barrels or valueUsd',
    });
  }
  return problems;
}

const OFFICIAL_LACKS = {
  currency: 'payment currency',
  mode: 'transport mode',
  route: 'transit route',
  status: 'shipment status',
  loadPort: 'load port',
  dischargePort: 'discharge port',
  chokepoint: 'sea route (chokepoints)',
} as const;
