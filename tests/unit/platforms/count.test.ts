import { describe, expect, it } from 'vitest';
import { countInText, parseCount } from '../../../lib/platforms/count';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('parseCount: abbreviated forms (exact: false)', () => {
  // [text, locale, value] — one row per form; sources in social-profile-pages.md "Counts".
  it.each<[string, string | undefined, number]>([
    ['1.2M', 'en', 1_200_000],
    ['783.4K', 'en', 783_400], // TikTok meta
    ['783.4k Followers', 'en', 783_400], // TikTok shareMeta, lower case
    ['3.9M', undefined, 3_900_000],
    ['2K', 'en', 2_000], // Threads
    ['1.1M', 'en', 1_100_000], // Bluesky visible text
    ['1.2B', undefined, 1_200_000_000], // no locale: English B = billion
    ['12.3K', 'en', 12_300],
    ['25m', 'en-GB', 25_000_000], // YouTube hl=en-GB
    ['5.04m', 'en-GB', 5_040_000],
    ['7.78k', 'en-GB', 7_780],
    ['1.2bn', 'en-GB', 1_200_000_000],
    ['2.0m', 'es-ES', 2_000_000], // Snapchat in Spanish keeps dot decimal and "m"
    [`4,69${NBSP}M de suscriptores`, 'es-ES', 4_690_000], // YouTube es, U+00A0 before M
    ['3,1 M', 'es', 3_100_000],
    ['229 mil', 'es', 229_000], // es "mil" = thousand, not million
    ['989 mil', 'es', 989_000],
    ['6,8 K vídeos', 'es', 6_800],
    ['1234,6 M', 'es', 1_234_600_000], // es writes billions as thousands of millions
    ['12,3 k', 'fr', 12_300],
    [`12,3${NBSP}k`, 'fr', 12_300],
    ['1,2 Md', 'fr', 1_200_000_000],
    ['1,2 Mio.', 'de', 1_200_000],
    ['1,2 Mrd.', 'de', 1_200_000_000],
    ['1,2 mil', 'pt-BR', 1_200],
    ['1,2 mi', 'pt-BR', 1_200_000],
    ['1,2 bi', 'pt-BR', 1_200_000_000],
    ['1,2K', 'it', 1_200],
    ['1,2 Mln', 'it', 1_200_000],
    ['1,2 Mld', 'it', 1_200_000_000],
    ['1,2 mln.', 'nl', 1_200_000],
    ['1,2 mld.', 'nl', 1_200_000_000],
    ['1,2 тыс.', 'ru', 1_200],
    ['1,2 млн', 'ru', 1_200_000],
    ['1,2 млрд', 'ru', 1_200_000_000],
    ['1,2 tys.', 'pl', 1_200],
    ['1,2 mln', 'pl', 1_200_000],
    ['1,2 B', 'tr', 1_200], // tr B = bin = thousand
    ['1,2 Mn', 'tr', 1_200_000],
    ['1,2 Mr', 'tr', 1_200_000_000],
    ['1,2 rb', 'id', 1_200],
    ['1,2 jt', 'id', 1_200_000],
    ['1,2 M', 'id', 1_200_000_000], // id M = miliar = billion
    ['1,2 M', undefined, 1_200_000], // no locale: English M = million
    ['1,2 tn', 'sv', 1_200],
    ['1,2 mn', 'sv', 1_200_000],
    ['1,2 md', 'sv', 1_200_000_000],
    ['1,2 N', 'vi', 1_200],
    ['1,2 Tr', 'vi', 1_200_000],
    ['1.2万', 'ja', 12_000],
    ['123.5万', 'ja', 1_235_000],
    ['12.3億', 'ja', 1_230_000_000],
    ['12.3亿', 'zh-CN', 1_230_000_000],
    ['1.2万人', 'zh-CN', 12_000], // unit followed by a counter word
    ['1.2천', 'ko', 1_200],
    ['1.2만', 'ko', 12_000],
    ['12.3억', 'ko', 1_230_000_000],
    ['1.2 हज़ार', 'hi', 1_200],
    ['1.2 लाख', 'hi', 120_000],
    ['1.2 क॰', 'hi', 12_000_000],
    ['1.2 करोड़', 'hi', 12_000_000],
    ['1.2 lakh', 'en-IN', 120_000],
    ['3.4 crore', 'en-IN', 34_000_000],
    ['1.2 ألف', 'ar', 1_200],
    ['1,234.5K', 'en', 1_234_500], // both separators: the last one is the decimal
    ['7.78 thousand subscribers', 'en', 7_780], // YouTube accessibility label
    ['25 million subscribers', 'en', 25_000_000],
    ['4,69 millones de suscriptores', 'es', 4_690_000],
    ['\u200e\u20681.11m subscribers\u2069', 'en-GB', 1_110_000], // bidi isolates around YouTube rows
  ])('%s (%s) = %d, approximate', (text, locale, value) => {
    expect(parseCount(text, locale)).toEqual({ value, exact: false });
  });
});

