// /api/targets: policy targets an analyst records and the dashboard tracks per period.
import type { Granularity } from '../analytics/buckets';
import type { CommodityCode } from '../codes/commodities';
import type { BarrelConversions, ConcentrationBasis, GroupBy } from './analytics-contract';

/**
 * `flow_rate_min`/`flow_rate_max`: the key's average flow per day over each period is at least / at
 * most `value` (unit bbl/d, kb/d or t/d). `share_min`/`share_max`: the key's share of all imports
 * (of `commodity` when given) is at least / at most `value` (unit `share`, 0..1).
 */
export const TARGET_KINDS = ['flow_rate_min', 'flow_rate_max', 'share_min', 'share_max'] as const;

export type TargetKind = (typeof TARGET_KINDS)[number];

export const FLOW_RATE_UNITS = ['bbl/d', 'kb/d', 't/d'] as const;

export const TARGET_UNITS = [...FLOW_RATE_UNITS, 'share'] as const;

export type TargetUnit = (typeof TARGET_UNITS)[number];

/** POST body (PATCH: any subset; the merged target must be valid). */
export interface TargetInput {
  /** 1-100 characters, e.g. "Russian crude 100,000 b/d". */
  name: string;
  kind: TargetKind;
  /** What `key` is: origin (country), region (GCC), currency, commodity, mode, route or destination (importer). */
  dimension: GroupBy;
  key: string;
  /** Only shipments of this commodity count (both sides of a share); null or absent: all. */
  commodity?: CommodityCode | null;
  /** > 0; a share is 0..1 (0.6 = 60%). */
  value: number;
  /** bbl/d, kb/d or t/d for flow rates; `share` for shares (the default for share kinds). */
  unit?: TargetUnit;
  /** Shares only: by tonnes (`volume`, default) or by USD value. */
  basis?: ConcentrationBasis;
  notes?: string | null;
}

export interface Target {
  id: string;
  name: string;
  kind: TargetKind;
  dimension: GroupBy;
  key: string;
  /** Label of the key ("Russia", "Gulf Cooperation Council"). */
  keyLabel: string;
  commodity: CommodityCode | null;
  value: number;
  unit: TargetUnit;
  basis: ConcentrationBasis;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface TargetList {
  items: Target[];
}

export interface TargetProgressQuery {
  /** `month` by default. */
  granularity?: Granularity;
  fiscalYearStartMonth?: number;
  from?: string;
  to?: string;
  /** Statuses that count (comma-separated); every status by default, as elsewhere in analytics. */
  status?: string[];
  /** Importing countries whose imports count (a share is then of their imports); all by default. */
  destination?: string[];
}

/** Actual against target; `actual` and `gap` in the target's unit. */
export interface TargetFigures {
  /** Days the period covers inside from/to (flow rates divide by them). */
  days: number;
  /** null for a share of a period with no imports at all. */
  actual: number | null;
  target: number;
  /** Whether the target is met; null when actual is null. */
  met: boolean | null;
  /** actual minus target (negative: below it); null when actual is null. */
  gap: number | null;
}

export interface TargetProgressPeriod extends TargetFigures {
  period: string;
  label: string;
}

export interface TargetProgress {
  target: Target;
  granularity: Granularity;
  periods: TargetProgressPeriod[];
  /** Over the whole range (flow rate over all its days; share of its total). */
  total: TargetFigures;
  /** Flow-rate targets in barrels: the factors used; null otherwise. */
  conversions: BarrelConversions | null;
}
