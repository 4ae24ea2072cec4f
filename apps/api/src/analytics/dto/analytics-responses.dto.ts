import { ApiProperty } from '@nestjs/swagger';
import {
  ANALYTICS_GRANULARITIES,
  type AnalyticsSummary,
  type ConcentrationPoint,
  type ConcentrationSeries,
  type Granularity,
  GROUP_BYS,
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
  @ApiProperty({ enum: GROUP_BYS, example: 'origin' })
  groupBy!: GroupBy;
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
  @ApiProperty({ example: 300000000, description: 'Sum of value x latest rate on/before arrival (USD = 1)' })
  totalValueUsd!: number;
  @ApiProperty({ example: 1, description: 'Shipments with a value but no rate on or before their arrival' })
  shipmentsWithoutFxRate!: number;
  @ApiProperty({ example: 0, description: 'Shipments without a recorded value' })
  shipmentsWithoutValue!: number;
  @ApiProperty({ type: [SummaryGroupDto], description: 'Largest first; shares sum to 1' })
  groups!: SummaryGroupDto[];
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
  @ApiProperty({ enum: GROUP_BYS, example: 'origin' })
  groupBy!: GroupBy;
  @ApiProperty({ enum: TIMESERIES_METRICS, example: 'tonnes' })
  metric!: TimeseriesMetric;
  @ApiProperty({ type: [String], example: ['2023-05-01', '2023-06-01', '2023-07-01'] })
  buckets!: string[];
  @ApiProperty({ type: [String], example: ['2023-05', '2023-06', '2023-07'] })
  bucketLabels!: string[];
  @ApiProperty({ type: [TimeseriesSeriesDto] })
  series!: TimeseriesSeriesDto[];
  @ApiProperty({ type: [Number], example: [480000, 595000, 560000], description: 'Sum of every series' })
  totals!: number[];
  @ApiProperty({ example: 0, description: 'metric=valueUsd: shipments with a value but no fx rate' })
  shipmentsWithoutFxRate!: number;
}

export class ConcentrationPointDto implements ConcentrationPoint {
  @ApiProperty({ example: '2023-06-01' })
  period!: string;
  @ApiProperty({ example: '2023-06' })
  label!: string;
  @ApiProperty({ example: 595000 })
  totalTonnes!: number;
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
}

export class ConcentrationSeriesDto implements ConcentrationSeries {
  @ApiProperty({ enum: ANALYTICS_GRANULARITIES, example: 'month' })
  granularity!: Granularity;
  @ApiProperty({ enum: GROUP_BYS, example: 'origin' })
  dimension!: GroupBy;
  @ApiProperty({ type: [ConcentrationPointDto] })
  points!: ConcentrationPointDto[];
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
