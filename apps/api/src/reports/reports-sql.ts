import type { DeliveryChannel, ReportFormat, ReportParams, ReportRunTrigger } from '@tradeflow/domain';
import type { EntityManager } from 'typeorm';
import type { CronSchedule } from './schedule/cron-schedule';

// The SQL of reports beyond the entities' plain reads and saves: the schedule's slots, the runs'
// claims and outcomes, their files, deliveries and download links. Rows come back in the domain's
// names (quoted aliases), so no mapping is needed.

/** A run claimed by an attempt, with what of its report the attempt needs. */
export interface ClaimedRun {
  id: string;
  reportId: string;
  scheduledFor: Date;
  name: string;
  kind: string;
  params: ReportParams;
  timezone: string;
  format: ReportFormat;
  skipIfEmpty: boolean;
  webhookUrl: string | null;
  emailTo: string[];
}

/** A run's window and counts with its (gzip-compressed) file. */
export interface RunFile {
  windowFrom: string | null;
  windowTo: string | null;
  rowCount: number;
  bytes: number;
  fileName: string;
  contentGzip: Buffer;
  sha256: string;
}

/** A run whose delivery over a channel is still to be made, with its report's settings for it. */
export interface PendingDelivery {
  runId: string;
  reportId: string;
  trigger: string;
  scheduledFor: Date;
  name: string;
  params: ReportParams;
  emailTo: string[];
  emailSubject: string | null;
  webhookUrl: string | null;
  webhookSecret: string | null;
  windowFrom: string | null;
  windowTo: string | null;
  rowCount: number | null;
  bytes: number;
  fileName: string;
  contentGzip: Buffer;
}

type Range = { from?: string; to?: string };

export async function selectEnabledReportSchedules(manager: EntityManager): Promise<CronSchedule[]> {
  return manager.query(`
    SELECT r.id, r.cron, r.timezone, r.schedule_from AS "scheduleFrom",
      (SELECT max(x.scheduled_for) FROM report_runs x WHERE x.report_id = r.id AND x.trigger = 'schedule') AS "lastSlot"
    FROM reports r WHERE r.enabled`);
}

/** Records a queued run; undefined when the scheduled slot has a run already. */
export async function insertRun(
  manager: EntityManager,
  reportId: string,
  trigger: ReportRunTrigger,
  scheduledFor: Date,
): Promise<string | undefined> {
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO report_runs (report_id, trigger, scheduled_for)
     VALUES ($1, $2, $3)
     ON CONFLICT (report_id, scheduled_for) WHERE trigger = 'schedule' DO NOTHING
     RETURNING id`,
    [reportId, trigger, scheduledFor],
  );
  return rows[0]?.id;
}

/** Records a test run at `at` that succeeded with the window and counts of `file`; answers its id. */
export async function insertTestRun(
  manager: EntityManager,
  reportId: string,
  at: Date,
  file: RunFile,
): Promise<string> {
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO report_runs (report_id, trigger, scheduled_for, status, attempts, started_at, finished_at,
       window_from, window_to, row_count, bytes)
     VALUES ($1, 'test', $2, 'succeeded', 1, now(), now(), $3, $4, $5, $6) RETURNING id`,
    [reportId, at, file.windowFrom, file.windowTo, file.rowCount, file.bytes],
  );
  return (rows[0] as { id: string }).id;
}

/**
 * Marks the run running and counts the attempt; answers it with its report, or undefined when the
 * run is gone (deleted with its report) or done already.
 */
export async function claimRun(manager: EntityManager, runId: string): Promise<ClaimedRun | undefined> {
  // For UPDATE, TypeORM's query() answers [rows, affectedCount].
  const [rows]: [ClaimedRun[], number] = await manager.query(
    `UPDATE report_runs r
     SET status = 'running', started_at = now(), finished_at = NULL, attempts = r.attempts + 1, error = NULL
     FROM reports p
     WHERE r.id = $1 AND p.id = r.report_id AND r.status NOT IN ('succeeded', 'skipped')
     RETURNING r.id, r.report_id AS "reportId", r.scheduled_for AS "scheduledFor", p.name, p.kind, p.params,
       p.timezone, p.format, p.skip_if_empty AS "skipIfEmpty", p.webhook_url AS "webhookUrl",
       p.email_to AS "emailTo"`,
    [runId],
  );
  return rows[0];
}

export async function markRunSkipped(manager: EntityManager, runId: string, range: Range): Promise<void> {
  await manager.query(
    `UPDATE report_runs SET status = 'skipped', finished_at = now(), row_count = 0, bytes = NULL,
       window_from = $2, window_to = $3, error = NULL WHERE id = $1`,
    [runId, range.from ?? null, range.to ?? null],
  );
}

/** Records a failed attempt: the run is queued again for the retry, or failed after the last one. */
export async function markRunAttemptFailed(
  manager: EntityManager,
  runId: string,
  final: boolean,
  message: string,
): Promise<void> {
  await manager.query(
    `UPDATE report_runs SET status = $2, error = $3, finished_at = CASE WHEN $4 THEN now() END WHERE id = $1`,
    [runId, final ? 'failed' : 'queued', message, final],
  );
}

