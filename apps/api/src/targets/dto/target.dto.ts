import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ANALYTICS_GRANULARITIES,
  COMMODITIES,
  type CommodityCode,
  CONCENTRATION_BASES,
  type ConcentrationBasis,
  type Granularity,
  GROUP_BYS,
  type GroupBy,
  type Target,
  type TargetFigures,
  type TargetInput,
  type TargetKind,
  TARGET_KINDS,
  type TargetList,
  type TargetProgress,
  type TargetProgressPeriod,
  type TargetUnit,
  TARGET_UNITS,
} from '@tradeflow/domain';
import { BarrelConversionsDto } from '../../analytics';

/** Documents the target body; validation is validateTargetInput (libs/domain), via TargetInputPipe. */
export class TargetInputDto implements TargetInput {
  @ApiProperty({ maxLength: 100, example: 'Russian crude 100,000 b/d' })
  name!: string;

  @ApiProperty({
    enum: TARGET_KINDS,
    example: 'flow_rate_min',
    description:
      'flow_rate_min/max: average flow per day of `key` over each period at least/at most `value`; ' +
      'share_min/max: share of `key` in all imports (of `commodity` when given) at least/at most `value`',
  })
  kind!: TargetKind;

  @ApiProperty({ enum: GROUP_BYS, example: 'origin', description: 'What `key` is' })
  dimension!: GroupBy;

  @ApiProperty({
    example: 'RU',
    description: 'Country, region (GCC), currency, commodity, mode or route key',
  })
  key!: string;

  @ApiPropertyOptional({ enum: COMMODITIES.map((c) => c.code), nullable: true, example: 'crude_oil' })
  commodity?: CommodityCode | null;

  @ApiProperty({ example: 100000, description: '> 0; a share is a fraction 0..1 (0.6 = 60%)' })
  value!: number;

  @ApiPropertyOptional({
    enum: TARGET_UNITS,
    example: 'bbl/d',
    description: 'Flow rates: bbl/d, kb/d or t/d (required); shares: share (the default)',
  })
  unit?: TargetUnit;

  @ApiPropertyOptional({
    enum: CONCENTRATION_BASES,
    default: 'volume',
    description: 'Shares only: by tonnes or USD',
  })
  basis?: ConcentrationBasis;

  @ApiPropertyOptional({ nullable: true, maxLength: 2000, example: 'Pilot deal of April 2023' })
  notes?: string | null;
}

export class TargetDto implements Target {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ example: 'Russian crude 100,000 b/d' })
  name!: string;
  @ApiProperty({ enum: TARGET_KINDS, example: 'flow_rate_min' })
  kind!: TargetKind;
  @ApiProperty({ enum: GROUP_BYS, example: 'origin' })
  dimension!: GroupBy;
  @ApiProperty({ example: 'RU' })
  key!: string;
  @ApiProperty({ example: 'Russia' })
  keyLabel!: string;
  @ApiProperty({ enum: COMMODITIES.map((c) => c.code), nullable: true, example: 'crude_oil' })
  commodity!: CommodityCode | null;
  @ApiProperty({ example: 100000 })
  value!: number;
  @ApiProperty({ enum: TARGET_UNITS, example: 'bbl/d' })
  unit!: TargetUnit;
  @ApiProperty({ enum: CONCENTRATION_BASES, example: 'volume' })
  basis!: ConcentrationBasis;
  @ApiProperty({ nullable: true, type: String, example: null })
  notes!: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class TargetListDto implements TargetList {
  @ApiProperty({ type: [TargetDto], description: 'By name' })
  items!: TargetDto[];
}

export class TargetFiguresDto implements TargetFigures {
  @ApiProperty({ example: 30, description: 'Days of the period inside from/to' })
  days!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 24437.387,
    description:
      "In the target's unit (flow rates rounded to 3 decimals, kb/d to 6); null for a share of nothing",
  })
  actual!: number | null;
  @ApiProperty({ example: 100000 })
  target!: number;
  @ApiProperty({ nullable: true, type: Boolean, example: false })
  met!: boolean | null;
  @ApiProperty({ nullable: true, type: Number, example: -75562.613, description: 'actual minus target' })
  gap!: number | null;
}

export class TargetProgressPeriodDto extends TargetFiguresDto implements TargetProgressPeriod {
  @ApiProperty({ example: '2023-07-01' })
  period!: string;
  @ApiProperty({ example: 'FY2023-24' })
  label!: string;
}

export class TargetProgressDto implements TargetProgress {
  @ApiProperty({ type: TargetDto })
  target!: TargetDto;
  @ApiProperty({ enum: ANALYTICS_GRANULARITIES, example: 'fiscal_year' })
  granularity!: Granularity;
  @ApiProperty({ type: [TargetProgressPeriodDto], description: 'Every bucket of the range' })
  periods!: TargetProgressPeriodDto[];
  @ApiProperty({ type: TargetFiguresDto, description: 'Over the whole range' })
  total!: TargetFiguresDto;
  @ApiProperty({
    type: BarrelConversionsDto,
    nullable: true,
    description: 'Flow-rate targets in bbl/d or kb/d: the factors used; null otherwise',
  })
  conversions!: BarrelConversionsDto | null;
}
