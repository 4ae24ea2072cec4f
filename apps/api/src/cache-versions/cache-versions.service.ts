import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

/** The versions of cache_versions (see its migration): sums of slots, only ever growing. */
export interface CacheVersions {
  analytics: string;
  credentials: string;
}

const VERSIONS_SQL = `SELECT
    sum(version) FILTER (WHERE scope = 'analytics')::text AS analytics,
    sum(version) FILTER (WHERE scope = 'credentials')::text AS credentials
  FROM cache_versions`;

/**
 * Reads the cache versions from the primary for every request that relies on a cache. Concurrent
 * callers share one query, but only one sent after they arrived: a caller that comes while a
 * query is in flight waits for the next one, so it never gets a version older than its own
 * arrival (a write that returned before the request began is always seen). That keeps the cost at
 * about one index scan per round trip to PostgreSQL, however many requests are waiting. A small
 * pool of its own keeps the check from queueing behind slow analytics or import queries.
 */
@Injectable()
export class CacheVersionsService implements OnApplicationShutdown {
  private readonly pool: Pool;
  private inFlight: Promise<unknown> = Promise.resolve();
  private next: Promise<CacheVersions> | undefined;

  constructor(@InjectDataSource() dataSource: DataSource) {
    const options = dataSource.options as PostgresConnectionOptions;
    this.pool = new Pool({
      connectionString: options.replication?.master.url ?? options.url,
      application_name: 'tradeflow-versions',
      max: 2,
      connectionTimeoutMillis: 5000,
    });
    // An idle client losing its connection (PostgreSQL restarted) must not crash the process.
    this.pool.on('error', () => undefined);
  }

  current(): Promise<CacheVersions> {
    if (!this.next) {
      this.next = this.inFlight.then(
        () => this.send(),
        () => this.send(),
      );
    }
    return this.next;
  }

  private send(): Promise<CacheVersions> {
    this.next = undefined;
    const query = this.pool.query<CacheVersions>(VERSIONS_SQL).then(({ rows }) => rows[0] as CacheVersions);
    this.inFlight = query;
    return query;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