export async function markRunSucceeded(
  manager: EntityManager,
  runId: string,
  rows: number,
  bytes: number,
  range: Range,
): Promise<void> {
  await manager.query(
    `UPDATE report_runs SET status = 'succeeded', finished_at = now(), row_count = $2, bytes = $3,
       window_from = $4, window_to = $5, error = NULL
     WHERE id = $1`,
    [runId, rows, bytes, range.from ?? null, range.to ?? null],
  );
}

/** Stores the run's file, replacing the one of an earlier attempt. */
export async function upsertRunFile(
  manager: EntityManager,
  runId: string,
  file: Pick<RunFile, 'fileName' | 'contentGzip' | 'sha256'>,
): Promise<void> {
  await manager.query(
    `INSERT INTO report_files (run_id, file_name, content_gzip, sha256) VALUES ($1, $2, $3, $4)
     ON CONFLICT (run_id) DO UPDATE SET file_name = EXCLUDED.file_name, content_gzip = EXCLUDED.content_gzip,
       sha256 = EXCLUDED.sha256, created_at = now()`,
    [runId, file.fileName, file.contentGzip, file.sha256],
  );
}

/** The file of the report's latest succeeded run, with that run's window and counts. */
export async function selectLatestRunFile(
  manager: EntityManager,
  reportId: string,
): Promise<RunFile | undefined> {
  const rows: RunFile[] = await manager.query(
    `SELECT r.window_from AS "windowFrom", r.window_to AS "windowTo", r.row_count AS "rowCount", r.bytes,
            f.file_name AS "fileName", f.content_gzip AS "contentGzip", f.sha256
       FROM report_runs r JOIN report_files f ON f.run_id = r.id
      WHERE r.report_id = $1 AND r.status = 'succeeded'
      ORDER BY r.finished_at DESC NULLS LAST, r.created_at DESC LIMIT 1`,
    [reportId],
  );
  return rows[0];
}

/** Records the delivery of the run over the channel as pending (afresh when it was recorded before). */
export async function upsertPendingDelivery(
  manager: EntityManager,
  runId: string,
  channel: DeliveryChannel,
): Promise<void> {
  await manager.query(
    `INSERT INTO report_deliveries (run_id, channel) VALUES ($1, $2)
     ON CONFLICT (run_id, channel) DO UPDATE SET status = 'pending', attempts = 0, last_error = NULL, delivered_at = NULL`,
    [runId, channel],
  );
}

/** The run with its file, unless its delivery over the channel is done already. */
export async function selectPendingDelivery(
  manager: EntityManager,
  runId: string,
  channel: DeliveryChannel,
): Promise<PendingDelivery | undefined> {
  const rows: PendingDelivery[] = await manager.query(
    `SELECT r.id AS "runId", r.report_id AS "reportId", r.trigger, r.scheduled_for AS "scheduledFor",
            p.name, p.params, p.email_to AS "emailTo", p.email_subject AS "emailSubject",
            p.webhook_url AS "webhookUrl", p.webhook_secret AS "webhookSecret", r.window_from AS "windowFrom",
            r.window_to AS "windowTo", r.row_count AS "rowCount", r.bytes, f.file_name AS "fileName",
            f.content_gzip AS "contentGzip"
     FROM report_runs r JOIN reports p ON p.id = r.report_id JOIN report_files f ON f.run_id = r.id
       JOIN report_deliveries d ON d.run_id = r.id AND d.channel = $2
     WHERE r.id = $1 AND d.status <> 'delivered'`,
    [runId, channel],
  );
  return rows[0];
}

export async function markDeliveryDelivered(
  manager: EntityManager,
  runId: string,
  channel: DeliveryChannel,
): Promise<void> {
  await manager.query(
    `UPDATE report_deliveries SET status = 'delivered', delivered_at = now(), last_error = NULL, attempts = attempts + 1
     WHERE run_id = $1 AND channel = $2`,
    [runId, channel],
  );
}

/** Records a failed attempt: the delivery stays pending for the retry, or fails after the last one. */
export async function markDeliveryFailed(
  manager: EntityManager,
  runId: string,
  channel: DeliveryChannel,
  final: boolean,
  error: string,
): Promise<void> {
  await manager.query(
    `UPDATE report_deliveries SET status = $3, last_error = $4, attempts = attempts + 1
     WHERE run_id = $1 AND channel = $2`,
    [runId, channel, final ? 'failed' : 'pending', error],
  );
}

/** Stores a download link of the run's file by the SHA-256 of its token. */
export async function insertDownloadLink(
  manager: EntityManager,
  tokenSha256: string,
  runId: string,
  expiresAt: Date,
): Promise<void> {
  await manager.query(
    'INSERT INTO report_download_links (token_sha256, run_id, expires_at) VALUES ($1, $2, $3)',
    [tokenSha256, runId, expiresAt],
  );
}

export async function selectDownloadLink(
  manager: EntityManager,
  tokenSha256: string,
): Promise<{ runId: string; expiresAt: Date } | undefined> {
  const rows: { runId: string; expiresAt: Date }[] = await manager.query(
    'SELECT run_id AS "runId", expires_at AS "expiresAt" FROM report_download_links WHERE token_sha256 = $1',
    [tokenSha256],
  );
  return rows[0];
}
