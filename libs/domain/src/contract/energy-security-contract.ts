// Supply-risk scores, risk-weighted concentration and import dependency (shared by the API and web).
import type { Granularity } from '../analytics/buckets';
import type { CommodityCode } from '../codes/commodities';
import type { ShipmentFilters } from './analytics-contract';

/** A supplier country's supply-risk score. */
export interface SupplierRiskScore {
  country: string;
  name: string;
  /** 0 (no supply risk) .. 1 (highest). */
  score: number;
  /** True when no admin has set it: the score is DEFAULT_SUPPLY_RISK_SCORE. */
  isDefault: boolean;
  rationale: string | null;
  /** When an admin last set it; null for a default. */
  updatedAt: string | null;
}

/** GET /api/risk-scores: the stored scores; every other country counts `defaultScore`. */
export interface SupplierRiskScoreList {
  defaultScore: number;
  items: SupplierRiskScore[];
}

export interface SupplierRiskScoreInput {
  country: string;
  score: number;
  rationale?: string | null;
}

/** PUT /api/risk-scores (admin): upsert by country, all or nothing, audited. */
export interface SupplierRiskScoresUpsertRequest {
  scores: SupplierRiskScoreInput[];
}

/** The risk weighting an answer used: formula, source and the score of each supplier in it. */
export interface RiskWeighting {
  formula: string;
  source: string;
  defaultScore: number;
  /** The suppliers of the answer with the score applied, largest supplier first. */
  scores: SupplierRiskScore[];
  /** Suppliers of the answer still at the default score. */
  defaultedSuppliers: string[];
}

// ---------------------------------------------------------------------------------------------
// Domestic production and import dependency

export interface DomesticProductionItem {
  /** The importing country (ISO 3166-1 alpha-2). */
  destinationCountry: string;
  commodity: CommodityCode;
  /** YYYY-MM. */
  month: string;
  productionTonnes: number;
  consumptionTonnes?: number | null;
}

/** PUT /api/domestic-production: upsert by (country, commodity, month), all or nothing, audited. */
export interface DomesticProductionUpsertRequest {
  items: DomesticProductionItem[];
}

export interface DomesticProductionUpsertResult {
  inserted: number;
  updated: number;
}

export interface DomesticProductionList {
  items: DomesticProductionItem[];
}

export interface ImportDependencyQuery extends ShipmentFilters {
  /** month (default), quarter, year or fiscal_year: production figures are monthly. */
  granularity?: Granularity;
  fiscalYearStartMonth?: number;
}

export interface ImportDependencyPoint {
  period: string;
  label: string;
  importsTonnes: number;
  /** Sum of the production figures of the period's months; null when none of them has one. */
  productionTonnes: number | null;
  consumptionTonnes: number | null;
  /** Months of the period (within from/to) with a production figure, and all of them. */
  monthsWithProduction: number;
  months: number;
  /** imports / (imports + production), 0..1; null unless every month of the period has a production figure. */
  dependency: number | null;
}

export interface ImportDependencySeries {
  commodity: CommodityCode;
  label: string;
  /** False when no production figure exists for this commodity in the range: no dependency can be given. */
  hasProductionData: boolean;
  points: ImportDependencyPoint[];
}

export interface ImportDependency {
  granularity: Granularity;
  formula: string;
  /** The importing countries the figures are for (the destination filter, else every importer pooled). */
  destinations: string[];
  /** Words for display when some commodity has no production data; null otherwise. */
  note: string | null;
  series: ImportDependencySeries[];
}
