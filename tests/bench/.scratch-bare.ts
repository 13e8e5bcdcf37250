process.env.RAPPORT_OUT_DIR = '.output-bench';
const { launchRapport } = await import('../e2e/harness/launch');
const { openBenchPage } = await import('./session');
const { fullSpec } = await import('./generator');
const r = await launchRapport();
const bench = await openBenchPage(r);
const spec = { ...fullSpec(Date.now()), interactions: 0, collaborations: 0, due: 0 };
let t = Date.now();
const seeded = await bench.callLong('seed', spec);
console.log('seed creators+accounts only', seeded.totalMs, seeded.generateMs, seeded.counts);
await bench.callLong('snapshot', ['creators', 'accounts']);
for (let i = 0; i < 2; i++) {
  await bench.call('clear');
  console.log('bare (bench page in front)', await bench.callLong('writeSnapshot'));
}
const other = await r.newPage();
await other.goto(r.extensionUrl('sidepanel.html'));
await bench.call('clear');
console.log('bare (bench page in background, panel open)', await bench.callLong('writeSnapshot'));
await other.close();
await bench.call('clear');
console.log('bare (bench page, panel closed)', await bench.callLong('writeSnapshot'));
await r.close();
