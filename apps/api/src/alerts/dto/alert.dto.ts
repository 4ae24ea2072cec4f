import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type Alert,
  ALERT_EVALUATION_TRIGGERS,
  ALERT_METRICS,
  ALERT_NOTIFICATIONS,
  ALERT_OPERATORS,
  ALERT_STATES,
  type AlertEvaluation,
  type AlertInput,
  type AlertParams,
  type AlertPreview,
  CONCENTRATION_BASES,
  type CreatedAlert,
  GROUP_BYS,
  MAX_EMAIL_RECIPIENTS,
  REPORT_WINDOWS,
} from '@tradeflow/domain';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class AlertParamsDto implements AlertParams {
  @ApiPropertyOptional({
    description: "The same shipment filters as a report's params.filters (lists of codes and q; no from/to)",
    example: { commodity: ['crude_oil'] },
  })
  filters?: AlertParams['filters'];

  @ApiPropertyOptional({ enum: GROUP_BYS, default: 'origin', description: 'share and hhi' })
  dimension?: AlertParams['dimension'];

  @ApiPropertyOptional({
    example: 'RU',
    description: 'share: the key of the dimension whose share is watched',
  })
  key?: string;

  @ApiPropertyOptional({ enum: CONCENTRATION_BASES, default: 'volume', description: 'share and hhi' })
  basis?: AlertParams['basis'];

  @ApiPropertyOptional({ format: 'uuid', description: 'target: the stored target (GET /api/targets)' })
  targetId?: string;
}

export class AlertInputDto implements AlertInput {
  @ApiProperty({ example: 'Russian crude share above 40%', maxLength: 200 })
  name!: string;

  @ApiProperty({
    enum: ALERT_METRICS,
    description:
      'share: of params.key in params.dimension, 0..1; hhi: 0..10,000; flow_rate: kb/d over the window; ' +
      'target: the stored target params.targetId is missed; days_since_last_arrival: whole days since the latest arrival',
  })
  metric!: AlertInput['metric'];

  @ApiProperty({ type: AlertParamsDto })
  params!: AlertParamsDto;

  @ApiPropertyOptional({
    enum: ALERT_OPERATORS,
    description: 'Required except for target (which uses its own)',
  })
  operator?: AlertInput['operator'];

  @ApiPropertyOptional({ example: 0.4, description: 'Required except for target; a share is 0..1' })
  threshold?: number;

  @ApiPropertyOptional({
    enum: REPORT_WINDOWS,
    default: 'all',
    description:
      'Arrival dates the value covers, relative to the evaluation (not used by days_since_last_arrival)',
  })
  window?: AlertInput['window'];

  @ApiProperty({
    example: '0 7 * * *',
    description: 'Five fields: minute hour day-of-month month day-of-week',
  })
  cron!: string;

  @ApiProperty({ example: 'Asia/Karachi' })
  timezone!: string;

  @ApiPropertyOptional({ default: true })
  enabled?: boolean;

  @ApiPropertyOptional({ type: [String], maxItems: MAX_EMAIL_RECIPIENTS, example: ['desk@example.com'] })
  emailTo?: string[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      'Receives a signed JSON POST per message (X-Tradeflow-Signature), SSRF-guarded like report webhooks',
  })
  webhookUrl?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'P7D',
    description: 'ISO 8601 duration: repeat the message this often while the alert stays triggered',
  })
  remindEvery?: string | null;
}

export class AlertDto implements CreatedAlert {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ALERT_METRICS }) metric!: Alert['metric'];
  @ApiProperty({ type: AlertParamsDto }) params!: AlertParamsDto;
  @ApiProperty({ enum: ALERT_OPERATORS }) operator!: Alert['operator'];
  @ApiProperty({ nullable: true, type: Number }) threshold!: number | null;
  @ApiProperty({ enum: REPORT_WINDOWS }) window!: Alert['window'];
  @ApiProperty() cron!: string;
  @ApiProperty() timezone!: string;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ type: [String] }) emailTo!: string[];
  @ApiProperty({ nullable: true, type: String }) webhookUrl!: string | null;
  @ApiProperty({ nullable: true, type: String }) remindEvery!: string | null;
  @ApiProperty({ enum: ALERT_STATES }) state!: Alert['state'];
  @ApiProperty({ nullable: true, type: Number }) lastValue!: number | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastEvaluatedAt!: string | null;
  @ApiProperty({ type: [String], description: 'Next three evaluation times (UTC); empty when disabled' })
  nextRuns!: string[];
  @ApiPropertyOptional({ description: 'Only when the webhook was set and REPORT_WEBHOOK_SECRET is not' })
  webhookSecret?: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class AlertListDto {
  @ApiProperty({ type: [AlertDto] }) items!: AlertDto[];
}

export class AlertEvaluationDto implements AlertEvaluation {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) alertId!: string;
  @ApiProperty({ enum: ALERT_EVALUATION_TRIGGERS }) trigger!: AlertEvaluation['trigger'];
  @ApiProperty({ format: 'date-time' }) scheduledFor!: string;
  @ApiProperty({ format: 'date-time' }) evaluatedAt!: string;
  @ApiProperty({ nullable: true, type: Number }) value!: number | null;
  @ApiProperty({ nullable: true, type: Number }) threshold!: number | null;
  @ApiProperty({ enum: ALERT_STATES }) state!: AlertEvaluation['state'];
  @ApiProperty({ enum: ALERT_NOTIFICATIONS, nullable: true, description: 'The message this evaluation sent' })
  notification!: AlertEvaluation['notification'];
  @ApiProperty({ format: 'date', nullable: true, type: String }) windowFrom!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) windowTo!: string | null;
}

export class AlertEvaluationListDto {
  @ApiProperty({ type: [AlertEvaluationDto] }) items!: AlertEvaluationDto[];
}

export class AlertPreviewDto implements AlertPreview {
  @ApiProperty({ nullable: true, type: Number }) value!: number | null;
  @ApiProperty({ nullable: true, type: Number }) threshold!: number | null;
  @ApiProperty({ enum: ALERT_STATES }) state!: AlertPreview['state'];
  @ApiProperty({ format: 'date', nullable: true, type: String }) windowFrom!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) windowTo!: string | null;
}

export class ListEvaluationsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number from 1 to 500' })
  @Min(1, { message: 'limit must be a whole number from 1 to 500' })
  @Max(500, { message: 'limit must be a whole number from 1 to 500' })
  limit?: number;
}
