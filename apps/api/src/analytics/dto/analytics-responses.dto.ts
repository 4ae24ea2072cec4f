import { RiskWeightingDto } from '../../supply-risk/dto/risk-scores.dto';
import { ApiProperty } from '@nestjs/swagger';
import {
  ANALYTICS_GRANULARITIES,
  type AnalyticsSummary,
  CONCENTRATION_BASES,
  type ConcentrationBasis,
  type HhiBand,
  type ConcentrationPoint,
  type ConcentrationSeries,
  type Granularity,
  GROUP_BYS,
  RISK_WEIGHTED_HHI_FORMULA,
  RISK_WEIGHTED_HHI_SOURCE,
  ANALYTICS_GROUP_BYS,
  type AnalyticsGroupBy,
  type GroupBy,
  type ScenarioExclusion,
  type ScenarioFigures,
  type ScenarioPeriod,
  type ScenarioResult,
  type SummaryGroup,
  TIMESERIES_METRICS,
  type Timeseries,
  type TimeseriesMetric,
  type TimeseriesSeries,
} from '@tradeflow/domain';
import { BarrelConversionsDto, HhiBandsInfoDto, RegionGroupRefDto } from './shared-responses.dto';

const HHI_BANDS = ['unconcentrated', 'moderate', 'high'];

// Swagger shapes of the analytics answers; the interfaces they implement are the contract.

export class SummaryGroupDto implements SummaryGroup {
  @ApiProperty({ example: 'SA' })
  key!: string;
  @ApiProperty({ example: 'Saudi Arabia' })
  label!: string;
  @ApiProperty({ example: 300000, description: 'Exact to the kilogram' })
  tonnes!: number;
  @ApiProperty({ example: 2199000 })
  barrels!: number;
  @ApiProperty({ example: 4 })
  shipments!: number;
  @ApiProperty({ example: 0.5042, description: 'Share of total tonnes, 0..1' })
  share!: number;
  @ApiProperty({ example: 165000000, description: 'USD value of the shipments that have a value and a rate' })
  valueUsd!: number;
  @ApiProperty({ example: 0.55, description: 'Share of totalValueUsd, 0..1' })
  valueShare!: number;
}

export class AnalyticsSummaryDto implements AnalyticsSummary {
  @ApiProperty({ enum: ANALYTICS_GROUP_BYS, example: 'origin' })
  groupBy!: AnalyticsGroupBy;
  @ApiProperty({
    description:
      'True for groupBy=chokepoint: a shipment counts in the group of every chokepoint it passes (`none` when it passes none), so shares do not add up to 1' +
      " (and the summary's HHI and concentration detail are null: they need groups that split the total)",
  })
  groupsOverlap!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The overlap in words, for display; null when groups do not overlap',
  })
  overlapNote!: string | null;

  @ApiProperty({
    enum: CONCENTRATION_BASES,
    example: 'volume',
    description: 'What shares and the HHI are of',
  })
  basis!: ConcentrationBasis;
  @ApiProperty({ type: HhiBandsInfoDto, description: 'The bands `band` is read against (HHI_BANDS)' })
  bands!: HhiBandsInfoDto;
  @ApiProperty({ type: RegionGroupRefDto })
  regionGroup!: RegionGroupRefDto;
  @ApiProperty({ example: 595000 })
  totalTonnes!: number;
  @ApiProperty({ example: 4361350 })
  totalBarrels!: number;
  @ApiProperty({ example: 9 })
  shipmentCount!: number;
  @ApiProperty({ nullable: true, type: Number, example: 3517.41, description: 'HHI 0..10,000 over groupBy' })
  hhi!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 2.843, description: '10,000 / HHI' })
  effectiveSuppliers!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 1.1876, description: 'Shannon diversity, nats' })
  shannon!: number | null;
  @ApiProperty({ nullable: true, enum: HHI_BANDS, example: 'high' })
  band!: HhiBand | null;
  @ApiProperty({ nullable: true, type: Number, example: 0.5042, description: 'Share of the largest group' })
  topShare!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 0.92,
    description: 'Share of the three largest groups',
  })
  top3Share!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 0.95,
    description: 'Share of regionGroup (by origin)',
  })
  regionGroupShare!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 0.19,
    description: 'WITS-normalised HHI (H - 1/n) / (1 - 1/n), n = suppliers; null for n <= 1',
  })
  normalisedHhi!: number | null;
  @ApiProperty({ example: 5, description: 'Groups with a non-zero amount' })
  suppliers!: number;
  @ApiProperty({ example: 300000000, description: 'Sum of value x latest rate on/before arrival (USD = 1)' })
  totalValueUsd!: number;
  @ApiProperty({ example: 1, description: 'Shipments with a value but no rate on or before their arrival' })
  shipmentsWithoutFxRate!: number;
  @ApiProperty({ example: 0, description: 'Shipments without a recorded value' })
  shipmentsWithoutValue!: number;
  @ApiProperty({ type: [SummaryGroupDto], description: 'Largest first; shares sum to 1' })
  groups!: SummaryGroupDto[];
  @ApiProperty({ type: BarrelConversionsDto, description: 'The factors behind the barrel figures' })
  conversions!: BarrelConversionsDto;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: `Risk-weighted HHI (origin only, else null): ${RISK_WEIGHTED_HHI_FORMULA}. Source: ${RISK_WEIGHTED_HHI_SOURCE}`,
    example: 2700,
  })
  riskWeightedHhi!: number | null;
  @ApiProperty({
    type: RiskWeightingDto,
    nullable: true,
    description:
      'Origin only (else null): the formula, its source and the score applied to each supplier (which are still the default 0.5)',
  })
  riskWeighting!: RiskWeightingDto | null;
}

