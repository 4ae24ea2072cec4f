import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SHIPMENT_COLUMN_NAMES, SHIPMENT_COLUMNS, SHIPMENT_CSV_COLUMNS } from '@tradeflow/domain';
import { DataSource } from 'typeorm';
import { ShipmentEntity } from '../../src/shipments/shipment.entity';
import { startTestApp, type TestApp } from '../support/test-app';

/** Kept by PostgreSQL itself, never written by the application. */
const TIMESTAMPS = ['created_at', 'updated_at'];

describe('the one list of shipment columns', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('names every column of the migrated shipments table, and no other', async () => {
    const { rows } = await t.db.pool.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = 'shipments'`,
    );
    const stored = rows.map((row) => row.column_name).filter((column) => !TIMESTAMPS.includes(column));
    expect([...stored].sort()).toEqual([...SHIPMENT_COLUMN_NAMES].sort());
  });

  it('names every column of the TypeORM entity, and no other', () => {
    const metadata = t.app.get(DataSource).getMetadata(ShipmentEntity);
    const mapped = metadata.columns
      .map((column) => column.databaseName)
      .filter((column) => !TIMESTAMPS.includes(column));
    expect([...mapped].sort()).toEqual([...SHIPMENT_COLUMN_NAMES].sort());
  });

  it('gives the CSV contract the columns of docs/csv-contract.md, in its order, each with its JSON field', async () => {
    const contract = await readFile(join(__dirname, '../../../../docs/csv-contract.md'), 'utf8');
    const documented = [...contract.matchAll(/^\| `([a-z_]+)` +\|/gm)].map((match) => match[1]);
    expect(documented).toEqual([...SHIPMENT_CSV_COLUMNS]);
    for (const column of SHIPMENT_COLUMNS) {
      expect({ column: column.name, hasField: 'field' in column }).toEqual({
        column: column.name,
        hasField: column.kind === 'csv' || column.kind === 'json',
      });
    }
  });
});
