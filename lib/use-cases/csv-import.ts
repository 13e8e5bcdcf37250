/**
 * Importing creators from a CSV file, as a session the review dialog drives:
 * open the file, map columns to fields (and choose which other columns to keep
 * as custom fields), review the outcome of every row against the roster, then
 * commit in one all-or-nothing transaction. Nothing is written before commit.
 */
import { findExistingAccounts, getSettings, importCreators, type ProgressListener } from '../db';
import {
  MAX_IMPORT_ROWS,
  accountKeysOf,
  buildImportBatch,
  checkRows,
  customFieldNames,
  guessCustomColumns,
  guessMapping,
  mappingProblems,
  parseCsv,
  reviewImport,
  unmappedColumns,
  type ColumnMapping,
  type CustomColumns,
  type DuplicateMode,
  type ImportReport,
  type ParsedCsv,
  type RowCheck,
} from '../import-export/csv-import';
import { recountFromPage, type DueRecount } from './due-recount';

export interface CsvImportSession {
  fileName: string;
  parsed: ParsedCsv;
  /** The custom field name each column would get. */
  fieldNames: string[];
}

/** Reads the file's text: an empty or oversized file gives a clear problem instead of a session. */
export function openCsvImport(fileName: string, text: string): { ok: true; session: CsvImportSession } | { ok: false; error: string } {
  // Read as UTF-8, a UTF-16 file (a common "Unicode text" export) or a binary file is full of NULs.
  if (text.includes('\u0000'))
    return { ok: false, error: 'This file is not UTF-8 text (it looks like UTF-16 or a binary file). Save it as "CSV UTF-8" and import it again.' };
  const parsed = parseCsv(text);
  if (parsed.rows.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      error: `This file has ${parsed.rows.length.toLocaleString()} rows; split it into files of at most ${MAX_IMPORT_ROWS.toLocaleString()}.`,
    };
  }
  if (parsed.headers.length === 0) return { ok: false, error: 'This file is empty.' };
  return { ok: true, session: { fileName, parsed, fieldNames: customFieldNames(parsed.headers) } };
}

export interface ColumnPlan {
  mapping: ColumnMapping;
  /** Columns kept as custom fields (never one that feeds a field). */
  custom: CustomColumns;
}

/** The mapping guessed from the headers, with the export's "custom:" columns kept. */
export function initialColumnPlan(session: CsvImportSession): ColumnPlan {
  const mapping = guessMapping(session.parsed.headers);
  return { mapping, custom: guessCustomColumns(session.parsed.headers, mapping) };
}

/** What the plan leaves out and whether it can import at all. */
export function describePlan(session: CsvImportSession, plan: ColumnPlan): { problems: string[]; custom: number[]; notImported: number[] } {
  const custom = plan.custom.filter((i) => !Object.values(plan.mapping).includes(i));
  return { problems: mappingProblems(plan.mapping), custom, notImported: unmappedColumns(session.parsed.headers, plan.mapping, custom) };
}

/** Every row checked against the plan (once per plan: the roster lookup and the review share it). */
export function checkPlan(session: CsvImportSession, plan: ColumnPlan): RowCheck[] | null {
  const { problems, custom } = describePlan(session, plan);
  return problems.length ? null : checkRows(session.parsed, plan.mapping, custom);
}

/** Which rows are already on the roster, by platform and handle. */
export function findRowsOnRoster(checks: readonly RowCheck[]): Promise<Map<string, { creatorId: string }>> {
  return findExistingAccounts(accountKeysOf(checks));
}

export function reviewRows(checks: readonly RowCheck[], onRoster: ReadonlyMap<string, { creatorId: string }>, mode: DuplicateMode): ImportReport {
  return reviewImport(checks, onRoster, mode);
}

/** Writes the reviewed rows in one transaction; a failure leaves the roster exactly as it was. */
export async function commitCsvImport(
  report: ImportReport,
  options: { onProgress?: ProgressListener } = {},
  recount: DueRecount = recountFromPage,
): Promise<{ created: number; updated: number; skipped: number }> {
  const batch = buildImportBatch(report, await getSettings(), Date.now());
  const result = await importCreators(batch, options);
  await recount();
  return { ...result, skipped: report.counts.invalid + report.counts.duplicate + report.counts.exists };
}
