import type { Server } from 'node:http';
import { AdminBootstrapService } from './auth/admin-bootstrap.service';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/app-config';
import { type DatabaseHandle, openDatabase } from './database/open-database';

const log = (message: string) =>
  process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: message })}\n`);

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig();
  const database: DatabaseHandle = await openDatabase(config, log);
  let closing = false;
  const stopDatabase = async () => {
    await database.close().catch((error: unknown) => log(`stopping the database failed: ${String(error)}`));
  };
  try {
    const app = await createApp(config, database.url);
    // New connections are refused at once. Nest's close() would stop listening only after the
    // before-shutdown hooks (the job queue's graceful stop, up to 30 s), taking requests meanwhile.
    // app.close() then lets the open requests finish, runs the shutdown hooks and closes the pool;
    // only then is the embedded database stopped.
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      log(`received ${signal}: draining requests, then stopping`);
      (app.getHttpServer() as Server).close();
      await app.close().catch((error: unknown) => log(`closing the app failed: ${String(error)}`));
      await stopDatabase();
      process.exit(0);
    };
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    process.once('SIGINT', () => void shutdown('SIGINT'));
    await app.listen(config.port, config.host);
    const url = await app.getUrl();
    log(
      `tradeflow ready in ${Date.now() - startedAt} ms at ${url.replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost')} (API docs at /api/docs)`,
    );
    app.get(AdminBootstrapService).printGeneratedPassword();
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError
      ? `configuration error: ${error.message}`
      : `start-up failed: ${error instanceof Error ? error.stack : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
