import { describe, expect, it } from 'vitest';
import { forEachLine } from '../../../lib/import-export/text-lines';

function streamOf(bytes: Uint8Array, chunk: number): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += chunk) controller.enqueue(bytes.slice(at, at + chunk));
      controller.close();
    },
  });
}

async function linesOf(text: string, chunk: number, maxLineLength?: number) {
  const lines: [string, number, boolean][] = [];
  const bytes: number[] = [];
  const report = await forEachLine(streamOf(new TextEncoder().encode(text), chunk), (line, n, terminated) => void lines.push([line, n, terminated]), {
    onBytes: (b) => bytes.push(b),
    ...(maxLineLength === undefined ? {} : { maxLineLength }),
  });
  return { lines, bytes, report };
}

describe('forEachLine', () => {
  it('splits lines across any chunk boundary, multi-byte characters included', async () => {
    const text = 'é🌍 first\r\nsecond 東京\n\nlast without newline 👋🏽';
    const expected = text.split(/\r?\n/);
    for (const chunk of [1, 2, 3, 4, 5, 1000]) {
      const { lines, bytes, report } = await linesOf(text, chunk);
      expect(
        lines.map(([l]) => l),
        `chunk ${chunk}`,
      ).toEqual(expected);
      expect(lines.map(([, n]) => n)).toEqual([1, 2, 3, 4]);
      expect(lines.map(([, , t]) => t)).toEqual([true, true, true, false]);
      expect(report).toEqual({ lines: 4, stopped: null });
      expect(bytes.at(-1)).toBe(new TextEncoder().encode(text).length);
    }
  });

  it('stops when asked, and on a line longer than the limit (even one still arriving)', async () => {
    const stopped = await forEachLine(streamOf(new TextEncoder().encode('a\nb\nc\n'), 1), (line) => line !== 'b');
    expect(stopped).toEqual({ lines: 2, stopped: 'by-caller' });
    const long = await linesOf(`short\n${'x'.repeat(100)}\nafter\n`, 7, 50);
    expect(long.lines.map(([l]) => l)).toEqual(['short']);
    expect(long.report).toEqual({ lines: 1, stopped: 'line-too-long' });
    const unterminated = await linesOf(`short\n${'x'.repeat(100)}`, 1000, 50);
    expect(unterminated.report.stopped).toBe('line-too-long');
  });
});
