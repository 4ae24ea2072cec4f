import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import {
  COMMODITIES,
  type CommodityCode,
  type DomesticProductionItem,
  type DomesticProductionList,
  type DomesticProductionUpsertRequest,
  type DomesticProductionUpsertResult,
  type Granularity,
  type ImportDependency,
  type ImportDependencyPoint,
  type ImportDependencyQuery,
  type ImportDependencySeries,
  MAX_PRODUCTION_ITEMS_PER_REQUEST,
} from '@tradeflow/domain';
import { BucketedQueryDto } from '../../analytics';
import { ShipmentFiltersQuery } from '../../shipments/filters/shipment-filters.query';

const COMMODITY_CODES = COMMODITIES.map((c) => c.code);

export class DomesticProductionItemDto implements DomesticProductionItem {
  @ApiProperty({ example: 'PK', description: 'The importing country (ISO 3166-1 alpha-2)' })
  destinationCountry!: string;
  @ApiProperty({ enum: COMMODITY_CODES, example: 'crude_oil' })
  commodity!: CommodityCode;
  @ApiProperty({ example: '2023-06', description: 'YYYY-MM' })
  month!: string;
  @ApiProperty({ example: 350000, description: 'Domestic production in tonnes, >= 0, at most 3 decimals' })
  productionTonnes!: number;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 1500000,
    description: 'Domestic consumption in tonnes (optional)',
  })
  consumptionTonnes?: number | null;
}

export class DomesticProductionUpsertRequestDto implements DomesticProductionUpsertRequest {
  @ApiProperty({
    type: [DomesticProductionItemDto],
    maxItems: MAX_PRODUCTION_ITEMS_PER_REQUEST,
    description: 'Each (destinationCountry, commodity, month) at most once; all or nothing.',
  })
  items!: DomesticProductionItemDto[];
}

export class DomesticProductionUpsertResultDto implements DomesticProductionUpsertResult {
  @ApiProperty({ example: 12 })
  inserted!: number;
  @ApiProperty({ example: 0 })
  updated!: number;
}

export class DomesticProductionListDto implements DomesticProductionList {
  @ApiProperty({ type: [DomesticProductionItemDto] })
  items!: DomesticProductionItemDto[];
}

export class DomesticProductionQueryDto extends PickType(ShipmentFiltersQuery, [
  'destination',
  'commodity',
] as const) {}

export class ImportDependencyQueryDto extends BucketedQueryDto implements ImportDependencyQuery {}

export class ImportDependencyPointDto implements ImportDependencyPoint {
  @ApiProperty({ example: '2023-06-01' })
  period!: string;
  @ApiProperty({ example: '2023-06' })
  label!: string;
  @ApiProperty({ example: 1200000 })
  importsTonnes!: number;
  @ApiProperty({ type: Number, nullable: true, example: 350000 })
  productionTonnes!: number | null;
  @ApiProperty({ type: Number, nullable: true })
  consumptionTonnes!: number | null;
  @ApiProperty({ example: 1 })
  monthsWithProduction!: number;
  @ApiProperty({ example: 1 })
  months!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.774,
    description:
      'imports / (imports + production), 0..1; null unless every month of the period has a production figure',
  })
  dependency!: number | null;
}

export class ImportDependencySeriesDto implements ImportDependencySeries {
  @ApiProperty({ enum: COMMODITY_CODES })
  commodity!: CommodityCode;
  @ApiProperty({ example: 'Crude oil' })
  label!: string;
  @ApiProperty({ description: 'False when no production figure exists for this commodity in the range' })
  hasProductionData!: boolean;
  @ApiProperty({ type: [ImportDependencyPointDto] })
  points!: ImportDependencyPointDto[];
}

export class ImportDependencyDto implements ImportDependency {
  @ApiProperty({ example: 'month' })
  granularity!: Granularity;
  @ApiProperty()
  formula!: string;
  @ApiProperty({ type: [String], example: ['PK'] })
  destinations!: string[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Which commodities have no production data, in words',
  })
  note!: string | null;
  @ApiProperty({ type: [ImportDependencySeriesDto] })
  series!: ImportDependencySeriesDto[];
}
