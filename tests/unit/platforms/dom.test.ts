// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  assignedObject,
  exactCount,
  followAction,
  identity,
  ldObjects,
  line,
  lines,
  links,
  makeRef,
  meta,
  nameAt,
  parseJson,
  queryParam,
  segments,
  titleName,
  wordSet,
} from '../../../lib/platforms/dom';
import { instagramAdapter } from '../../../lib/platforms/instagram';
import { docFrom } from './helpers';

// SYNTHETIC snippets exercising the shared helpers' edge cases.
describe('shared DOM helpers', () => {
  it('meta() reads entity-encoded attributes through the DOM', () => {
    const doc = docFrom(
      '<head><meta property="og:title" content="Pluto (&#064;pluto__travel) &#x2022; Instagram"><meta name="description" content="a &amp; b"></head>',
    );
    expect(meta(doc, 'og:title')).toBe('Pluto (@pluto__travel) • Instagram');
    expect(meta(doc, 'description')).toBe('a & b');
    expect(meta(doc, 'og:image')).toBeUndefined();
  });

  it('nameAt() and titleName() split names from page titles', () => {
    expect(nameAt('Joy Qiu (@joyqiuu) on Threads')).toEqual({ name: 'Joy Qiu', handle: 'joyqiuu' });
    expect(nameAt('Joe (JB) Bloggs (@joe) | TikTok')).toEqual({ name: 'Joe (JB) Bloggs', handle: 'joe' });
    expect(nameAt('@joyqiuu on Threads')).toBeUndefined();
    expect(titleName('Peter Ryszkiewicz - Venmo | LinkedIn')).toBe('Peter Ryszkiewicz');
    expect(titleName('Jane Doe (jane_doe) - Profile | Pinterest')).toBe('Jane Doe');
  });

  it('line() drops bidi marks but keeps ZWJ emoji sequences; lines() keeps line breaks', () => {
    expect(line('\u200e\u2068 Joy   Qiu \u2069')).toBe('Joy Qiu');
    expect(line('\u{1f469}\u200d\u{1f4bb}')).toBe('\u{1f469}\u200d\u{1f4bb}');
    expect(lines(' a  b \r\n\n\n\n c ')).toBe('a b\n\nc');
    expect(line('   ')).toBeUndefined();
  });

  it('parseJson() tolerates raw newlines inside strings (Bluesky JSON-LD) and never throws', () => {
    expect(parseJson('{"description": "Writer \n"}')).toEqual({ description: 'Writer  ' });
    expect(parseJson('{broken')).toBeUndefined();
    expect(parseJson(undefined)).toBeUndefined();
  });

  it('ldObjects() only parses blocks containing the needle, and flattens @graph', () => {
    const doc = docFrom(`<script type="application/ld+json">{"@type":"VideoObject","name":"x"}</script>
      <script type="application/ld+json">{"@graph":[{"@type":"Person","name":"A"},{"@type":"WebPage"}]}</script>
      <script type="application/ld+json">not json Person</script>`);
    expect(ldObjects(doc, 'Person').map((o) => o['@type'])).toEqual([undefined, 'Person', 'WebPage']);
    expect(ldObjects(doc, 'Nothing')).toEqual([]);
  });

  it('followAction() accepts the type as URL, bare name or object; exactCount() only digits', () => {
    expect(
      followAction([
        { interactionType: 'https://schema.org/LikeAction', userInteractionCount: 1 },
        { interactionType: 'https://schema.org/FollowAction', userInteractionCount: 2 },
      ]),
    ).toBe(2);
    expect(followAction({ interactionType: { '@type': 'FollowAction' }, userInteractionCount: '3' })).toBe('3');
    expect(followAction(undefined)).toBeUndefined();
    expect(exactCount('2187', 'x')).toEqual({ raw: '2187', value: 2187, exact: true, source: 'x' });
    expect(exactCount('1.2K', 'x')).toBeUndefined();
  });

  it('assignedObject() finds the literal by balanced braces, past strings with braces and later statements', () => {
    const doc = docFrom(`<script>window.other = {"a":1};</script>
      <script>window["ytInitialData"] = {"t":"a } \\" {","n":{"m":[1,{"k":2}]}};
      window["ytInitialPlayerResponse"] = ({"x":1});</script>`);
    expect(assignedObject(doc, /ytInitialData"?\]?\s*=\s*\{/)).toEqual({ t: 'a } " {', n: { m: [1, { k: 2 }] } });
    // A script that fails the cheap text check is not parsed at all.
    expect(assignedObject(doc, /ytInitialData"?\]?\s*=\s*\{/, /UCsomeoneelse/)).toBeUndefined();
    expect(assignedObject(doc, /missing\s*=\s*\{/)).toBeUndefined();
  });

  it('identity() accepts bare handles (any case, optional @) and URLs the adapter maps to the same profile', () => {
    const ref = makeRef('instagram', 'pluto__travel', 'https://www.instagram.com/pluto__travel/');
    const me = identity(ref, instagramAdapter.matchProfileUrl);
    expect(me('@Pluto__Travel')).toBe(true);
    expect(me('https://instagram.com/pluto__travel/?hl=de')).toBe(true);
    expect(me('/pluto__travel/followers/')).toBe(true);
    expect(me('someoneelse')).toBe(false);
    expect(me('https://www.instagram.com/p/pluto__travel/')).toBe(false);
    expect(me(undefined)).toBe(false);
    expect(me(42)).toBe(false);
  });

  it('links() makes bare domains absolute and drops duplicates and junk', () => {
    expect(links(['edsheeran.com', 'https://x.y/z', 'https://x.y/z', 'has space', ''])).toEqual(['https://edsheeran.com', 'https://x.y/z']);
    expect(links(undefined)).toBeUndefined();
  });
});

describe('URL helpers the loader runs on every page', () => {
  it('wordSet holds whole words only', () => {
    const reserved = wordSet('explore p reels direct_v2');
    expect(['explore', 'p', 'reels', 'direct_v2'].map((w) => reserved.has(w))).toEqual([true, true, true, true]);
    // Parts of words, words joined, empty and spaced input are not in it.
    expect(['ex', 'plore', 'explore p', '', ' ', 'reel', 'direct'].map((w) => reserved.has(w))).toEqual([false, false, false, false, false, false, false]);
  });

  it('segments decodes only when a path holds an escape, and keeps a malformed one as it is', () => {
    expect(segments(new URL('https://x.com/a//b/'))).toEqual(['a', 'b']);
    expect(segments(new URL('https://www.linkedin.com/in/j%C3%B6rg/'))).toEqual(['in', 'jörg']);
    expect(segments({ protocol: 'https:', hostname: 'x.com', pathname: '/bad%E0%A4%A/', search: '' })).toEqual(['bad%E0%A4%A']);
  });

  it('reads query parameters from a location-like value (no URL object needed)', () => {
    const where = { protocol: 'https:', hostname: 'www.facebook.com', pathname: '/profile.php', search: '?id=100004&x=1' };
    expect([queryParam(where, 'id'), queryParam(where, 'missing')]).toEqual(['100004', null]);
  });
});
