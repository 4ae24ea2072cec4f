import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type QueryRunner } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { CacheVersionsService } from '../cache-versions/cache-versions.service';
import { currentAnalyticsVersion } from '../common/request-context';

const REPLICA_VERSION_SQL = `SELECT sum(version)::text AS version FROM cache_versions WHERE scope = 'analytics'`;

/**
 * Runs the reads behind analytics answers. With DATABASE_READ_URLS set, TypeORM's `replication`
 * gives the data source replica pools and a 'slave' query runner takes a connection from one of
 * them; without it the same call uses the primary. Writes never go through here.
 *
 * Read-your-writes: a replica is read only when it has replayed the primary's analytics version of
 * this request (read from the primary when the request began); a replica behind it is skipped for
 * the primary, so no answer is older than a write that returned before the request, and no stale
 * answer is cached under a newer version.
 */
@Injectable()
export class ReplicaReader {
  private readonly hasReplicas: boolean;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly versions: CacheVersionsService,
  ) {
    this.hasReplicas = Boolean((dataSource.options as PostgresConnectionOptions).replication?.slaves.length);
  }

  async read<T>(sql: string, params: unknown[]): Promise<T[]> {
    const runner = await this.readRunner();
    try {
      return (await runner.query(sql, params)) as T[];
    } finally {
      await runner.release();
    }
  }

  private async readRunner(): Promise<QueryRunner> {
    if (!this.hasReplicas) return this.dataSource.createQueryRunner('master');
    const required = currentAnalyticsVersion() ?? (await this.versions.current()).analytics;
    const replica = this.dataSource.createQueryRunner('slave');
    try {
      const [row] = (await replica.query(REPLICA_VERSION_SQL)) as { version: string | null }[];
      if (row?.version !== null && row?.version !== undefined && BigInt(row.version) >= BigInt(required))
        return replica;
    } catch {
      // An unreachable replica: the primary answers.
    }
    await replica.release();
    return this.dataSource.createQueryRunner('master');
  }
}
