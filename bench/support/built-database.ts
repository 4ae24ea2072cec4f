import { WORKSPACE_ROOT } from '@tradeflow/e2e-support';
import { join } from 'node:path';

/** The built product's PostgreSQL controller (dist/, as `npm run bench` builds first). */
export interface BuiltEmbeddedPostgres {
  readonly connectionUrl: string;
  urlFor(database: string): string;
  start(): Promise<void>;
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  destroy(): Promise<void>;
}

export interface BuiltDatabaseModule {
  EmbeddedPostgresServer: new (options: { dataDir: string }) => BuiltEmbeddedPostgres;
  createDatabaseIfMissing: (adminUrl: string, name: string) => Promise<void>;
}

/** Loaded from dist at run time: bench code may not import the API's sources (module boundaries). */
export async function builtDatabaseModule(): Promise<BuiltDatabaseModule> {
  const folder = join(WORKSPACE_ROOT, 'dist', 'apps', 'api', 'database');
  const [server, open] = await Promise.all([
    import(join(folder, 'embedded-postgres-server.js')),
    import(join(folder, 'open-database.js')),
  ]);
  return { ...server, ...open } as BuiltDatabaseModule;
}
