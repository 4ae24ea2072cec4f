import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import {
  ANALYTICS_GRANULARITIES,
  ANALYTICS_GROUP_BYS,
  type AnalyticsGroupBy,
  CHOKEPOINT_CODES,
  CHOKEPOINT_SOURCE,
  ANALYTICS_SOURCES,
  type AnalyticsSource,
  CONCENTRATION_BASES,
  type ConcentrationBasis,
  type ConcentrationQuery,
  DEFAULT_REGION_GROUP,
  type Granularity,
  GROUP_BYS,
  type GroupBy,
  type OutlookQuery,
  OTHER_REGION,
  parseScenarioExclusions,
  REGIONS,
  type ScenarioQuery,
  type SummaryQuery,
  TIMESERIES_METRICS,
  type TimeseriesMetric,
  type TimeseriesQuery,
  isPriceBasis,
  PRICE_BASES,
  PRICE_GRANULARITIES,
  PRICE_MATCHES,
  type PriceBasis,
  type PriceMatch,
  type PricesQuery,
} from '@tradeflow/domain';
import { CommaList, IsCodeList } from '../../shipments/filters/code-list.validators';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { ShipmentFiltersQuery } from '../../shipments/filters/shipment-filters.query';

const oneOf = (name: string, values: readonly string[]) => ({
  message: `${name} must be one of ${values.join(', ')}`,
});

const GROUP_BY_DESCRIPTION =
  'origin (country), currency (payment currency; `none` = not recorded), commodity, mode (transport ' +
  'mode), region (libs/domain regions, e.g. GCC), route (mode + transit countries, e.g. `road via UZ|AF`), ' +
  'destination (importing country)';

const ANALYTICS_GROUP_BY_DESCRIPTION =
  `${GROUP_BY_DESCRIPTION}, chokepoint (the sea chokepoints passed: ${CHOKEPOINT_CODES.join(', ')}, \`none\`; ` +
  'one shipment counts in each chokepoint it passes, so shares overlap and do not add up to 100%: the answer says ' +
  `so in groupsOverlap and overlapNote. Sea lanes: ${CHOKEPOINT_SOURCE})`;

const REGION_GROUPS = REGIONS.map((region) => region.code).filter((code) => code !== OTHER_REGION);

function BasisProperty(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      enum: CONCENTRATION_BASES,
      default: 'volume',
      description:
        'Shares and indices by tonnes (volume) or by USD value (value x latest rate on or before arrival; ' +
        'shipments without a value or a rate add 0 and are counted)',
    }),
    IsOptional(),
    IsIn(CONCENTRATION_BASES, oneOf('basis', CONCENTRATION_BASES)),
  );
}

function SourceProperty(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      enum: ANALYTICS_SOURCES,
      default: 'cargoes',
      description:
        'cargoes: the cargo records (shipments). official: the imported official statistics (UN Comtrade), never ' +
        'summed with the cargoes. Official figures are monthly (a month counts when it overlaps from/to), the ' +
        'reporter is the destination, and they have no currency, mode, route, port, status or text: those ' +
        'filters and dimensions, day/week buckets and the shipments metric answer 400 with source=official. ' +
        '`shipments` counts stored official flows (importer, partner, HS code, month).',
    }),
    IsOptional(),
    IsIn(ANALYTICS_SOURCES, oneOf('source', ANALYTICS_SOURCES)),
  );
}

/** `source` on a view official statistics cannot answer: only `cargoes`, and `official` says why not. */
function CargoesOnlySourceProperty(lacking: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      enum: ['cargoes'],
      default: 'cargoes',
      description: `Cargo records only: official statistics have no ${lacking}.`,
    }),
    IsOptional(),
    IsIn(['cargoes'], {
      message: `source must be cargoes: official statistics have no ${lacking}`,
    }),
  );
}

