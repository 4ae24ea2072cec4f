import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/bootstrap';
import type { Clock } from '../../src/common/clock';
import { loadConfig } from '../../src/config/app-config';
import { EmbeddedPostgresServer } from '../../src/database/embedded-postgres-server';
import { createDatabaseIfMissing } from '../../src/database/open-database';
import { HttpClient } from './test-app';

export interface OwnPostgresApp {
  /** The app's own PostgreSQL, for the test to crash (stop('immediate')) and start again. */
  postgres: EmbeddedPostgresServer;
  app: NestExpressApplication;
  baseUrl: string;
  /** Sends the bootstrap admin token. */
  admin: HttpClient;
  anonymous: HttpClient;
  close(): Promise<void>;
}

/**
 * The real application on a PostgreSQL of its own (not the run's shared server): for fault tests
 * that stop and start the database under a running app.
 */
export async function startAppOnOwnPostgres(
  env: NodeJS.ProcessEnv = {},
  options: { clock?: Clock } = {},
): Promise<OwnPostgresApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tradeflow-fault-'));
  const postgres = new EmbeddedPostgresServer({ dataDir: join(dataDir, 'pg') });
  await postgres.start();
  await createDatabaseIfMissing(postgres.connectionUrl, 'tradeflow');
  const token = `tf_fault_${randomBytes(16).toString('hex')}`;
  const config = loadConfig({
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    SAMPLE_DATA: 'false',
    WEB_DIST_DIR: '/nonexistent',
    TRADEFLOW_ADMIN_TOKEN: token,
    RATE_LIMIT_PER_MINUTE: '1000000',
    API_KEY_RATE_LIMIT_PER_MINUTE: '1000000',
    ...env,
  });
  const app = await createApp(config, postgres.urlFor('tradeflow'), { clock: options.clock });
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    postgres,
    app,
    baseUrl,
    admin: new HttpClient(baseUrl, { authorization: `Bearer ${token}` }),
    anonymous: new HttpClient(baseUrl),
    close: async () => {
      await app.close();
      await postgres.destroy();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
