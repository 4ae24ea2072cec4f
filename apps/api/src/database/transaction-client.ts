import type { PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

export interface TransactionClient {
  /** The raw pg client, for what TypeORM cannot do: COPY streams, cursors. */
  client: PoolClient;
  /** The same connection and transaction as a TypeORM manager (the audit trail needs one). */
  manager: EntityManager;
}

/**
 * Runs `work` in one transaction on one pooled connection of the primary: COMMIT when it resolves,
 * ROLLBACK when it throws. A connection that breaks is dropped from the pool by TypeORM.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (tx: TransactionClient) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner('master');
  const client = (await runner.connect()) as PoolClient;
  try {
    await runner.startTransaction();
    const result = await work({ client, manager: runner.manager });
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
