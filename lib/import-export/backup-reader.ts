/**
 * Restoring a backup file of any size: the file is read as a stream, line by
 * line, in the layout backupParts writes (one record per line, see
 * backup-file.ts), and each record is parsed with JSON.parse and validated as
 * it arrives. A file in another JSON layout (pretty-printed by hand, say) is
 * parsed whole instead, when it is small enough for that.
 */
import * as z from 'zod';
import type { RecordStore } from '../db/repositories/backup';
import { BackupCollector } from './backup-check';
import { parseBackup, parseBackupJson, parseJsonText } from './backup-file';
import { BACKUP_FORMAT, BACKUP_STORES, BACKUP_VERSION, BackupHeaderSchema, newerVersionProblem, type BackupParse, type BackupProblem } from './backup-format';
import { forEachLine } from './text-lines';

/** What the reader needs of a File (a Blob will do). */
export interface BackupSource {
  readonly size: number;
  stream(): ReadableStream<Uint8Array<ArrayBuffer>>;
  text(): Promise<string>;
}

/**
 * Files up to this size that are not in the line layout are parsed whole; the
 * text then exists twice (string and objects), so this stays far below V8's
 * string cap.
 */
export const WHOLE_FILE_LIMIT = 64 * 1024 * 1024;
/** No line of the layout is anywhere near this long (records are bounded by their schemas). */
const MAX_LINE_LENGTH = 32 * 1024 * 1024;

export interface ReadBackupOptions {
  /** Bytes read so far, of `total` (the file size). */
  onProgress?: (done: number, total: number) => void;
  wholeFileLimit?: number;
}

const STORE_NAMES: ReadonlySet<string> = new Set(BACKUP_STORES);
const STORE_LINE = /^("(?:[^"\\]|\\.)*"):\[(\]?)(,?)$/;

type Phase = 'header' | 'settings' | 'data' | 'store' | 'records' | 'last-store-closed' | 'end';

/**
 * The line layout as a state machine over lines. `verdict` says what was
 * found: the layout (read to the end, or damaged on the way), a refusal (a
 * newer format, a damaged header), or a file that is not in the layout at all.
 */
class LineLayout {
  phase: Phase = 'header';
  verdict: 'layout' | 'not-layout' | 'refused' = 'layout';
  /** Something a different JSON layout could explain: worth parsing the file whole when it is small. */
  damaged = false;
  refusal: BackupProblem | null = null;
  exportedAt: string | undefined;
  readonly collector = new BackupCollector();
  private store: RecordStore | null = null;
  private storeName = '';
  private recordsInStore = 0;
  private lastHadComma = false;
  private readonly storesSeen = new Set<string>();

  /** Handles one line; false stops the reading. */
  line(text: string, n: number, terminated: boolean): boolean {
    switch (this.phase) {
      case 'header':
        return this.header(text);
      case 'settings': {
        const value = text.startsWith('"settings":') && text.endsWith(',') ? parseOr(text.slice(11, -1)) : NOT_JSON;
        if (value === NOT_JSON) return this.broken(n, 'expected the settings');
        this.collector.settings(value);
        this.phase = 'data';
        return true;
      }
      case 'data':
        if (text !== '"data":{') return this.broken(n, 'expected the start of the data');
        this.phase = 'store';
        return true;
      case 'store':
        // A last line with no newline that is not a whole store line was cut in half: truncation() reports it.
        if (!terminated && text !== '}}' && !STORE_LINE.test(text)) return false;
        return this.storeStart(text, n);
      case 'records':
        return this.recordLine(text, n, terminated);
      case 'last-store-closed':
        if (text !== '}}') return this.broken(n, 'expected the end of the data');
        this.phase = 'end';
        return true;
      case 'end':
        return text.trim() === '' || this.broken(n, 'unexpected text after the end of the backup');
    }
  }

  /** The problem when the file ends before the layout does (null when it is complete). */
  truncation(): BackupProblem | null {
    if (this.phase === 'end') return null;
    const where =
      this.phase === 'records'
        ? `in the middle of the ${this.storeName} (after ${this.recordsInStore.toLocaleString('en-US')} of them)`
        : this.storeName
          ? `after the ${this.storeName}, before the end of its data`
          : 'before its records';
    return { where: 'file', message: `This backup file is incomplete: it ends ${where}. It was probably cut short while being saved or copied.` };
  }

  /** A line too long to be anything of the layout. */
  tooLong(n: number): void {
    if (this.phase === 'header') this.verdict = 'not-layout';
    else this.broken(n, 'a line far too long to be one record');
  }

