import { Injectable } from '@nestjs/common';
import {
  type AlertMetric,
  type AlertOperator,
  type AlertParams,
  daysInRange,
  daysSince,
  flowRateIn,
  isMinimumTarget,
  localDateIn,
  type ReportWindow,
  reportWindow,
} from '@tradeflow/domain';
import { AnalyticsService, type SummaryQueryDto } from '../analytics';
import { FieldValidationException } from '../common/api-error';
import type { TargetProgressQueryDto } from '../targets/dto/target-progress.query';
import { TargetsService } from '../targets/targets.service';

export interface AlertDefinition {
  metric: AlertMetric;
  params: AlertParams;
  operator: AlertOperator;
  threshold: number | null;
  window: ReportWindow;
  timezone: string;
}

export interface MeasuredValue {
  value: number | null;
  /** The threshold and operator the value is read against (a target alert takes its target's). */
  threshold: number | null;
  operator: AlertOperator;
  /** days_since_last_arrival: nothing ever arrived, which is stale too. */
  breachedWithoutValue: boolean;
  windowFrom: string | null;
  windowTo: string | null;
}

/**
 * The value an alert watches, at an instant: from the analytics answers (AnalyticsService,
 * TargetsService), so an alert says exactly what the dashboard shows for the same selection.
 */
@Injectable()
export class AlertValues {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly targets: TargetsService,
  ) {}

  async measure(alert: AlertDefinition, at: Date): Promise<MeasuredValue> {
    const range =
      alert.metric === 'days_since_last_arrival' ? {} : reportWindow(alert.window, at, alert.timezone);
    const filters = { ...(alert.params.filters ?? {}), ...range };
    const base = {
      threshold: alert.threshold,
      operator: alert.operator,
      breachedWithoutValue: false,
      windowFrom: range.from ?? null,
      windowTo: range.to ?? null,
    };
    switch (alert.metric) {
      case 'share': {
        const basis = alert.params.basis ?? 'volume';
        const summary = await this.analytics.summary({
          ...filters,
          groupBy: alert.params.dimension ?? 'origin',
          basis,
        } as SummaryQueryDto);
        const total = basis === 'value' ? summary.totalValueUsd : summary.totalTonnes;
        const group = summary.groups.find((g) => g.key === alert.params.key);
        const value = total > 0 ? (group ? (basis === 'value' ? group.valueShare : group.share) : 0) : null;
        return { ...base, value };
      }
      case 'hhi': {
        const summary = await this.analytics.summary({
          ...filters,
          groupBy: alert.params.dimension ?? 'origin',
          basis: alert.params.basis ?? 'volume',
        } as SummaryQueryDto);
        return { ...base, value: summary.hhi };
      }
      case 'flow_rate': {
        const summary = await this.analytics.summary(filters as SummaryQueryDto);
        const days = range.from && range.to ? daysInRange(range.from, range.to) : 0;
        return { ...base, value: days > 0 ? flowRateIn('kb/d', summary.totalBarrels, days) : null };
      }
      case 'target': {
        const progress = await this.targets
          .progress(
            alert.params.targetId as string,
            { ...range, granularity: 'year' } as TargetProgressQueryDto,
          )
          .catch((error: unknown) => {
            if ((error as { status?: number }).status === 404) {
              throw new FieldValidationException([
                { field: 'params.targetId', message: `no target with id ${alert.params.targetId}` },
              ]);
            }
            throw error;
          });
        return {
          ...base,
          value: progress.total.actual,
          threshold: progress.target.value,
          operator: isMinimumTarget(progress.target.kind) ? 'below' : 'above',
        };
      }
      case 'days_since_last_arrival': {
        const last = await this.analytics.lastArrival(filters);
        const value = daysSince(last, localDateIn(at, alert.timezone));
        return { ...base, value, breachedWithoutValue: value === null };
      }
    }
  }
}