export class TimeseriesSeriesDto implements TimeseriesSeries {
  @ApiProperty({ example: 'RU' })
  key!: string;
  @ApiProperty({ example: 'Russia' })
  label!: string;
  @ApiProperty({ type: [Number], example: [0, 45000, 50000], description: 'One value per bucket' })
  values!: number[];
}

export class TimeseriesDto implements Timeseries {
  @ApiProperty({ enum: ANALYTICS_GRANULARITIES, example: 'month' })
  granularity!: Granularity;
  @ApiProperty({ enum: ANALYTICS_GROUP_BYS, example: 'origin' })
  groupBy!: AnalyticsGroupBy;
  @ApiProperty({
    description:
      'True for groupBy=chokepoint: a shipment counts in the group of every chokepoint it passes (`none` when it passes none), so shares do not add up to 1' +
      " (and the summary's HHI and concentration detail are null: they need groups that split the total)",
  })
  groupsOverlap!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The overlap in words, for display; null when groups do not overlap',
  })
  overlapNote!: string | null;
  @ApiProperty({ enum: TIMESERIES_METRICS, example: 'tonnes' })
  metric!: TimeseriesMetric;
  @ApiProperty({ type: [String], example: ['2023-05-01', '2023-06-01', '2023-07-01'] })
  buckets!: string[];
  @ApiProperty({
    type: [String],
    example: ['2023-05', '2023-06', '2023-07'],
    description:
      "Labels of the buckets ('2023-06', '2023-Q2', '2023', 'FY2023-24', '2023-W24', '2023-06-14')",
  })
  labels!: string[];
  @ApiProperty({
    type: [String],
    example: ['2023-05', '2023-06', '2023-07'],
    description: 'The same as labels',
  })
  bucketLabels!: string[];
  @ApiProperty({
    type: [Number],
    example: [31, 30, 31],
    description:
      'Days each bucket covers; a first or last bucket cut by from/to counts only its days inside the range. ' +
      'Flow rates (tonnesPerDay, barrelsPerDay, kbd) are the total over these days',
  })
  days!: number[];
  @ApiProperty({ type: [TimeseriesSeriesDto] })
  series!: TimeseriesSeriesDto[];
  @ApiProperty({ type: [Number], example: [480000, 595000, 560000], description: 'Sum of every series' })
  totals!: number[];
  @ApiProperty({ example: 0, description: 'metric=valueUsd: shipments with a value but no fx rate' })
  shipmentsWithoutFxRate!: number;
  @ApiProperty({
    type: BarrelConversionsDto,
    nullable: true,
    description: 'For barrels, barrelsPerDay and kbd: the factors used; null for the other metrics',
  })
  conversions!: BarrelConversionsDto | null;
}

