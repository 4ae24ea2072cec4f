import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataFreshness } from '@tradeflow/domain';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';

/** How far the delivered cargo records reach, as of the server's date. */
@Injectable()
export class FreshnessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async freshness(destinations?: readonly string[]): Promise<DataFreshness> {
    const today = this.clock().toISOString().slice(0, 10);
    const [row] = (await this.dataSource.query(
      `SELECT to_char(max(arrival_date), 'YYYY-MM-DD') AS latest
         FROM shipments
        WHERE status = 'delivered' AND arrival_date <= $1::date
          AND ($2::text[] IS NULL OR destination_country::text = ANY($2::text[]))`,
      [today, destinations?.length ? destinations : null],
    )) as [{ latest: string | null }];
    return { latestArrivalDate: row.latest, today };
  }
}
