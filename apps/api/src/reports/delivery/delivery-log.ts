import type { DeliveryChannel } from '@tradeflow/domain';
import type { DataSource } from 'typeorm';

/** The SQL of report_deliveries: one row per run and channel, written by each attempt. */
export const deliveryLog = {
  async delivered(db: DataSource, runId: string, channel: DeliveryChannel): Promise<void> {
    await db.query(
      `UPDATE report_deliveries SET status = 'delivered', delivered_at = now(), last_error = NULL, attempts = attempts + 1
       WHERE run_id = $1 AND channel = $2`,
      [runId, channel],
    );
  },

  async failed(
    db: DataSource,
    runId: string,
    channel: DeliveryChannel,
    final: boolean,
    error: string,
  ): Promise<void> {
    await db.query(
      `UPDATE report_deliveries SET status = $3, last_error = $4, attempts = attempts + 1
       WHERE run_id = $1 AND channel = $2`,
      [runId, channel, final ? 'failed' : 'pending', error],
    );
  },
};
