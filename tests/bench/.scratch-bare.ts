process.env.RAPPORT_OUT_DIR = '.output-bench';
const { buildBoth } = await import('./build');
buildBoth();
const { launchRapport } = await import('../e2e/harness/launch');
const { openBenchPage } = await import('./session');
const { fullSpec } = await import('./generator');
const r = await launchRapport();
const bench = await openBenchPage(r);
const spec = { ...fullSpec(Date.now()), creators: 50_000, interactions: 0, collaborations: 0, due: 0 };
const seeded = await bench.callLong('seed', spec);
console.log('seed', seeded.totalMs, seeded.counts);
await bench.callLong('snapshot', ['creators', 'accounts']);
for (const opts of [{}, { shuffle: true }, { chunk: 5000 }, { shuffle: true, chunk: 5000 }, {}, { shuffle: true }]) {
  await bench.call('clear');
  console.log(JSON.stringify(opts), Math.round(await bench.callLong('writeSnapshot', opts)));
}
await r.close();
