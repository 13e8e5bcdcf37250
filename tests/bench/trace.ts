/**
 * Reading a Chromium trace for the benchmark: how much of the page's main thread
 * went to an extension's own script, whatever the page itself was doing.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: unknown;
}

export interface OwnScript {
  /** The content script's EvaluateScript (compile and first run, including what that run does synchronously). */
  evaluateMs: number;
  compileMs: number;
  /** Its later callbacks: event, timer, message and port listeners. */
  callbacksMs: number;
  totalMs: number;
}

/**
 * The extension's own events on the page's main thread in one trace: its content
 * script's EvaluateScript, then every event that names its world or its files;
 * nested events are counted once, in the outermost.
 */
export function ownScriptOf(events: readonly TraceEvent[], extensionId: string, worldName: string): OwnScript | null {
  const origin = `chrome-extension://${extensionId}/`;
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const site = complete.find((e) => e.name === 'EvaluateScript' && JSON.stringify(e.args ?? {}).includes(origin));
  if (!site) return null;
  const world = `"worldName":${JSON.stringify(worldName)}`;
  const mine = complete
    .filter((e) => e.pid === site.pid && e.tid === site.tid)
    .filter((e) => {
      const args = JSON.stringify(e.args ?? {});
      return args.includes(origin) || args.includes(world);
    })
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: OwnScript = { evaluateMs: 0, compileMs: 0, callbacksMs: 0, totalMs: 0 };
  let end = -1;
  for (const e of mine) {
    const ms = (e.dur ?? 0) / 1000;
    if (e.name === 'v8.compile' && e.ts >= site.ts && e.ts < site.ts + (site.dur ?? 0)) out.compileMs += ms;
    if (e.ts < end) continue;
    end = e.ts + (e.dur ?? 0);
    if (e === site) out.evaluateMs += ms;
    else out.callbacksMs += ms;
  }
  out.totalMs = out.evaluateMs + out.callbacksMs;
  return out;
}

