import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { openDatabase } from './open-database';
import { runMigrations } from './run-migrations';

/** `npm run db:migrate` / `npm run db:revert`: on DATABASE_URL, or on the embedded server under DATA_DIR. */
async function main(direction: string | undefined): Promise<void> {
  if (direction !== 'up' && direction !== 'down') throw new Error('usage: migrate-cli up|down');
  const database = await openDatabase(loadConfig(), (line) => console.log(line));
  const dataSource = new DataSource(dataSourceOptions(database.url));
  try {
    await dataSource.initialize();
    if (direction === 'up') {
      const applied = await runMigrations(dataSource);
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'schema is up to date');
    } else {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('reverted the last migration');
    }
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await database.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
