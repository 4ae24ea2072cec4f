import type { ReportRun } from '@tradeflow/domain';
import type { TestApp } from './test-app';
import { waitFor } from './wait-for';

/** Short retry delays and polling, so that retries happen within a test. */
export const FAST_JOBS_ENV = {
  REPORT_RETRY_LIMIT: '2',
  REPORT_RETRY_DELAY_SECONDS: '1',
  REPORT_WEBHOOK_RETRY_LIMIT: '2',
  REPORT_WEBHOOK_RETRY_DELAY_SECONDS: '1',
  JOB_POLLING_SECONDS: '1',
};

export async function runsOf(t: TestApp, reportId: string): Promise<ReportRun[]> {
  const response = await t.http.get(`/api/reports/${reportId}/runs`);
  if (response.status !== 200) throw new Error(`GET runs answered ${response.status}: ${response.text}`);
  return response.body.items;
}

/** Waits until every run of the report satisfies `done` (and there are `count` of them). */
export function waitForRuns(
  t: TestApp,
  reportId: string,
  count: number,
  done: (run: ReportRun) => boolean = (run) => run.status === 'succeeded',
  timeoutMs = 30_000,
): Promise<ReportRun[]> {
  return waitFor(
    () => runsOf(t, reportId),
    (runs) => runs.length === count && runs.every(done),
    timeoutMs,
  );
}
