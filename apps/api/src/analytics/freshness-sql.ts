import type { EntityManager } from 'typeorm';

// The SQL of the data's freshness: how far the delivered cargo records reach.

/** The latest arrival date (YYYY-MM-DD) of a delivered shipment on or before `today`, or null. */
export async function selectLatestDeliveredArrival(
  manager: EntityManager,
  today: string,
  destinations: readonly string[] | undefined,
): Promise<string | null> {
  const [row] = (await manager.query(
    `SELECT to_char(max(arrival_date), 'YYYY-MM-DD') AS latest
       FROM shipments
      WHERE status = 'delivered' AND arrival_date <= $1::date
        AND ($2::text[] IS NULL OR destination_country::text = ANY($2::text[]))`,
    [today, destinations?.length ? destinations : null],
  )) as [{ latest: string | null }];
  return row.latest;
}
