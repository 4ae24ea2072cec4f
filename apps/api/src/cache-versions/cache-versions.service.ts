import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { type CacheVersions, selectCacheVersions } from './cache-versions-sql';

export type { CacheVersions } from './cache-versions-sql';

const VERSION_CONNECTIONS = 2;
const REQUEST_VERSIONS = Symbol('cache versions of the request');

/**
 * Reads the cache versions from the primary for every request that relies on a cache. Concurrent
 * callers share queries, but only ones sent after they arrived: with both connections busy, a
 * caller joins the query that is sent when one frees up, so it never gets a version older than its
 * own arrival (a write that returned before the request began is always seen). That keeps the cost
 * at about two index scans per round trip to PostgreSQL, however many requests are waiting. A
 * small pool of its own keeps the check from queueing behind slow analytics or import queries.
 */
@Injectable()
export class CacheVersionsService implements OnApplicationShutdown {
  private readonly pool: Pool;
  private inFlight = 0;
  /** The query the next arrivals share, sent as soon as a connection is free. */
  private waiting: { promise: Promise<CacheVersions>; start(): void } | undefined;

  constructor(@InjectDataSource() dataSource: DataSource) {
    const options = dataSource.options as PostgresConnectionOptions;
    this.pool = new Pool({
      connectionString: options.replication?.master.url ?? options.url,
      application_name: 'tradeflow-versions',
      max: VERSION_CONNECTIONS,
      connectionTimeoutMillis: 5000,
    });
    // An idle client losing its connection (PostgreSQL restarted) must not crash the process.
    this.pool.on('error', () => undefined);
  }

  /**
   * The versions for one request, read once on its first use (authentication, then the analytics
   * cache): a read after the request began, so no write that returned before it is missed.
   */
  ofRequest(request: object): Promise<CacheVersions> {
    const holder = request as { [REQUEST_VERSIONS]?: Promise<CacheVersions> };
    return (holder[REQUEST_VERSIONS] ??= this.current());
  }

  current(): Promise<CacheVersions> {
    if (this.waiting) return this.waiting.promise;
    if (this.inFlight < VERSION_CONNECTIONS) return this.send();
    let start!: () => void;
    const promise = new Promise<CacheVersions>((resolve, reject) => {
      start = () => this.send().then(resolve, reject);
    });
    this.waiting = { promise, start };
    return promise;
  }

  private send(): Promise<CacheVersions> {
    this.inFlight += 1;
    return selectCacheVersions(this.pool).finally(() => {
      this.inFlight -= 1;
      const waiting = this.waiting;
      this.waiting = undefined;
      waiting?.start();
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