export class ConcentrationPointDto implements ConcentrationPoint {
  @ApiProperty({ example: '2023-06-01' })
  period!: string;
  @ApiProperty({ example: '2023-06' })
  label!: string;
  @ApiProperty({ example: 595000 })
  totalTonnes!: number;
  @ApiProperty({ example: 330000000 })
  totalValueUsd!: number;
  @ApiProperty({ example: 0, description: 'Shipments with a value but no rate (add 0 to the value basis)' })
  shipmentsWithoutFxRate!: number;
  @ApiProperty({ example: 0, description: 'Shipments without a value (add 0 to the value basis)' })
  shipmentsWithoutValue!: number;
  @ApiProperty({ nullable: true, type: Number, example: 3517.41, description: 'null when nothing arrived' })
  hhi!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 2.843 })
  effectiveSuppliers!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 1.1876 })
  shannon!: number | null;
  @ApiProperty({ nullable: true, type: String, example: 'SA' })
  topKey!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Saudi Arabia' })
  topLabel!: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 0.5042 })
  topShare!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 0.92 })
  top3Share!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 0.95,
    description: 'Share of regionGroup (by origin)',
  })
  regionGroupShare!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 0.19, description: 'WITS-normalised HHI, 0..1' })
  normalisedHhi!: number | null;
  @ApiProperty({ example: 5, description: 'Groups with a non-zero amount' })
  suppliers!: number;
  @ApiProperty({ nullable: true, enum: HHI_BANDS, example: 'high', description: 'Band of hhi under `bands`' })
  band!: HhiBand | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 120.5,
    description: "hhi minus the previous period's (the bucket before `from` for the first point)",
  })
  hhiChange!: number | null;
  @ApiProperty({
    nullable: true,
    type: Boolean,
    example: true,
    description: 'hhiChange above bands.thresholds.significantChange (100)',
  })
  significantRise!: boolean | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: `Risk-weighted HHI (origin only, else null): ${RISK_WEIGHTED_HHI_FORMULA}. Source: ${RISK_WEIGHTED_HHI_SOURCE}`,
    example: 2700,
  })
  riskWeightedHhi!: number | null;
}

export class ConcentrationSeriesDto implements ConcentrationSeries {
  @ApiProperty({ enum: ANALYTICS_GRANULARITIES, example: 'month' })
  granularity!: Granularity;
  @ApiProperty({ enum: GROUP_BYS, example: 'origin' })
  dimension!: GroupBy;
  @ApiProperty({ enum: CONCENTRATION_BASES, example: 'volume' })
  basis!: ConcentrationBasis;
  @ApiProperty({ type: HhiBandsInfoDto })
  bands!: HhiBandsInfoDto;
  @ApiProperty({ type: RegionGroupRefDto })
  regionGroup!: RegionGroupRefDto;
  @ApiProperty({ type: [String], example: ['2023-07-01', '2024-07-01'] })
  buckets!: string[];
  @ApiProperty({ type: [String], example: ['FY2023-24', 'FY2024-25'] })
  labels!: string[];
  @ApiProperty({ type: [ConcentrationPointDto] })
  points!: ConcentrationPointDto[];
  @ApiProperty({
    type: RiskWeightingDto,
    nullable: true,
    description:
      'Origin only (else null): the formula, its source and the score applied to each supplier (which are still the default 0.5)',
  })
  riskWeighting!: RiskWeightingDto | null;
}

export class ScenarioExclusionDto implements ScenarioExclusion {
  @ApiProperty({ enum: GROUP_BYS, example: 'origin' })
  dimension!: GroupBy;
  @ApiProperty({ example: 'SA' })
  key!: string;
  @ApiProperty({ example: 'Saudi Arabia' })
  label!: string;
}

export class ScenarioFiguresDto implements ScenarioFigures {
  @ApiProperty({ example: 595000 })
  totalTonnes!: number;
  @ApiProperty({ example: 300000, description: 'Tonnes of shipments that match an excluded item' })
  atRiskTonnes!: number;
  @ApiProperty({ nullable: true, type: Number, example: 0.5042, description: 'null when totalTonnes is 0' })
  atRiskShare!: number | null;
  @ApiProperty({ example: 295000 })
  remainingTonnes!: number;
  @ApiProperty({ example: 4 })
  shipmentsAtRisk!: number;
  @ApiProperty({ nullable: true, type: Number, example: 3517.41 })
  hhiBefore!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 2.843 })
  effectiveSuppliersBefore!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 3967.25, description: 'HHI of what remains' })
  hhiAfter!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 2.5206 })
  effectiveSuppliersAfter!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 1.0015 })
  shannonAfter!: number | null;
  @ApiProperty({ nullable: true, type: String, example: 'AE' })
  topKeyAfter!: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 0.5085 })
  topShareAfter!: number | null;
}

export class ScenarioPeriodDto extends ScenarioFiguresDto implements ScenarioPeriod {
  @ApiProperty({ example: '2023-06-01' })
  period!: string;
  @ApiProperty({ example: '2023-06' })
  label!: string;
}

export class ScenarioResultDto implements ScenarioResult {
  @ApiProperty({ enum: ANALYTICS_GRANULARITIES, example: 'month' })
  granularity!: Granularity;
  @ApiProperty({ enum: GROUP_BYS, example: 'origin' })
  dimension!: GroupBy;
  @ApiProperty({ type: [ScenarioExclusionDto] })
  exclusions!: ScenarioExclusionDto[];
  @ApiProperty({ type: [ScenarioPeriodDto], description: 'Every bucket of the range' })
  periods!: ScenarioPeriodDto[];
  @ApiProperty({ type: ScenarioFiguresDto, description: 'The same figures over the whole range' })
  total!: ScenarioFiguresDto;
}
