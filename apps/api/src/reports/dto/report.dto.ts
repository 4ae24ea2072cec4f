import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreatedReport,
  DELIVERY_STATUSES,
  GRANULARITIES,
  GROUP_BYS,
  REPORT_KINDS,
  REPORT_RUN_STATUSES,
  REPORT_RUN_TRIGGERS,
  REPORT_WINDOWS,
  type ReportInput,
  type ReportKind,
  type ReportParams,
  type ReportRun,
  TIMESERIES_METRICS,
} from '@tradeflow/domain';

export class ReportParamsDto implements ReportParams {
  @ApiProperty({ enum: REPORT_WINDOWS, description: 'Arrival dates covered, relative to the scheduled time' })
  window!: ReportParams['window'];

  @ApiPropertyOptional({
    description:
      'Shipment filters as lists of codes (commodity, origin, currency, mode, status, destination) and q; no from/to',
    example: { commodity: ['crude_oil'], origin: ['RU', 'SA'], destination: ['PK'] },
  })
  filters?: ReportParams['filters'];

  @ApiPropertyOptional({ enum: GROUP_BYS, description: 'timeseries and concentration only' })
  groupBy?: ReportParams['groupBy'];

  @ApiPropertyOptional({ enum: GRANULARITIES, description: 'timeseries and concentration only' })
  granularity?: ReportParams['granularity'];

  @ApiPropertyOptional({ enum: TIMESERIES_METRICS, description: 'timeseries only (tonnes by default)' })
  metric?: ReportParams['metric'];
}

export class ReportInputDto implements ReportInput {
  @ApiProperty({ example: 'Monthly crude imports', maxLength: 200 })
  name!: string;

  @ApiProperty({ enum: REPORT_KINDS, example: 'shipments' })
  kind!: ReportKind;

  @ApiProperty({ type: ReportParamsDto })
  params!: ReportParamsDto;

  @ApiProperty({
    example: '0 6 1 * *',
    description: 'Five fields: minute hour day-of-month month day-of-week',
  })
  cron!: string;

  @ApiProperty({ example: 'Asia/Karachi', description: 'IANA time zone the cron runs in' })
  timezone!: string;

  @ApiPropertyOptional({ default: true })
  enabled?: boolean;

  @ApiPropertyOptional({
    example: 'https://reports.example.com/tradeflow',
    nullable: true,
    type: String,
    description:
      'Receives each CSV by POST, signed with X-Tradeflow-Signature: sha256=<HMAC-SHA256 of the body>. ' +
      'Loopback, private and link-local hosts are refused unless the server allows them ' +
      '(REPORT_WEBHOOK_ALLOWED_HOSTS, REPORT_WEBHOOK_ALLOW_PRIVATE_NETWORK)',
  })
  webhookUrl?: string | null;
}

export class ReportDto extends ReportInputDto implements CreatedReport {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({
    type: [String],
    example: ['2026-12-01T01:00:00.000Z', '2027-01-01T01:00:00.000Z', '2027-02-01T01:00:00.000Z'],
    description: 'Next three scheduled times (UTC); empty when disabled',
  })
  nextRuns!: string[];

  @ApiPropertyOptional({
    description:
      'Only in the answer that created the webhook (when REPORT_WEBHOOK_SECRET is not set): the HMAC key of this report',
  })
  webhookSecret?: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  declare enabled: boolean;
  declare webhookUrl: string | null;
}

export class ReportListDto {
  @ApiProperty({ type: [ReportDto] })
  items!: ReportDto[];
}

export class ReportRunDto implements ReportRun {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) reportId!: string;
  @ApiProperty({ enum: REPORT_RUN_TRIGGERS }) trigger!: ReportRun['trigger'];
  @ApiProperty({ format: 'date-time', example: '2026-12-01T01:00:00.000Z' }) scheduledFor!: string;
  @ApiProperty({ enum: REPORT_RUN_STATUSES }) status!: ReportRun['status'];
  @ApiProperty({ example: 1 }) attempts!: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) startedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String, example: '2026-11-01' }) windowFrom!:
    string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String, example: '2026-11-30' }) windowTo!:
    string | null;
  @ApiProperty({ nullable: true, type: Number, example: 412 }) rowCount!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Uncompressed CSV size' }) bytes!: number | null;
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
  @ApiProperty({ enum: DELIVERY_STATUSES }) deliveryStatus!: ReportRun['deliveryStatus'];
  @ApiProperty() deliveryAttempts!: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) deliveredAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) deliveryError!: string | null;
}

export class ReportRunListDto {
  @ApiProperty({ type: [ReportRunDto] })
  items!: ReportRunDto[];
}

export class RunAcceptedDto {
  @ApiProperty({ format: 'uuid' })
  runId!: string;

  @ApiProperty({ example: 'queued' })
  status!: 'queued';
}
