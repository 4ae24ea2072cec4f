import { cpus, totalmem, type } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';
import type { BenchRow } from './bench-types';

const HEADER = [
  'suite',
  'operation',
  'N',
  'p50 ms',
  'p95 ms',
  'rows/s',
  'baseline',
  'ratio',
  'target',
  'met',
  'note',
];

export function toTable(rows: readonly BenchRow[]): string {
  const lines = rows.map((row) => [
    row.suite,
    row.operation,
    typeof row.n === 'number' ? row.n.toLocaleString('en-US') : row.n,
    fixed(row.p50Ms, 1),
    fixed(row.p95Ms, 1),
    row.rowsPerSec === undefined ? '' : Math.round(row.rowsPerSec).toLocaleString('en-US'),
    row.baseline ?? '',
    row.ratio === undefined ? '' : `${row.ratio.toFixed(1)}x`,
    row.target ?? '',
    row.met === undefined ? '' : row.met ? 'yes' : 'NO',
    row.note ?? '',
  ]);
  return [HEADER, HEADER.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export function machineDescription(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${type()} ${process.arch}, ${cpus().length} x ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node.js ${process.version}`;
}

/** Replaces (or appends) the section of BENCHMARKS.md that belongs to the given suites. */
export async function writeBenchmarksFile(
  path: string,
  rows: readonly BenchRow[],
  suites: readonly string[],
): Promise<void> {
  const existing = await readFile(path, 'utf8').catch(
    () =>
      '# Benchmarks\n\nWritten by `npm run bench`; every ratio compares with a baseline measured in the same run.\n',
  );
  let text = existing;
  for (const suite of suites) {
    const start = `<!-- bench:${suite}:start -->`;
    const end = `<!-- bench:${suite}:end -->`;
    const section = [
      start,
      `## ${suite}`,
      '',
      `Measured ${new Date().toISOString()} on ${machineDescription()}.`,
      '',
      toTable(rows.filter((row) => row.suite === suite)),
      end,
    ].join('\n');
    const pattern = new RegExp(`${escape(start)}[\\s\\S]*?${escape(end)}`);
    text = pattern.test(text) ? text.replace(pattern, section) : `${text.trimEnd()}\n\n${section}\n`;
  }
  await writeFile(path, text.endsWith('\n') ? text : `${text}\n`);
}

function fixed(value: number | undefined, digits: number): string {
  return value === undefined || Number.isNaN(value) ? '' : value.toFixed(digits);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
