// GET /api/settings: what the dashboard needs to know about the server's analytics settings.
import type { Granularity } from '../analytics/buckets';
import type { BarrelConversions, ConversionFactor, HhiBandsInfo } from './analytics-contract';

export interface RegionGroup {
  code: string;
  name: string;
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
}

export interface AnalyticsSettings {
  /** FISCAL_YEAR_START_MONTH: the default of `fiscalYearStartMonth` (7 = July, Pakistan's FY2023-24). */
  fiscalYearStartMonth: number;
  /** HHI_BANDS: the bands every concentration answer is read against. */
  hhiBands: HhiBandsInfo;
  /** Both band sets, to show what the alternative would say. */
  hhiBandSets: HhiBandsInfo[];
  /** Region groups usable as `regionGroup` and as keys of the `region` dimension. */
  regionGroups: RegionGroup[];
  defaultRegionGroup: string;
  granularities: Granularity[];
  /** Published barrels-per-tonne factor of every commodity. */
  conversionFactors: ConversionFactor[];
  /** Accepted range of a shipment's `apiGravity` (crude only). */
  apiGravityRange: { min: number; max: number };
  apiGravityFormula: BarrelConversions['apiGravityFormula'];
  /**
   * HOME_COUNTRY (ISO 3166-1 alpha-2, `PK` by default): the importing country of a shipment that names
   * neither one nor a discharge port, and the dashboard's importer when the address names none.
   */
  homeCountry: string;
}
