import type { BenchSuite } from '../support/bench-types';
import { loadSuite } from './load.bench';

/** Every suite, in the order they run. Each issue's benchmarks add their suite here. */
export const SUITES: BenchSuite[] = [loadSuite];