function RegionGroupProperty(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      enum: REGION_GROUPS,
      default: DEFAULT_REGION_GROUP,
      description: 'Region group (by origin) whose share is reported next to the HHI',
    }),
    IsOptional(),
    IsIn(REGION_GROUPS, oneOf('regionGroup', REGION_GROUPS)),
  );
}

export class SummaryQueryDto extends ShipmentFiltersQuery implements SummaryQuery {
  @SourceProperty()
  source?: AnalyticsSource;

  @ApiPropertyOptional({
    enum: ANALYTICS_GROUP_BYS,
    default: 'origin',
    description: ANALYTICS_GROUP_BY_DESCRIPTION,
  })
  @IsOptional()
  @IsIn(ANALYTICS_GROUP_BYS, oneOf('groupBy', ANALYTICS_GROUP_BYS))
  groupBy?: AnalyticsGroupBy;

  @BasisProperty()
  basis?: ConcentrationBasis;

  @RegionGroupProperty()
  regionGroup?: string;
}

/** Granularity options of the time-bucketed endpoints. */
export class BucketedQueryDto extends ShipmentFiltersQuery {
  @ApiPropertyOptional({
    enum: ANALYTICS_GRANULARITIES,
    default: 'month',
    description: 'Calendar buckets on the arrival date (UTC); ISO weeks start on Monday',
  })
  @IsOptional()
  @IsIn(ANALYTICS_GRANULARITIES, oneOf('granularity', ANALYTICS_GRANULARITIES))
  granularity?: Granularity;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 12,
    default: 7,
    description: 'First month of a fiscal year, for granularity=fiscal_year (7 = July, as in Pakistan)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'fiscalYearStartMonth must be an integer from 1 to 12' })
  @Min(1, { message: 'fiscalYearStartMonth must be an integer from 1 to 12' })
  @Max(12, { message: 'fiscalYearStartMonth must be an integer from 1 to 12' })
  fiscalYearStartMonth?: number;
}

export class TimeseriesQueryDto extends BucketedQueryDto implements TimeseriesQuery {
  @SourceProperty()
  source?: AnalyticsSource;

  @ApiPropertyOptional({
    enum: ANALYTICS_GROUP_BYS,
    default: 'origin',
    description: ANALYTICS_GROUP_BY_DESCRIPTION,
  })
  @IsOptional()
  @IsIn(ANALYTICS_GROUP_BYS, oneOf('groupBy', ANALYTICS_GROUP_BYS))
  groupBy?: AnalyticsGroupBy;

  @ApiPropertyOptional({
    enum: TIMESERIES_METRICS,
    default: 'tonnes',
    description: 'valueUsd: value x the latest USD rate on or before the arrival date (USD = 1)',
  })
  @IsOptional()
  @IsIn(TIMESERIES_METRICS, oneOf('metric', TIMESERIES_METRICS))
  metric?: TimeseriesMetric;
}

export class ConcentrationQueryDto extends BucketedQueryDto implements ConcentrationQuery {
  @SourceProperty()
  source?: AnalyticsSource;

  @ApiPropertyOptional({
    enum: GROUP_BYS,
    default: 'origin',
    description: `Dimension the concentration is measured over: ${GROUP_BY_DESCRIPTION}`,
  })
  @IsOptional()
  @IsIn(GROUP_BYS, oneOf('dimension', GROUP_BYS))
  dimension?: GroupBy;

  @BasisProperty()
  basis?: ConcentrationBasis;

  @RegionGroupProperty()
  regionGroup?: string;
}

/** The shipment filters without `status`: the outlook splits delivered from incoming itself. */
export class OutlookQueryDto extends OmitType(BucketedQueryDto, ['status'] as const) implements OutlookQuery {
  @CargoesOnlySourceProperty('shipment status, so nothing is incoming')
  source?: 'cargoes';
}

/** GET /api/analytics/flows: the shipment filters. */
export class FlowsQueryDto extends ShipmentFiltersQuery {
  @CargoesOnlySourceProperty('transit routes or ports')
  source?: 'cargoes';
}

