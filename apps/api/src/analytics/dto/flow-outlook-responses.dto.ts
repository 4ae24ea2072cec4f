import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ANALYTICS_GRANULARITIES,
  type CurrencyMixItem,
  type FlowDiagram,
  type FlowDrillDown,
  type FlowLink,
  type FlowNode,
  FLOW_NODE_COLUMNS,
  type FlowNodeColumn,
  type Granularity,
  type HhiBand,
  INCOMING_STATUSES,
  type Outlook,
  type OutlookComparison,
  type OutlookFigures,
  type OutlookPeriod,
} from '@tradeflow/domain';
import { BarrelConversionsDto, HhiBandsInfoDto } from './shared-responses.dto';

const HHI_BANDS = ['unconcentrated', 'moderate', 'high'];

export class FlowNodeDto implements FlowNode {
  @ApiProperty({
    example: 'origin:RU',
    description: '`origin:<country>`, `route:<route key>`, `port:<LOCODE or none>`',
  })
  id!: string;
  @ApiProperty({ example: 'RU' })
  key!: string;
  @ApiProperty({ example: 'Russia' })
  label!: string;
  @ApiProperty({ enum: FLOW_NODE_COLUMNS, example: 'origin' })
  column!: FlowNodeColumn;
  @ApiProperty({ example: 95000, description: 'Tonnes through the node' })
  tonnes!: number;
}

export class FlowDrillDownDto implements FlowDrillDown {
  @ApiPropertyOptional({ example: 'RU' })
  origin?: string;
  @ApiPropertyOptional({ example: 'sea' })
  route?: string;
  @ApiPropertyOptional({ example: 'PKKHI', description: 'A UN/LOCODE, or `none` for no discharge port' })
  dischargePort?: string;
}

export class FlowLinkDto implements FlowLink {
  @ApiProperty({ example: 'origin:RU' })
  source!: string;
  @ApiProperty({ example: 'route:sea' })
  target!: string;
  @ApiProperty({ example: 95000 })
  tonnes!: number;
  @ApiProperty({ example: 696350 })
  barrels!: number;
  @ApiProperty({ example: 2 })
  shipments!: number;
  @ApiProperty({
    type: FlowDrillDownDto,
    description: "Add these to the diagram's filters on GET /api/shipments to list the link's shipments",
  })
  drillDown!: FlowDrillDownDto;
}

export class FlowDiagramDto implements FlowDiagram {
  @ApiProperty({
    type: [FlowNodeDto],
    description: 'Origins, then routes, then discharge ports; largest first',
  })
  nodes!: FlowNodeDto[];
  @ApiProperty({ type: [FlowLinkDto], description: 'origin -> route and route -> port links, largest first' })
  links!: FlowLinkDto[];
  @ApiProperty({ example: 977623.747 })
  totalTonnes!: number;
  @ApiProperty({ example: 7411505.702 })
  totalBarrels!: number;
  @ApiProperty({ example: 20 })
  shipmentCount!: number;
  @ApiProperty({ type: BarrelConversionsDto })
  conversions!: BarrelConversionsDto;
}

export class CurrencyMixItemDto implements CurrencyMixItem {
  @ApiProperty({ example: 'CNY' })
  key!: string;
  @ApiProperty({ example: 'Yuan Renminbi' })
  label!: string;
  @ApiProperty({ example: 100000 })
  tonnes!: number;
  @ApiProperty({ example: 0.09 })
  share!: number;
  @ApiProperty({ example: 40000000 })
  valueUsd!: number;
  @ApiProperty({ example: 0.07 })
  valueShare!: number;
}

export class OutlookFiguresDto implements OutlookFigures {
  @ApiProperty({ example: 1000000 })
  tonnes!: number;
  @ApiProperty({ example: 14 })
  shipments!: number;
  @ApiProperty({ example: 550000000 })
  valueUsd!: number;
  @ApiProperty({ nullable: true, type: Number, example: 3100.5 })
  hhiByOrigin!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 3.2 })
  effectiveSuppliersByOrigin!: number | null;
  @ApiProperty({ nullable: true, enum: HHI_BANDS, example: 'high' })
  bandByOrigin!: HhiBand | null;
  @ApiProperty({ nullable: true, type: String, example: 'SA' })
  topOriginKey!: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 0.36 })
  topOriginShare!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 8900.2 })
  hhiByCurrency!: number | null;
  @ApiProperty({ nullable: true, enum: HHI_BANDS, example: 'high' })
  bandByCurrency!: HhiBand | null;
  @ApiProperty({ type: [CurrencyMixItemDto], description: 'Largest first by tonnes' })
  currencyMix!: CurrencyMixItemDto[];
}

export class OutlookComparisonDto implements OutlookComparison {
  @ApiProperty({ type: OutlookFiguresDto, description: 'Shipments with status delivered' })
  delivered!: OutlookFiguresDto;
  @ApiProperty({ type: OutlookFiguresDto, description: 'Delivered plus contracted and in_transit' })
  withIncoming!: OutlookFiguresDto;
  @ApiProperty({ example: 100000 })
  incomingTonnes!: number;
  @ApiProperty({ example: 1 })
  incomingShipments!: number;
  @ApiProperty({ nullable: true, type: Number, example: -250.3, description: 'withIncoming minus delivered' })
  hhiByOriginChange!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: -1200.8 })
  hhiByCurrencyChange!: number | null;
}

export class OutlookPeriodDto extends OutlookComparisonDto implements OutlookPeriod {
  @ApiProperty({ example: '2026-12-01' })
  period!: string;
  @ApiProperty({ example: '2026-12' })
  label!: string;
}

export class OutlookDto implements Outlook {
  @ApiProperty({ enum: ANALYTICS_GRANULARITIES, example: 'month' })
  granularity!: Granularity;
  @ApiProperty({ type: HhiBandsInfoDto })
  bands!: HhiBandsInfoDto;
  @ApiProperty({ type: [String], example: INCOMING_STATUSES })
  incomingStatuses!: string[];
  @ApiProperty({
    type: [OutlookPeriodDto],
    description: 'Every bucket of the range, by (expected) arrival date',
  })
  periods!: OutlookPeriodDto[];
  @ApiProperty({ type: OutlookComparisonDto })
  total!: OutlookComparisonDto;
  @ApiProperty({ example: 0 })
  shipmentsWithoutFxRate!: number;
}
