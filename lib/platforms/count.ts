/**
 * Locale-aware parsing of follower/subscriber counts as sites print them:
 * "2,362", "783.4K", "4,69 M de suscriptores", "1,2 Mio.", "1.2万", "12,34,567".
 * See "Counts: abbreviations and localisation" in social-profile-pages.md.
 *
 * Rules: a suffix means the number is rounded (exact: false) and its single
 * separator is a decimal; without a suffix a separator followed by exactly
 * three digits is grouping (so de "12.345" is 12345, en-IN "12,34,567" works).
 * Suffixes whose meaning depends on the language (tr "B" = thousand, id "M" =
 * billion) follow `locale`; without one they take their English meaning.
 */

export interface ParsedCount {
  value: number;
  /** False when the text was abbreviated ("1.2M"). */
  exact: boolean;
}

// Bidi isolates/marks that YouTube and others wrap around counts.
const INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
// A space only groups when exactly three digits follow (fr/ru "1 234 567"),
// so "12,3 k" stops before the space.
const NUM = /\d+(?:(?:[.,'\u2019]|\s(?=\d{3}(?!\d)))\d+)*/;
const NUM_G = new RegExp(NUM.source, 'g');
// Unicode letter classes are costly to set up (the browser builds them when the pattern is
// first created, then compiles them on first use: tenths of a millisecond each in a fresh
// page, where the content script parses once), so they are created only when needed, and
// ASCII patterns with the same meaning answer the common case.
let unicodeWord: RegExp | undefined;
let unicodeLetters: RegExp | undefined;
// The word right after the number: letters, combining marks, Devanagari "॰".
const word = () => (unicodeWord ??= /^\s?([\p{L}\p{M}\u0970]+)\.?/u);
const WORD_ASCII = /^\s?([A-Za-z]+)\.?/;
const letters = () => (unicodeLetters ??= /^[\p{L}\p{M}]*/u);
const LETTERS_ASCII = /^[A-Za-z]*/;
const NON_ASCII = /[^\u0000-\u007f]/;

/** True when the character at `i` (if any) could extend an ASCII letter run under the Unicode pattern. */
const nonAsciiAt = (s: string, i: number) => s.charCodeAt(i) > 0x7f;

/** word().exec(s), trying the ASCII pattern first: only a non-ASCII character where it stops can change the result. */
function wordAt(s: string): RegExpExecArray | null {
  const m = WORD_ASCII.exec(s);
  if (m) return nonAsciiAt(s, m[0].indexOf(m[1] ?? '') + (m[1]?.length ?? 0)) ? word().exec(s) : m;
  return nonAsciiAt(s, 0) || nonAsciiAt(s, 1) ? word().exec(s) : null;
}

/** Length of the run of letters and marks at the start of `s`, ASCII first. */
function lettersAt(s: string): number {
  const n = LETTERS_ASCII.exec(s)?.[0].length ?? 0;
  return nonAsciiAt(s, n) ? (letters().exec(s)?.[0].length ?? 0) : n;
}

const E3 = 1e3;
const E6 = 1e6;
const E9 = 1e9;
// Keys are lower-case, without the trailing dot ("Mio." -> "mio").
const SUFFIXES: Record<string, number> = {
  k: E3,
  m: E6,
  b: E9,
  bn: E9, // en, en-GB
  mil: E3,
  mi: E6,
  bi: E9, // es/pt ("mil" = thousand)
  mio: E6,
  mrd: E9,
  tsd: E3, // de
  md: E9, // fr, sv
  mln: E6,
  mld: E9, // it, nl, pl
  tys: E3, // pl
  mn: E6,
  mr: E9, // tr ("Mn", "Mr"), sv "mn"
  tn: E3, // sv
  rb: E3,
  jt: E6, // id
  тыс: E3,
  млн: E6,
  млрд: E9, // ru
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  लाख: 1e5,
  करोड़: 1e7,
  'क॰': 1e7,
  हज़ार: E3, // hi, en-IN
  ألف: E3,
  مليون: E6, // ar
  thousand: E3,
  million: E6,
  millions: E6,
  millones: E6,
  millón: E6,
  billion: E9, // aria labels
};
// CJK units attach to the following word ("1.2万人"), so only the first character counts.
const CJK: Record<string, number> = { 千: E3, 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8, 천: E3, 만: 1e4, 억: 1e8 };
// Where a letter means something else than in English.
const BY_LOCALE: Record<string, Record<string, number>> = {
  tr: { b: E3 }, // bin
  id: { m: E9 }, // miliar
  ms: { j: E6, b: E9 }, // juta, bilion
  vi: { n: E3, tr: E6, t: E9 }, // nghìn, triệu, tỷ
};

// Compare suffixes in one Unicode form (Hindi nukta, "millón").
const nfd = (s: string) => s.normalize('NFD').toLowerCase();
// Built on first use, not when the script loads: normalising every key was the costliest part
// of loading this file in a fresh page. ASCII words, the common case, need no normalising at
// all (NFD leaves ASCII as it is), so they get a table of their own.
let asciiTable: Map<string, number> | undefined;
let table: Map<string, number> | undefined;
/** The multiplier for a suffix key (lower-cased, NFD unless ASCII). */
function suffixValue(key: string, ascii: boolean): number | undefined {
  if (ascii) return (asciiTable ??= new Map(Object.entries(SUFFIXES).filter(([k]) => !NON_ASCII.test(k)))).get(key);
  return (table ??= new Map(Object.entries(SUFFIXES).map(([k, v]) => [nfd(k), v]))).get(key);
}

/** Strips invisible marks, maps Arabic-Indic digits, collapses all spaces (U+00A0, U+202F…) to " ". */
export function cleanNumberText(text: string): string {
  // Invisible marks and Arabic digits are all outside ASCII.
  if (!NON_ASCII.test(text)) return text.replace(/\s+/g, ' ').trim();
  return text
    .replace(INVISIBLE, '')
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',')
    .replace(/\s+/g, ' ')
    .trim();
}

function multiplier(word: string, lang: string): number | undefined {
  const ascii = !NON_ASCII.test(word);
  const key = ascii ? word.toLowerCase() : nfd(word);
  return BY_LOCALE[lang]?.[key] ?? suffixValue(key, ascii) ?? CJK[word.charAt(0)];
}

/** Turns the digits and separators of one count into a number, or null if it is not a whole count. */
function toNumber(num: string, approx: boolean): number | null {
  const seps = num.match(/[^\d]/g) ?? [];
  if (!seps.length) return Number(num);
  const last = num.search(/[^\d][\d]*$/);
  const lastSep = num.charAt(last);
  const tail = num.slice(last + 1);
  // Two kinds of separator ("1.234,5"): the last one is the decimal.
  const mixed = seps.some((s) => s !== lastSep) && (lastSep === '.' || lastSep === ',');
  const decimal = mixed || (approx && seps.length === 1 && (lastSep === '.' || lastSep === ','));
  if (decimal) return Number(num.slice(0, last).replace(/\D/g, '') + '.' + tail);
  // Grouping only: every group after a separator has three digits, except en-IN lakh
  // grouping where inner groups have two ("12,34,567").
  const groups = num.split(/[^\d]/).slice(1);
  const ok = groups.every((g) => g.length === 3) || (groups[groups.length - 1]?.length === 3 && groups.slice(0, -1).every((g) => g.length === 2));
  return ok ? Number(num.replace(/\D/g, '')) : null;
}

/**
 * Parses the first count in `text`. `locale` is the page language (`<html lang>`),
 * used for suffixes that change meaning. Returns null when there is no number,
 * or when an unabbreviated number has decimals (not a count).
 */
export function parseCount(text: string, locale?: string): ParsedCount | null {
  const t = cleanNumberText(text);
  const m = NUM.exec(t);
  if (!m) return null;
  const lang = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const word = wordAt(t.slice(m.index + m[0].length));
  const mult = word?.[1] ? multiplier(word[1], lang) : undefined;
  const n = toNumber(m[0], mult !== undefined);
  if (n === null || !Number.isFinite(n)) return null;
  return mult === undefined ? { value: n, exact: true } : { value: Math.round(n * mult), exact: false };
}

/** Words that name followers/subscribers in the languages the sites use. */
export const FOLLOWER_WORDS =
  /follower|subscriber|abonn|seguidor|suscriptor|inscrit|iscritt|volger|obserwuj|подписчик|takipçi|pengikut|フォロワー|登録者|粉丝|粉絲|팔로워|구독자/i;
// Its ASCII alternatives, in the same order: all that can match ASCII text (without the u flag,
// case folding never maps a non-ASCII character to an ASCII one), and quicker to compile.
const FOLLOWER_WORDS_ASCII = /follower|subscriber|abonn|seguidor|suscriptor|inscrit|iscritt|volger|obserwuj|pengikut/i;

export interface CountInText extends ParsedCount {
  /** The count with its word, e.g. "2,362 Followers" or "4,69 M de suscriptores". */
  raw: string;
}

/**
 * Pulls the follower count out of a sentence such as
 * "2,362 Followers, 136 Following, 224 Posts" or "… | 2.0m suscriptores | …":
 * the number written just before the follower word (or just after it, as in
 * "팔로워 1.2만"). Pass another `word` pattern to pick a different count.
 */
export function countInText(text: string, locale?: string, word: RegExp = FOLLOWER_WORDS): CountInText | null {
  const t = cleanNumberText(text);
  const w = (word === FOLLOWER_WORDS && !NON_ASCII.test(t) ? FOLLOWER_WORDS_ASCII : word).exec(t);
  if (!w) return null;
  const wordEnd = w.index + w[0].length + lettersAt(t.slice(w.index + w[0].length));
  // Last number before the word, if only a suffix/short filler ("M de ") sits between.
  let start = -1;
  let end = -1;
  NUM_G.lastIndex = 0;
  for (let m = NUM_G.exec(t); m && m.index < w.index; m = NUM_G.exec(t)) {
    start = m.index;
    end = m.index + m[0].length;
  }
  if (start >= 0 && w.index - end <= 12) {
    const c = parseCount(t.slice(start, w.index), locale);
    if (c) return { ...c, raw: t.slice(start, wordEnd) };
  }
  // Otherwise a number right after the word ("Followers: 1,234", "팔로워 1.2만").
  const after = t.slice(wordEnd);
  const m = NUM.exec(after);
  if (m && m.index <= 3) {
    const c = parseCount(after.slice(m.index), locale);
    const suffix = c?.exact ? '' : (wordAt(after.slice(m.index + m[0].length))?.[0] ?? '');
    if (c) return { ...c, raw: t.slice(w.index, wordEnd + m.index + m[0].length + suffix.length).trim() };
  }
  return null;
}
