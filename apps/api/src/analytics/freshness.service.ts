import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataFreshness } from '@tradeflow/domain';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { selectLatestDeliveredArrival } from './freshness-sql';

/** How far the delivered cargo records reach, as of the server's date. */
@Injectable()
export class FreshnessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async freshness(destinations?: readonly string[]): Promise<DataFreshness> {
    const today = this.clock().toISOString().slice(0, 10);
    const latest = await selectLatestDeliveredArrival(this.dataSource.manager, today, destinations);
    return { latestArrivalDate: latest, today };
  }
}
