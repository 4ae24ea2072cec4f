import { join } from 'node:path';
import type { BenchRow, BenchSuite } from './support/bench-types';
import { machineDescription, toTable, writeBenchmarksFile } from './support/report';
import { SUITES } from './suites';

/**
 * `npm run bench [-- suite ...] [-- --quick | --ten-million]`: runs the benchmark suites, prints one
 * table and writes each suite's section of BENCHMARKS.md.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const tenMillion = args.includes('--ten-million');
  const wanted = args.filter((arg) => !arg.startsWith('--'));
  const unknown = wanted.filter((name) => !SUITES.some((suite) => suite.name === name));
  if (unknown.length)
    throw new Error(`unknown suite(s) ${unknown.join(', ')}; known: ${SUITES.map((s) => s.name).join(', ')}`);
  const suites: BenchSuite[] = wanted.length ? SUITES.filter((suite) => wanted.includes(suite.name)) : SUITES;
  const variant = quick ? ' (quick)' : tenMillion ? ' (analytics to 10M shipments)' : '';
  console.log(`tradeflow bench on ${machineDescription()}${variant}`);
  const rows: BenchRow[] = [];
  for (const suite of suites) {
    console.log(`\n# ${suite.name}: ${suite.description}`);
    const started = Date.now();
    const suiteRows = await suite.run({
      quick,
      tenMillion,
      log: (message) => console.log(`  ${message}`),
    });
    rows.push(...suiteRows);
    console.log(toTable(suiteRows));
    console.log(`  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  console.log(`\n${toTable(rows)}`);
  if (!quick)
    await writeBenchmarksFile(
      join(__dirname, '..', 'BENCHMARKS.md'),
      rows,
      suites.map((suite) => suite.name),
    );
  const missed = rows.filter((row) => row.met === false);
  if (missed.length)
    console.log(`\ntargets missed: ${missed.map((row) => `${row.suite}/${row.operation}`).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
