import type { QueryRunner } from 'typeorm';

/*
 * Aggregates derived from a source (shipment_monthly_rollup, one derived from it, or the shipments
 * themselves): fewer key columns, summed by month, so a view that needs only their keys reads a
 * fraction of the source's rows. They are kept in the transaction of every write, so they never
 * disagree with their source: since PropagateAggregateDeltas by one statement per write that sums
 * each aggregate's deltas from its source's deltas (propagateDeltas); before it, by statement
 * triggers on each source (deriveFromSource, which the earlier migrations still call).
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

export interface DeltaOptions {
  /** Whether each source row has a `sign` (+1 new, -1 old) to sum by; delta rows are signed already. */
  signed?: boolean;
  /** Whether the rows come in key order, the order an upsert must lock them in. */
  ordered?: boolean;
}

/** The source rows summed per key of `aggregate`, without the keys whose sums are all zero. */
export function deltas(aggregate: DerivedAggregate, source: string, options: DeltaOptions = {}): string {
  const { signed = true, ordered = true } = options;
  const keys = aggregate.keys.map((key) => `${keyCell(aggregate, key)} AS ${key}`).join(', ');
  const sum = (cell: string) => (signed ? `sum(c.sign * (${cell}))` : `sum(${cell})`);
  const sums = Object.entries(aggregate.measures).map(
    ([name, { cell, type }]) => `${sum(cell)}::${type} AS ${name}`,
  );
  const changed = Object.values(aggregate.measures).map(({ cell }) => `${sum(cell)} <> 0`);
  const positions = aggregate.keys.map((_, index) => index + 1).join(', ');
  return `
    SELECT ${keys}, ${sums.join(', ')}
      FROM (${source}) c
      ${aggregate.join ?? ''}
     GROUP BY ${positions}
    HAVING ${changed.join(' OR ')}
     ${ordered ? `ORDER BY ${positions}` : ''}`;
}

/** Adds signed delta rows (`rows`: the aggregate's keys and measures, in that order) to the aggregate. */
function upsertDeltas(aggregate: DerivedAggregate, rows: string): string {
  const keys = aggregate.keys.join(', ');
  const measures = Object.keys(aggregate.measures);
  return `
    INSERT INTO ${aggregate.table} AS t (${keys}, ${measures.join(', ')})
    ${rows}
    ON CONFLICT (${keys}) DO UPDATE SET
      ${measures.map((name) => `${name} = t.${name} + excluded.${name}`).join(',\n      ')}`;
}

function applyDeltas(aggregate: DerivedAggregate, source: string): string {
  return `${upsertDeltas(aggregate, deltas(aggregate, source))};`;
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

async function createTrigger(
  queryRunner: QueryRunner,
  aggregate: DerivedAggregate,
  operation: string,
  body: string,
): Promise<void> {
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

/** The triggers that keep `aggregate` (an existing, empty table) and its rows from its source. */
export async function deriveFromSource(queryRunner: QueryRunner, aggregate: DerivedAggregate): Promise<void> {
  for (const [operation, body] of Object.entries(triggerBodies(aggregate))) {
    await createTrigger(queryRunner, aggregate, operation, body);
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

/**
 * A root whose signed deltas a write produced, and whether it is a table of its own (the rollup after
 * a rate change) or only the first step of the sums (the shipments' cells).
 */
export interface DeltaRoot {
  aggregate: DerivedAggregate;
  /** Its signed delta rows: its keys and measures, in key order. */
  deltas: string;
  stored: boolean;
}

/** The aggregates summed from `root`, directly or through one another, parents before children. */
function treeBelow(root: string, aggregates: readonly DerivedAggregate[]): DerivedAggregate[] {
  const reached = new Set([root]);
  const ordered: DerivedAggregate[] = [];
  for (let grew = true; grew;) {
    grew = false;
    for (const aggregate of aggregates) {
      if (reached.has(aggregate.table) || !reached.has(aggregate.source)) continue;
      reached.add(aggregate.table);
      ordered.push(aggregate);
      grew = true;
    }
  }
  return ordered;
}

const deltasOf = (table: string) => `${table}_deltas`;

/**
 * One statement that applies a write's deltas to every aggregate of the tree under `root`. Each
 * aggregate's deltas are summed once, in a CTE, from its source's deltas (not from the source's
 * old and new rows, which a trigger on the source would read: twice the rows, once per child), and
 * upserted into it. The aggregates are linear sums, so the deltas of a child are the child's sums of
 * its source's deltas. All CTEs share the statement's snapshot and each writes another table; every
 * writer runs the same statement, so all take their row locks in the same order (table by table, in
 * key order) and cannot deadlock each other.
 */
export function propagateDeltas(root: DeltaRoot, aggregates: readonly DerivedAggregate[]): string {
  const tree = treeBelow(root.aggregate.table, aggregates);
  const ctes = [`${deltasOf(root.aggregate.table)} AS (${root.deltas})`];
  for (const aggregate of tree) {
    ctes.push(
      `${deltasOf(aggregate.table)} AS (${deltas(aggregate, `SELECT * FROM ${deltasOf(aggregate.source)}`, { signed: false })})`,
    );
  }
  const stored = [...(root.stored ? [root.aggregate] : []), ...tree];
  const upserts = stored.map((aggregate) =>
    upsertDeltas(aggregate, `SELECT * FROM ${deltasOf(aggregate.table)}`),
  );
  const last = upserts.pop();
  if (last === undefined) throw new Error(`no aggregate is kept from ${root.aggregate.table}`);
  ctes.push(...upserts.map((upsert, index) => `${stored[index]?.table}_applied AS (${upsert})`));
  return `
    WITH ${ctes.join(',\n    ')}
    ${last};`;
}

/** After deltas that can empty cells (updates, deletes): removes the empty cells of `months`. */
export function removeEmptyCells(
  root: string,
  aggregates: readonly DerivedAggregate[],
  months: string,
  includeRoot: boolean,
): string {
  const tables = [...(includeRoot ? [root] : []), ...treeBelow(root, aggregates).map(({ table }) => table)];
  return tables
    .map(
      (table) => `
    DELETE FROM ${table} t WHERE t.shipment_count = 0 AND t.month IN (${months});`,
    )
    .join('');
}

/** The insert, update and delete triggers of `aggregate` on its source, without the first fill. */
export async function createDerivedTriggers(
  queryRunner: QueryRunner,
  aggregate: DerivedAggregate,
): Promise<void> {
  for (const [operation, body] of Object.entries(triggerBodies(aggregate))) {
    if (operation === 'truncate') continue;
    await createTrigger(queryRunner, aggregate, operation, body);
  }
}

/** Drops what createDerivedTriggers creates. */
export async function dropDerivedTriggers(
  queryRunner: QueryRunner,
  aggregate: DerivedAggregate,
): Promise<void> {
  for (const operation of ['insert', 'update', 'delete']) {
    await queryRunner.query(`DROP TRIGGER "${aggregate.table}_${operation}" ON "${aggregate.source}"`);
    await queryRunner.query(`DROP FUNCTION "${aggregate.table}_after_${operation}"()`);
  }
}
