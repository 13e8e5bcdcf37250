/**
 * The benchmark's helper script (bench.js). It exists only in bench builds
 * (RAPPORT_BENCH=1, see wxt.config.ts): `npm run bench` loads it into an
 * extension-origin document and drives it through window.rapportBench.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createBenchApi } from '../../tests/bench/in-page';

export default defineUnlistedScript(() => {
  Object.assign(globalThis, { rapportBench: createBenchApi() });
});
