import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { CacheVersionsService } from '../cache-versions/cache-versions.service';

export interface ReplicaLag {
  /** Seconds since the last replayed transaction when the replica has WAL left to replay, else 0. */
  replayLagSeconds: number | null;
  /** How many data changes of the primary the replica has not replayed yet (0: analytics read it). */
  dataVersionsBehind: number | null;
  /** Why the replica could not be asked, when it could not. */
  problem?: string;
}

const LAG_SQL = `SELECT
    CASE WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
         ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp()) END::float8 AS lag,
    (SELECT sum(version) FROM cache_versions WHERE scope = 'analytics')::text AS version`;

/** The replication lag of each DATABASE_READ_URLS replica, as GET /api/health shows it. */
@Injectable()
export class ReplicaLagReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly versions: CacheVersionsService,
  ) {}

  async lags(): Promise<ReplicaLag[]> {
    const replication = (this.dataSource.options as PostgresConnectionOptions).replication;
    if (!replication?.slaves.length) return [];
    const { analytics } = await this.versions.current();
    const driver = this.dataSource.driver as unknown as {
      slaves: { query(sql: string): Promise<{ rows: { lag: number | null; version: string | null }[] }> }[];
    };
    return Promise.all(
      driver.slaves.map(async (pool) => {
        try {
          const [row] = (await pool.query(LAG_SQL)).rows;
          return {
            replayLagSeconds: row?.lag ?? null,
            dataVersionsBehind: Math.max(0, Number(BigInt(analytics) - BigInt(row?.version ?? '0'))),
          };
        } catch (error) {
          return { replayLagSeconds: null, dataVersionsBehind: null, problem: (error as Error).message };
        }
      }),
    );
  }
}
