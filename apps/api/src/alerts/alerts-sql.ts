import type { AlertEvaluation, AlertEvaluationTrigger, AlertState } from '@tradeflow/domain';
import type { EntityManager } from 'typeorm';
import type { CronSchedule } from '../reports/schedule/cron-schedule';

// The SQL of alerts beyond the entities' plain reads and saves: the schedule's slots, the state
// an evaluation moves under the alert's row lock, and the outcome of evaluations and messages.

/** What an evaluation found, as it is recorded on the evaluation. */
export type EvaluationOutcome = Pick<
  AlertEvaluation,
  'value' | 'threshold' | 'state' | 'notification' | 'windowFrom' | 'windowTo'
> & {
  evaluatedAt: Date;
  /** 'pending' when a message is queued, null when none is. */
  deliveryStatus: 'pending' | null;
};

export async function selectEnabledAlertSchedules(manager: EntityManager): Promise<CronSchedule[]> {
  return manager.query(`
    SELECT a.id, a.cron, a.timezone, a.schedule_from AS "scheduleFrom",
      (SELECT max(e.scheduled_for) FROM alert_evaluations e WHERE e.alert_id = a.id AND e.trigger = 'schedule') AS "lastSlot"
    FROM alerts a WHERE a.enabled`);
}

/** Records an evaluation to make; undefined when the scheduled slot has one already. */
export async function insertEvaluation(
  manager: EntityManager,
  alertId: string,
  trigger: AlertEvaluationTrigger,
  scheduledFor: Date,
): Promise<string | undefined> {
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO alert_evaluations (alert_id, trigger, scheduled_for) VALUES ($1, $2, $3)
     ON CONFLICT (alert_id, scheduled_for) WHERE trigger = 'schedule' DO NOTHING
     RETURNING id`,
    [alertId, trigger, scheduledFor],
  );
  return rows[0]?.id;
}

/** Records a failed attempt; the last one also marks the evaluation done. */
export async function markEvaluationAttemptFailed(
  manager: EntityManager,
  evaluationId: string,
  message: string,
  final: boolean,
): Promise<void> {
  await manager.query(
    `UPDATE alert_evaluations SET error = $2, evaluated_at = CASE WHEN $3 THEN now() END WHERE id = $1`,
    [evaluationId, message, final],
  );
}

/** The alert's state, its row locked until the caller's transaction ends; undefined when it is gone. */
export async function lockAlertState(
  manager: EntityManager,
  alertId: string,
): Promise<{ state: AlertState; lastNotifiedAt: Date | null } | undefined> {
  const rows: { state: AlertState; last_notified_at: Date | null }[] = await manager.query(
    'SELECT state, last_notified_at FROM alerts WHERE id = $1 FOR UPDATE',
    [alertId],
  );
  const row = rows[0];
  return row ? { state: row.state, lastNotifiedAt: row.last_notified_at } : undefined;
}

/** Stores the alert's new state and value; `notified` moves its last notification to `at`. */
export async function updateAlertState(
  manager: EntityManager,
  alertId: string,
  change: { state: AlertState; value: number | null; at: Date; notified: boolean },
): Promise<void> {
  await manager.query(
    `UPDATE alerts SET state = $2, last_value = $3, last_evaluated_at = $4,
       last_notified_at = CASE WHEN $5 THEN $4 ELSE last_notified_at END
     WHERE id = $1`,
    [alertId, change.state, change.value, change.at, change.notified],
  );
}

export async function recordEvaluationOutcome(
  manager: EntityManager,
  evaluationId: string,
  outcome: EvaluationOutcome,
): Promise<void> {
  await manager.query(
    `UPDATE alert_evaluations SET evaluated_at = $2, value = $3, threshold = $4, state = $5, notification = $6,
       window_from = $7, window_to = $8, error = NULL, delivery_status = $9
     WHERE id = $1`,
    [
      evaluationId,
      outcome.evaluatedAt,
      outcome.value,
      outcome.threshold,
      outcome.state,
      outcome.notification,
      outcome.windowFrom,
      outcome.windowTo,
      outcome.deliveryStatus,
    ],
  );
}

/**
 * Counts a message attempt on the evaluation; a failed delivery stays failed, and `error`
 * (null on success) replaces the last one.
 */
export async function recordMessageAttempt(
  manager: EntityManager,
  evaluationId: string,
  status: 'delivered' | 'pending' | 'failed',
  error: string | null,
): Promise<void> {
  await manager.query(
    `UPDATE alert_evaluations SET delivery_status = CASE WHEN delivery_status = 'failed' THEN 'failed' ELSE $2 END,
       delivery_error = coalesce($3, delivery_error), delivery_attempts = delivery_attempts + 1
     WHERE id = $1`,
    [evaluationId, status, error],
  );
}

/** The ids of the alert's evaluations made (with a state), the latest first. */
export async function selectEvaluatedIds(
  manager: EntityManager,
  alertId: string,
  limit: number,
): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM alert_evaluations WHERE alert_id = $1 AND state IS NOT NULL
     ORDER BY evaluated_at DESC, created_at DESC LIMIT $2`,
    [alertId, limit],
  );
  return rows.map((row) => row.id);
}
