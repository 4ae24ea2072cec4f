import type { ReportInput } from '@tradeflow/domain';

/** A valid report definition; override what the test is about. */
export function aReport(overrides: Record<string, unknown> = {}): ReportInput & Record<string, unknown> {
  return {
    name: 'Monthly crude imports',
    kind: 'shipments',
    params: { window: 'previous_month', filters: { commodity: ['crude_oil'] } },
    cron: '0 6 1 * *',
    timezone: 'Asia/Karachi',
    enabled: true,
    ...overrides,
  };
}
