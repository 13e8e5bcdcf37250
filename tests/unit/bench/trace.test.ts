import { describe, expect, it } from 'vitest';
import { ownScriptOf, type TraceEvent } from '../../bench/trace';

const ID = 'abcdefghijklmnop';
const on = (e: Partial<TraceEvent> & Pick<TraceEvent, 'name' | 'ts'>): TraceEvent => ({ ph: 'X', pid: 1, tid: 7, dur: 0, ...e });

describe("an extension's own script in a trace", () => {
  it("sums its evaluation and its callbacks on the page's main thread, nested events once, nothing of the page's or other threads", () => {
    const events: TraceEvent[] = [
      on({ name: 'EvaluateScript', ts: 1000, dur: 4000, args: { data: { url: `chrome-extension://${ID}/content-scripts/instagram.js` } } }),
      on({ name: 'v8.compile', ts: 1100, dur: 900, args: { data: { url: `chrome-extension://${ID}/content-scripts/instagram.js` } } }),
      on({ name: 'v8.run', ts: 2000, dur: 2900, args: { worldName: 'Rapport' } }),
      on({ name: 'v8.callFunction', ts: 10_000, dur: 600, args: { worldName: 'Rapport' } }),
      on({ name: 'FunctionCall', ts: 10_050, dur: 500, args: { data: { url: `chrome-extension://${ID}/content-scripts/instagram.js` } } }),
      // The page's own script, another world, and the same world on another thread: not ours here.
      on({ name: 'FunctionCall', ts: 20_000, dur: 9000, args: { data: { url: 'https://www.instagram.com/app.js' } } }),
      on({ name: 'v8.callFunction', ts: 30_000, dur: 700, args: { worldName: 'Other extension' } }),
      on({ name: 'v8.callFunction', ts: 40_000, dur: 800, tid: 9, args: { worldName: 'Rapport' } }),
      { name: 'TimerInstall', ph: 'I', ts: 12_000, pid: 1, tid: 7, args: { worldName: 'Rapport' } },
    ];
    expect(ownScriptOf(events, ID, 'Rapport')).toEqual({ evaluateMs: 4, compileMs: 0.9, callbacksMs: 0.6, totalMs: 4.6 });
  });

  it('is null when the extension evaluated no script in the trace', () => {
    expect(ownScriptOf([on({ name: 'EvaluateScript', ts: 1, dur: 5, args: { data: { url: 'https://x.test/a.js' } } })], ID, 'Rapport')).toBeNull();
  });
});
