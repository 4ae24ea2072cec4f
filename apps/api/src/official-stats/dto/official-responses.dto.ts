import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMTRADE_SKIP_REASONS,
  type ComtradeSkipReason,
  type OfficialImportReport,
  type OfficialStatsStatus,
  type Reconciliation,
  type ReconciliationFigures,
  type ReconciliationRow,
  type ReconciliationThresholds,
} from '@tradeflow/domain';
import { ImportReportDto } from '../../imports/dto/import-report.dto';

export class OfficialImportReportDto extends ImportReportDto implements OfficialImportReport {
  @ApiProperty({ example: 380, description: 'Flows inserted (importer, partner, HS code, month)' })
  declare inserted: number;

  @ApiProperty({ example: 0, description: 'Stored flows whose figures changed' })
  declare updated: number;

  @ApiProperty({ example: 0, description: 'Stored flows with the same figures (the same file again)' })
  unchanged!: number;

  @ApiProperty({
    example: 120,
    description:
      'Lines left out (not a monthly import of crude or LPG from a partner, or a breakdown row): see skippedByReason',
  })
  declare skipped: number;

  @ApiProperty({
    type: 'object',
    properties: Object.fromEntries(COMTRADE_SKIP_REASONS.map((reason) => [reason, { type: 'integer' }])),
    example: { world_partner: 96, transport_mode_breakdown: 12, other_commodity: 12 },
    description:
      'Skipped lines by reason: not_monthly (freqCode not M), not_import (flowCode not M), other_commodity (not HS 2709/271112/271113), ' +
      'world_partner (partnerCode 0), second_partner_breakdown (partner2Code not 0), customs_procedure_breakdown (customsCode not C00), ' +
      'transport_mode_breakdown (motCode not 0): the breakdowns are already in the total rows, so keeping them would count twice',
  })
  skippedByReason!: Partial<Record<ComtradeSkipReason, number>>;
}

export class OfficialStatsStatusDto implements OfficialStatsStatus {
  @ApiProperty({ example: 380 })
  flows!: number;

  @ApiProperty({ example: '2023-01-01', nullable: true, type: String })
  firstMonth!: string | null;

  @ApiProperty({ example: '2026-11-01', nullable: true, type: String })
  lastMonth!: string | null;

  @ApiProperty({ example: ['IN', 'PK'], type: [String] })
  importers!: string[];
}

class ThresholdsDto implements ReconciliationThresholds {
  @ApiProperty({ example: 20 })
  percent!: number;

  @ApiProperty({ example: 1000 })
  tonnes!: number;
}

class ReconciliationFiguresDto implements ReconciliationFigures {
  @ApiProperty({ example: 180000 })
  cargoTonnes!: number;

  @ApiProperty({ example: 225000 })
  officialTonnes!: number;

  @ApiProperty({ example: -45000, description: 'Cargo records minus official statistics' })
  diffTonnes!: number;

  @ApiProperty({
    example: -20,
    nullable: true,
    type: Number,
    description: 'diffTonnes in % of the official tonnes; null when they are 0',
  })
  diffPercent!: number | null;

  @ApiProperty({ example: 100800000 })
  cargoValueUsd!: number;

  @ApiProperty({ example: 126000000 })
  officialValueUsd!: number;

  @ApiProperty({ example: -25200000 })
  diffValueUsd!: number;

  @ApiProperty({ example: -20, nullable: true, type: Number })
  diffValuePercent!: number | null;

  @ApiProperty({ example: 2, description: 'Delivered cargoes counted' })
  cargoShipments!: number;

  @ApiProperty({
    example: false,
    description: '|diffTonnes| > thresholds.tonnes and > thresholds.percent of the official tonnes',
  })
  flagged!: boolean;
}

class ReconciliationRowDto extends ReconciliationFiguresDto implements ReconciliationRow {
  @ApiProperty({ example: 'PK' })
  importer!: string;

  @ApiProperty({ example: 'Pakistan' })
  importerName!: string;

  @ApiProperty({ example: 'SA' })
  partner!: string;

  @ApiProperty({ example: 'Saudi Arabia' })
  partnerName!: string;

  @ApiProperty({ example: 'crude_oil', enum: ['crude_oil', 'lpg'] })
  commodity!: string;

  @ApiProperty({ example: '2023-06-01' })
  month!: string;

  @ApiProperty({ example: false, description: 'Comtrade marked some of these official figures as estimated' })
  officialEstimated!: boolean;
}

class ReconciliationMonthDto extends ReconciliationFiguresDto {
  @ApiProperty({ example: '2023-06-01' })
  month!: string;
}

export class ReconciliationDto implements Reconciliation {
  @ApiProperty({ example: '2023-01-01', nullable: true, type: String })
  from!: string | null;

  @ApiProperty({ example: '2023-12-31', nullable: true, type: String })
  to!: string | null;

  @ApiProperty({ type: ThresholdsDto })
  thresholds!: ThresholdsDto;

  @ApiProperty({ example: ['crude_oil', 'lpg'], type: [String] })
  commodities!: string[];

  @ApiProperty({
    type: [ReconciliationRowDto],
    description: 'Per importer, partner, commodity and month, by month, importer, partner, commodity',
  })
  rows!: ReconciliationRowDto[];

  @ApiProperty({
    type: [ReconciliationMonthDto],
    description: 'Per month over all importers and partners of the selection',
  })
  months!: ReconciliationMonthDto[];

  @ApiProperty({ type: ReconciliationFiguresDto })
  total!: ReconciliationFiguresDto;

  @ApiPropertyOptional({ example: 3, description: 'Rows flagged' })
  flaggedCount!: number;
}
