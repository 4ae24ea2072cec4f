import type { BenchSuite } from '../support/bench-types';
import { analyticsSuite } from './analytics.bench';
import { csvSuite } from './csv.bench';
import { loadSuite } from './load.bench';
import { webSuite } from './web.bench';

/** Every suite, in the order they run. Each issue's benchmarks add their suite here. */
export const SUITES: BenchSuite[] = [analyticsSuite, loadSuite, webSuite, csvSuite];