function IsScenarioExclusionList() {
  return ValidateBy({
    name: 'isScenarioExclusionList',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' &&
        parseScenarioExclusions(value).problems.length === 0 &&
        parseScenarioExclusions(value).exclusions.length > 0,
      defaultMessage: (args) => {
        if (typeof args?.value !== 'string') return 'exclude must be a list of dimension:key items';
        const { problems } = parseScenarioExclusions(args.value);
        return problems.length
          ? `exclude: ${problems.join('; ')}`
          : 'exclude must name at least one dimension:key item, e.g. origin:SA';
      },
    },
  });
}

export class ScenarioQueryDto extends BucketedQueryDto implements ScenarioQuery {
  @SourceProperty()
  source?: AnalyticsSource;

  @ApiProperty({
    description:
      'What is cut off: comma-separated `dimension:key` items; a shipment is at risk when it matches ANY ' +
      'item. Dimensions: origin (ISO country), currency (ISO currency or `none`), commodity, mode, region, ' +
      'route (`sea`, `road via UZ|AF`), destination, chokepoint (`chokepoint:hormuz` closes the Strait of Hormuz: ' +
      `every shipment that passes it is at risk; codes ${CHOKEPOINT_CODES.join(', ')}). An unknown code is a 400 naming exclude.`,
    example: 'chokepoint:hormuz',
  })
  @IsString({ message: 'exclude must be a list of dimension:key items, e.g. origin:SA' })
  @MaxLength(4000)
  @IsScenarioExclusionList()
  exclude!: string;

  @ApiPropertyOptional({
    enum: GROUP_BYS,
    default: 'origin',
    description: 'Dimension of the HHI before and after the cut',
  })
  @IsOptional()
  @IsIn(GROUP_BYS, oneOf('dimension', GROUP_BYS))
  dimension?: GroupBy;
}

export class PricesQueryDto extends ShipmentFiltersQuery implements PricesQuery {
  @ApiPropertyOptional({
    enum: PRICE_GRANULARITIES,
    default: 'month',
    description: 'Calendar buckets on the arrival date (benchmarks are monthly: no day or week buckets)',
  })
  @IsOptional()
  @IsIn(PRICE_GRANULARITIES, oneOf('granularity', PRICE_GRANULARITIES))
  granularity?: Granularity;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 12,
    default: 7,
    description: 'First month of a fiscal year, for granularity=fiscal_year',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'fiscalYearStartMonth must be an integer from 1 to 12' })
  @Min(1, { message: 'fiscalYearStartMonth must be an integer from 1 to 12' })
  @Max(12, { message: 'fiscalYearStartMonth must be an integer from 1 to 12' })
  fiscalYearStartMonth?: number;

  @ApiPropertyOptional({
    description: `Only shipments quoted on these bases, comma-separated (${PRICE_BASES.join(', ')}); all by default`,
    example: 'CIF,CFR',
    type: String,
  })
  @IsOptional()
  @CommaList()
  @IsCodeList(isPriceBasis, `price basis (${PRICE_BASES.join(', ')})`)
  priceBasis?: PriceBasis[];

  @ApiPropertyOptional({
    description:
      'Benchmark code (GET /api/benchmarks) to compute the discount or premium against; none by default',
    example: 'BRENT',
  })
  @IsOptional()
  @IsString({ message: 'benchmark must be a benchmark code such as BRENT' })
  @MaxLength(16, { message: 'benchmark must be a benchmark code such as BRENT' })
  benchmark?: string;

  @ApiPropertyOptional({
    enum: PRICE_MATCHES,
    default: 'arrival',
    description:
      'Which benchmark month a shipment is compared with: its arrival month, or its loading month (departure date; a shipment without one is unmatched). loading reads the shipments table, not the monthly rollup',
  })
  @IsOptional()
  @IsIn(PRICE_MATCHES, oneOf('match', PRICE_MATCHES))
  match?: PriceMatch;
}
