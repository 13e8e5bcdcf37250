import { describe, expect, it } from 'vitest';
import { SearchHaystack } from '../../../lib/roster/search-haystack';

const row = (id: number, searchText: string) => ({ id, searchText });
/** The plain definition the haystack must agree with. */
const naive = (rows: { id: number; searchText: string }[], terms: string[]) =>
  rows.filter((r) => terms.every((t) => r.searchText.includes(t))).map((r) => r.id);

describe('the search haystack', () => {
  const rows = [row(0, 'luna park\nlunapark\ntravel'), row(1, 'mateo\nmateo_eats\nfood'), row(2, 'ana luna\nana.l'), row(3, ''), row(4, 'nina\nninaaa\nluna')];
  const haystack = new SearchHaystack(rows);

  it("finds each row once, in the rows' order, including the first and the last", () => {
    expect(haystack.matching(['luna']).map((r) => r.id)).toEqual([0, 2, 4]);
    expect(haystack.matching(['a']).map((r) => r.id)).toEqual([0, 1, 2, 4]);
  });

  it('needs every term, whichever is scanned', () => {
    expect(haystack.matching(['luna', 'travel']).map((r) => r.id)).toEqual([0]);
    expect(haystack.matching(['ark', 'l']).map((r) => r.id)).toEqual([0]);
    expect(haystack.matching(['l', 'ana']).map((r) => r.id)).toEqual([2]);
    expect(haystack.matching(['nomatch', 'luna'])).toEqual([]);
  });

  it('never matches across two rows', () => {
    // "travel" ends row 0 and "mateo" starts row 1: no row holds "velmat".
    expect(haystack.matching(['velmat'])).toEqual([]);
    expect(haystack.matching(['l\u0001m'])).toEqual([]);
  });

  it('applies the extra predicate to the rows it finds', () => {
    expect(haystack.matching(['luna'], (r) => r.id !== 2).map((r) => r.id)).toEqual([0, 4]);
    expect(haystack.matching([], (r) => r.id > 2).map((r) => r.id)).toEqual([3, 4]);
  });

  it('agrees with a row-by-row search on a large random roster', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const letters = 'aeilnorst ';
    const big = Array.from({ length: 3000 }, (_, i) =>
      row(i, Array.from({ length: Math.floor(next() * 40) }, () => letters[Math.floor(next() * letters.length)]).join('')),
    );
    const bigHaystack = new SearchHaystack(big);
    for (const terms of [['a'], ['ta'], ['sno'], ['t', 'ol'], ['rest'], ['e', 'a', 'io']]) {
      expect(bigHaystack.matching(terms).map((r) => r.id)).toEqual(naive(big, terms));
    }
  });

  it('handles an empty roster', () => {
    expect(new SearchHaystack([]).matching(['a'])).toEqual([]);
  });
});
