/**
 * Reads a UTF-8 byte stream line by line as it arrives, holding one chunk and
 * a partial line at a time: a 500 MB file is read without ever building one
 * string (V8 caps a string at about 512 MB). Characters cut across chunks are
 * put back together by TextDecoderStream.
 */

export interface LineReport {
  /** Lines handed to `onLine`. */
  lines: number;
  /** `onLine` asked to stop, or a line was longer than `maxLineLength`. */
  stopped: 'by-caller' | 'line-too-long' | null;
}

export interface LineOptions {
  /** Bytes read so far; called as chunks arrive. */
  onBytes?: (bytesRead: number) => void;
  /** A longer line stops the reading (it cannot be one record per line). */
  maxLineLength?: number;
}

/**
 * Calls `onLine` with each line (without "\n" or "\r\n") and its 1-based
 * number, synchronously within each chunk. `terminated` is false only for a
 * last line that no newline ends (a file cut short ends that way). Returning
 * false stops the read.
 */
export async function forEachLine(
  stream: ReadableStream<Uint8Array<ArrayBuffer>>,
  onLine: (line: string, lineNumber: number, terminated: boolean) => boolean | void,
  options: LineOptions = {},
): Promise<LineReport> {
  const maxLineLength = options.maxLineLength ?? Infinity;
  let bytes = 0;
  const counted = stream.pipeThrough(
    new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
    }),
  );
  const reader = counted.pipeThrough(new TextDecoderStream()).getReader();
  // The start of a line that has not ended yet, in pieces: joining only once its end arrives
  // keeps a long line linear to read.
  let pending: string[] = [];
  let pendingLength = 0;
  let lines = 0;
  const stop = async (why: LineReport['stopped']): Promise<LineReport> => {
    await reader.cancel().catch(() => undefined);
    return { lines, stopped: why };
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      let start = 0;
      let newline = value.indexOf('\n');
      while (newline !== -1) {
        let line = value.slice(start, newline);
        if (pending.length) {
          pending.push(line);
          line = pending.join('');
          pending = [];
          pendingLength = 0;
        }
        if (line.length > maxLineLength) return stop('line-too-long');
        if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
        if (onLine(line, ++lines, true) === false) return stop('by-caller');
        start = newline + 1;
        newline = value.indexOf('\n', start);
      }
      if (start < value.length) {
        pending.push(start ? value.slice(start) : value);
        pendingLength += value.length - start;
        if (pendingLength > maxLineLength) return stop('line-too-long');
      }
      options.onBytes?.(bytes);
    }
  } catch (error) {
    // A failing onLine (or a failing read) must not leave the file locked open.
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  options.onBytes?.(bytes);
  if (pending.length) {
    const line = pending.join('');
    if (onLine(line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line, ++lines, false) === false) return { lines, stopped: 'by-caller' };
  }
  return { lines, stopped: null };
}
