/**
 * `npm run bench`: builds the production extension, measures everything in
 * headless Chromium, prints a table and writes bench/results.json.
 * Exits 0 even when budgets are missed (a benchmark, not a test); non-zero when
 * the benchmark itself fails.
 */
import { BENCH_OUT_DIR } from './build';

// The e2e harness reads the build folder when it is first imported: point it at the bench build.
process.env.RAPPORT_OUT_DIR = BENCH_OUT_DIR;
const { main } = await import('./main');
try {
  process.exitCode = await main();
} catch (error) {
  console.error(error);
  process.exitCode = 2;
}