  private header(text: string): boolean {
    // The header is the envelope's first fields, ending in a comma: close it to parse it.
    const json = text.startsWith('{') && text.endsWith(',') ? parseOr(`${text.slice(0, -1)}}`) : NOT_JSON;
    if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
      this.verdict = 'not-layout';
      return false;
    }
    const header = BackupHeaderSchema.safeParse(json);
    if (!header.success) return this.refuse({ where: 'file', message: `Damaged backup: ${z.prettifyError(header.error).slice(0, 300)}` });
    if (header.data.version > BACKUP_VERSION) return this.refuse(newerVersionProblem(header.data.version));
    this.exportedAt = header.data.exportedAt;
    this.phase = 'settings';
    return true;
  }

  private storeStart(text: string, n: number): boolean {
    if (text === '}}') {
      this.phase = 'end';
      return true;
    }
    const match = STORE_LINE.exec(text);
    const name = match ? parseOr(match[1] as string) : NOT_JSON;
    if (!match || typeof name !== 'string' || this.storesSeen.has(name)) return this.broken(n, 'expected a list of records');
    this.storesSeen.add(name);
    this.storeName = name;
    // Lists the format does not know are skipped, as a whole-file parse ignores them.
    this.store = STORE_NAMES.has(name) ? (name as RecordStore) : null;
    this.recordsInStore = 0;
    this.lastHadComma = false;
    if (match[2]) this.phase = match[3] ? 'store' : 'last-store-closed';
    else this.phase = 'records';
    return true;
  }

  private recordLine(text: string, n: number, terminated: boolean): boolean {
    if (text === ']' || text === '],') {
      if (this.lastHadComma) return this.broken(n, 'a comma before the end of a list');
      this.phase = text === ']' ? 'last-store-closed' : 'store';
      return true;
    }
    // A last line with no newline is a record cut in half: truncation() reports it.
    if (!terminated) return false;
    if (this.recordsInStore > 0 && !this.lastHadComma) return this.broken(n, 'a missing comma between records');
    this.lastHadComma = text.endsWith(',');
    this.recordsInStore++;
    if (this.store === null) return true;
    try {
      this.collector.record(this.store, JSON.parse(this.lastHadComma ? text.slice(0, -1) : text));
    } catch (error) {
      // Not JSON on its own: damaged, or a record spread over several lines by hand.
      this.damaged = true;
      this.collector.unreadableRecord(this.store, `line ${n} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    return true;
  }

  private broken(n: number, expected: string): boolean {
    this.damaged = true;
    this.collector.fileProblem({ where: 'file', message: `Line ${n.toLocaleString('en-US')} does not fit the backup layout: ${expected}.` });
    // Past a break in the layout nothing can be trusted to line up.
    this.phase = 'end';
    return false;
  }

  private refuse(problem: BackupProblem): boolean {
    this.verdict = 'refused';
    this.refusal = problem;
    return false;
  }
}

const NOT_JSON = Symbol('not JSON');

function parseOr(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

/**
 * Reads and validates a backup file, reporting bytes read as it goes. The
 * outcome is the validated data, or the problems (the first 20 listed) that
 * make the whole restore refuse.
 */
export async function readBackupFile(source: BackupSource, options: ReadBackupOptions = {}): Promise<BackupParse> {
  const total = source.size;
  const limit = options.wholeFileLimit ?? WHOLE_FILE_LIMIT;
  // About 200 progress reports whatever the size: each one re-renders the panel.
  const step = Math.max(1, Math.floor(total / 200));
  let reported = -step;
  const onBytes = (bytes: number) => {
    if (bytes - reported >= step || bytes === total) {
      reported = bytes;
      options.onProgress?.(bytes, total);
    }
  };

  const layout = new LineLayout();
  const report = await forEachLine(source.stream(), (text, n, terminated) => layout.line(text, n, terminated), { onBytes, maxLineLength: MAX_LINE_LENGTH });
  if (report.stopped === 'line-too-long') layout.tooLong(report.lines + 1);
  // An empty file never reached the header.
  if (layout.phase === 'header' && layout.verdict === 'layout') layout.verdict = 'not-layout';

  if (layout.verdict === 'refused' && layout.refusal) return { ok: false, problems: [layout.refusal] };
  if (layout.verdict === 'layout') {
    const truncated = layout.truncation();
    if (truncated) layout.collector.fileProblem(truncated);
    const outcome = layout.collector.finish(layout.exportedAt);
    if (outcome.ok || !(layout.damaged || truncated || report.stopped)) return outcome;
    // Damaged as lines; valid JSON in another layout still restores when it can be parsed whole.
    if (total > limit) return outcome;
    const whole = await wholeFile(source, options);
    return whole ?? outcome;
  }
  if (total > limit) {
    return {
      ok: false,
      problems: [
        {
          where: 'file',
          message:
            `This file is not a Rapport backup in the layout Rapport writes (one record per line), and at ${megabytes(total)} it is ` +
            `too large to read as a whole (up to ${megabytes(limit)}). If it is a backup that was edited, export a new one from Rapport.`,
        },
      ],
    };
  }
  const text = await source.text();
  options.onProgress?.(total, total);
  return parseBackup(text);
}

/** The file parsed whole, or null when it is not JSON at all. */
async function wholeFile(source: BackupSource, options: ReadBackupOptions): Promise<BackupParse | null> {
  const text = await source.text();
  options.onProgress?.(source.size, source.size);
  const json = parseJsonText(text);
  return json.ok ? parseBackupJson(json.json) : null;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024)).toLocaleString('en-US')} MB`;
}
