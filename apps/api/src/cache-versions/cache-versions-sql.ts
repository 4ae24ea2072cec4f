import type { Pool } from 'pg';

// The SQL of cache versions: the read of cache_versions (its migration's triggers write it), on the
// service's own small pool rather than TypeORM's, so that it never queues behind slow queries.

/** The versions of cache_versions (see its migration): sums of slots, only ever growing. */
export interface CacheVersions {
  analytics: string;
  credentials: string;
}

export async function selectCacheVersions(pool: Pool): Promise<CacheVersions> {
  const { rows } = await pool.query<CacheVersions>(`SELECT
      sum(version) FILTER (WHERE scope = 'analytics')::text AS analytics,
      sum(version) FILTER (WHERE scope = 'credentials')::text AS credentials
    FROM cache_versions`);
  return rows[0] as CacheVersions;
}
