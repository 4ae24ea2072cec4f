import { Inject, Injectable } from '@nestjs/common';
import {
  ANALYTICS_GRANULARITIES,
  type AnalyticsSettings,
  API_GRAVITY_FORMULA,
  type BucketOptions,
  conversionFactors,
  DEFAULT_REGION_GROUP,
  HHI_BAND_SETS,
  type HhiBandSet,
  type HhiBandsInfo,
  hhiBandsInfo,
  OTHER_REGION,
  REGIONS,
  SHIPMENT_LIMITS,
} from '@tradeflow/domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** The analytics settings of this server (FISCAL_YEAR_START_MONTH, HHI_BANDS) and what follows from them. */
@Injectable()
export class AnalyticsSettingsService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get bandSet(): HhiBandSet {
    return this.config.analytics.hhiBands;
  }

  /** HOME_COUNTRY: the importing country of shipments that name none and have no discharge port. */
  get homeCountry(): string {
    return this.config.analytics.homeCountry;
  }

  get bands(): HhiBandsInfo {
    return hhiBandsInfo(this.config.analytics.hhiBands);
  }

  /** Bucket options of a query: its fiscalYearStartMonth, else the server's. */
  bucketOptions(query: { fiscalYearStartMonth?: number }): BucketOptions {
    return { fiscalYearStartMonth: query.fiscalYearStartMonth ?? this.config.analytics.fiscalYearStartMonth };
  }

  settings(): AnalyticsSettings {
    const { min, max } = SHIPMENT_LIMITS.apiGravity;
    return {
      fiscalYearStartMonth: this.config.analytics.fiscalYearStartMonth,
      hhiBands: this.bands,
      hhiBandSets: HHI_BAND_SETS.map(hhiBandsInfo),
      regionGroups: REGIONS.filter((region) => region.code !== OTHER_REGION).map((region) => ({
        code: region.code,
        name: region.name,
        countries: [...region.countries],
      })),
      defaultRegionGroup: DEFAULT_REGION_GROUP,
      granularities: [...ANALYTICS_GRANULARITIES],
      conversionFactors: conversionFactors(),
      apiGravityRange: { min, max },
      apiGravityFormula: API_GRAVITY_FORMULA,
      homeCountry: this.config.analytics.homeCountry,
    };
  }
}