describe('parseCount: plain numbers (exact: true)', () => {
  it.each<[string, string | undefined, number]>([
    ['2,362', 'en', 2_362], // Instagram
    ['2,362 Followers', undefined, 2_362],
    ['3,893 Followers', 'en', 3_893], // X
    ['1101177 followers', 'en', 1_101_177], // Bluesky aria-label
    ['0', 'en', 0],
    ['12.345', 'de', 12_345], // de grouping dot
    ['12.345', undefined, 12_345], // three digits after the separator = grouping in any locale
    ['2,362', 'de', 2_362],
    ['1.234.567', 'de', 1_234_567],
    [`1${NNBSP}234${NNBSP}567`, 'fr', 1_234_567], // fr grouping U+202F
    [`1${NBSP}234${NBSP}567`, 'ru', 1_234_567], // ru grouping U+00A0
    ['1 234 567', 'fr', 1_234_567],
    ["1'234'567", 'de-CH', 1_234_567],
    ['12,34,567', 'en-IN', 1_234_567], // lakh grouping
    ['1,00,000', 'hi', 100_000],
    ['\u0663\u066c\u0668\u0669\u0663', 'ar', 3_893], // Arabic-Indic digits and separator
    ['\u200e1,221\u200e', 'en', 1_221],
  ])('%s (%s) = %d, exact', (text, locale, value) => {
    expect(parseCount(text, locale)).toEqual({ value, exact: true });
  });
});

describe('parseCount: not a count', () => {
  it.each<[string, string | undefined]>([
    ['', undefined],
    ['Followers', 'en'],
    ['no digits here', 'en'],
    ['1.5', 'en'], // decimals without a suffix are not a count
    ['12,3', 'fr'],
    ['1,2345', 'en'],
  ])('%j (%s) -> null', (text, locale) => {
    expect(parseCount(text, locale)).toBeNull();
  });

  it('does not read "12,3 k" as 123 thousand: the space before a suffix is not grouping', () => {
    expect(parseCount('12,3 k', 'fr')?.value).toBe(12_300);
  });
});

describe('countInText: the follower count in a sentence', () => {
  it.each<[string, string | undefined, string, number, boolean]>([
    // Instagram 2025 og:description
    ['2,362 Followers, 136 Following, 224 Posts - See Instagram photos and videos from Pluto (@pluto__travel)', 'en', '2,362 Followers', 2_362, true],
    // Instagram, German wording (doc example)
    ['1,432 Abonnenten, 268 folgen, 468 Beiträge - Sieh dir Instagram-Fotos und -Videos von @homegate.ch an', 'de', '1,432 Abonnenten', 1_432, true],
    // TikTok og:description: likes come first
    ['IlloJuan (@illojuan) on TikTok | 3.9M Likes. 783.4K Followers. Timing, saludos desde Almería.', 'en', '783.4K Followers', 783_400, false],
    // TikTok shareMeta
    ['@illojuan 783.4k Followers, 0 Following, 3.9m Likes - Watch awesome short videos', 'en', '783.4k Followers', 783_400, false],
    // Snapchat meta description, Spanish
    ['¡Ed Sheeran está en Snapchat! (@teddysdaytoday) | 2.0m suscriptores | Última actualización: 03/24/2025', 'es-ES', '2.0m suscriptores', 2_000_000, false],
    // YouTube es header
    [`4,69${NBSP}M de suscriptores`, 'es-ES', '4,69 M de suscriptores', 4_690_000, false],
    ['1,2 Mio. Abonnenten', 'de', '1,2 Mio. Abonnenten', 1_200_000, false],
    ['Joined 2010 · 406 Following · 3,893 Followers', 'en', '3,893 Followers', 3_893, true],
    ['2K Followers', 'en', '2K Followers', 2_000, false],
    // number after the word
    ['팔로워 1.2만', 'ko', '팔로워 1.2만', 12_000, false],
    ['Followers: 1,234', 'en', 'Followers: 1,234', 1_234, true],
    ['1.2万 フォロワー', 'ja', '1.2万 フォロワー', 12_000, false],
  ])('%s', (text, locale, raw, value, exact) => {
    expect(countInText(text, locale)).toEqual({ raw, value, exact });
  });

  // ASCII text takes quicker ASCII-only patterns; a non-ASCII letter where they stop hands over to the Unicode ones.
  it.each<[string, string, string, number, boolean]>([
    ['12 345 abonnés', 'fr', '12 345 abonnés', 12_345, true], // the word goes on past "abonn" with "é"
    ['1,5 millón de seguidores', 'es', '1,5 millón de seguidores', 1_500_000, false], // "mill" + "ón" is the suffix
    ['3,4 тыс. подписчиков', 'ru', '3,4 тыс. подписчиков', 3_400, false],
    ['takipçi 1.234', 'tr', 'takipçi 1.234', 1_234, true],
  ])('reads non-ASCII words that start like ASCII ones: %s', (text, locale, raw, value, exact) => {
    expect(countInText(text, locale)).toEqual({ raw, value, exact });
  });

  it('returns null without a follower word', () => {
    expect(countInText('136 Following, 224 Posts', 'en')).toBeNull();
    expect(countInText('I ran 5 marathons', 'en')).toBeNull();
  });

  it('ignores a number far before the word', () => {
    expect(countInText('Born in 1990, loves cats and has many followers', 'en')).toBeNull();
  });

  it('can pick another count with a custom word', () => {
    expect(countInText('2,362 Followers, 136 Following, 224 Posts', 'en', /following/i)).toEqual({
      raw: '136 Following',
      value: 136,
      exact: true,
    });
  });
});
