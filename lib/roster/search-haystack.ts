/**
 * Substring search over many rows at once. The rows' search texts are joined
 * into one string, so a term is found by native indexOf passes over that one
 * string instead of an includes call on each of 100,000 small strings: measured
 * 1-4 ms against 12-40 ms for a full pass at 100,000 rows (the per-call cost, not
 * the comparing, dominated the old way).
 */

/** Between rows in the joined text. A term without it can never match across two rows. */
const ROW_SEPARATOR = '\u0001';

export interface Searchable {
  /** Lower-cased text that search terms are matched against. */
  searchText: string;
}

export class SearchHaystack<T extends Searchable> {
  private readonly text: string;
  /** starts[i] is where row i's text begins; starts[rows.length] is one past the end. */
  private readonly starts: Int32Array;

  constructor(readonly rows: readonly T[]) {
    this.starts = new Int32Array(rows.length + 1);
    let at = 0;
    for (let i = 0; i < rows.length; i++) {
      this.starts[i] = at;
      at += (rows[i] as T).searchText.length + ROW_SEPARATOR.length;
    }
    this.starts[rows.length] = at;
    this.text = rows.map((r) => r.searchText).join(ROW_SEPARATOR);
  }

  /**
   * The rows whose text contains every term (already lower-cased) and that
   * `keep` accepts, in the haystack's order.
   */
  matching(terms: readonly string[], keep: (row: T) => boolean = () => true): T[] {
    if (terms.length === 0) return this.rows.filter(keep);
    // Scan for the longest term (usually the rarest); check the others on the few rows it finds.
    const [scanned, ...others] = [...terms].sort((a, b) => b.length - a.length) as [string, ...string[]];
    const acceptable = (row: T) => others.every((t) => row.searchText.includes(t)) && keep(row);
    if (scanned.includes(ROW_SEPARATOR)) return this.rows.filter((row) => row.searchText.includes(scanned) && acceptable(row));

    const out: T[] = [];
    const { text, starts, rows } = this;
    let row = 0;
    let from = 0;
    for (;;) {
      const at = text.indexOf(scanned, from);
      if (at < 0) break;
      while ((starts[row + 1] as number) <= at) row++;
      const hit = rows[row] as T;
      if (acceptable(hit)) out.push(hit);
      // One hit per row: go on from the next row's start.
      row++;
      if (row >= rows.length) break;
      from = starts[row] as number;
    }
    return out;
  }
}
