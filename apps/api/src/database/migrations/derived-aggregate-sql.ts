import type { QueryRunner } from 'typeorm';

/*
 * Aggregates derived from a source table (shipment_monthly_rollup, one derived from it, or the
 * shipments themselves): fewer key columns, summed by month, kept by statement triggers on the source
 * (which fire in the transaction of the write, inside the shipment and fx-rate triggers when the
 * source is an aggregate), so they never disagree with it. A view that needs only their keys reads a
 * fraction of the source's rows.
 */
export interface DerivedAggregate {
  table: string;
  /** The table it is summed from. */
  source: string;
  /** Key columns; each is the source's column of that name unless `keyCells` says otherwise. */
  keys: readonly string[];
  /** Key column -> its value in one source row `c`, for keys the source has under another form. */
  keyCells?: Readonly<Record<string, string>>;
  /** Measure column -> its value in one source row `c` (summed with the row's sign). */
  measures: Readonly<Record<string, { cell: string; type: 'bigint' | 'numeric' }>>;
  /** Joined to each source row `c` before it is summed (a rate look-up the measures read). */
  join?: string;
  /** Run by each trigger before its deltas (a lock the rate look-up needs). */
  before?: string;
}

const keyCell = (aggregate: DerivedAggregate, key: string) => aggregate.keyCells?.[key] ?? `c.${key}`;

function deltas(aggregate: DerivedAggregate, source: string): string {
  const keys = aggregate.keys.map((key) => `${keyCell(aggregate, key)} AS ${key}`).join(', ');
  const sums = Object.entries(aggregate.measures).map(
    ([name, { cell, type }]) => `sum(c.sign * (${cell}))::${type} AS ${name}`,
  );
  const changed = Object.values(aggregate.measures).map(({ cell }) => `sum(c.sign * (${cell})) <> 0`);
  const positions = aggregate.keys.map((_, index) => index + 1).join(', ');
  return `
    SELECT ${keys}, ${sums.join(', ')}
      FROM (${source}) c
      ${aggregate.join ?? ''}
     GROUP BY ${positions}
    HAVING ${changed.join(' OR ')}
     ORDER BY ${positions}`;
}

function applyDeltas(aggregate: DerivedAggregate, source: string): string {
  const keys = aggregate.keys.join(', ');
  const measures = Object.keys(aggregate.measures);
  return `
    INSERT INTO ${aggregate.table} AS t (${keys}, ${measures.join(', ')})
    ${deltas(aggregate, source)}
    ON CONFLICT (${keys}) DO UPDATE SET
      ${measures.map((name) => `${name} = t.${name} + excluded.${name}`).join(',\n      ')};`;
}

const NEW_CELLS = 'SELECT n.*, 1 AS sign FROM new_cells n';
const OLD_CELLS = 'SELECT o.*, -1 AS sign FROM old_cells o';

function triggerBodies(aggregate: DerivedAggregate): Record<string, string> {
  const removeEmpty = `
    DELETE FROM ${aggregate.table} t
     WHERE t.shipment_count = 0 AND t.month IN (SELECT DISTINCT ${keyCell(aggregate, 'month')} FROM old_cells c);`;
  return {
    insert: applyDeltas(aggregate, NEW_CELLS),
    update: `${applyDeltas(aggregate, `${NEW_CELLS} UNION ALL ${OLD_CELLS}`)}${removeEmpty}`,
    delete: `${applyDeltas(aggregate, OLD_CELLS)}${removeEmpty}`,
    truncate: `TRUNCATE ${aggregate.table};`,
  };
}

const TRANSITION_TABLES: Record<string, string> = {
  insert: 'REFERENCING NEW TABLE AS new_cells',
  update: 'REFERENCING NEW TABLE AS new_cells OLD TABLE AS old_cells',
  delete: 'REFERENCING OLD TABLE AS old_cells',
  truncate: '',
};

/** The triggers that keep `aggregate` (an existing, empty table) and its rows from its source. */
export async function deriveFromSource(queryRunner: QueryRunner, aggregate: DerivedAggregate): Promise<void> {
  for (const [operation, body] of Object.entries(triggerBodies(aggregate))) {
    await queryRunner.query(`
      CREATE FUNCTION ${aggregate.table}_after_${operation}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${aggregate.before ?? ''}
        ${body}
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER ${aggregate.table}_${operation} AFTER ${operation.toUpperCase()} ON ${aggregate.source}
        ${TRANSITION_TABLES[operation]} FOR EACH STATEMENT EXECUTE FUNCTION ${aggregate.table}_after_${operation}()`);
  }
  await queryRunner.query(applyDeltas(aggregate, `SELECT r.*, 1 AS sign FROM ${aggregate.source} r`));
}

export async function dropDerived(queryRunner: QueryRunner, aggregate: DerivedAggregate): Promise<void> {
  for (const operation of Object.keys(TRANSITION_TABLES)) {
    await queryRunner.query(`DROP TRIGGER "${aggregate.table}_${operation}" ON "${aggregate.source}"`);
    await queryRunner.query(`DROP FUNCTION "${aggregate.table}_after_${operation}"()`);
  }
  await queryRunner.query(`DROP TABLE "${aggregate.table}"`);
}
