import './pg-type-parsers';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * With read URLs, TypeORM `replication` opens one pool on the primary (every write, every default
 * query) and one per replica; only code that asks for a 'slave' query runner (the analytics reads)
 * uses the replicas. Connections name themselves `tradeflow` / `tradeflow-read` in pg_stat_activity.
 */
export function dataSourceOptions(url: string, readUrls: readonly string[] = []): PostgresConnectionOptions {
  const connection = readUrls.length
    ? {
        replication: {
          master: { url, applicationName: 'tradeflow' },
          slaves: readUrls.map((readUrl) => ({ url: readUrl, applicationName: 'tradeflow-read' })),
        },
      }
    : { url, applicationName: 'tradeflow' };
  return {
    type: 'postgres',
    ...connection,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    extra: { max: 20, connectionTimeoutMillis: 5000 },
  };
}
