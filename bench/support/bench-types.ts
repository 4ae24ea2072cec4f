/** One line of the benchmark table. */
export interface BenchRow {
  suite: string;
  operation: string;
  /** Data size the operation ran against (rows, shipments, requests...). */
  n: number | string;
  p50Ms?: number;
  p95Ms?: number;
  rowsPerSec?: number;
  /** Name of the baseline this row is compared with (measured in the same run). */
  baseline?: string;
  /** How many times better than the baseline (e.g. speed-up); > 1 is better. */
  ratio?: number;
  /** The target from the issue, in words, and whether it was met. */
  target?: string;
  met?: boolean;
  note?: string;
}

export interface BenchSuite {
  name: string;
  description: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}

export interface BenchContext {
  /** Smaller sizes for a quick check: `npm run bench -- --quick`. */
  quick: boolean;
  /**
   * The analytics suite also at 10M shipments (`npm run bench -- analytics --ten-million`): about 25
   * minutes more on 2 cores, most of it loading, and about 16 GB of disk.
   */
  tenMillion: boolean;
  log(message: string): void;
}
