// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * Every saved page in ../shared/fixtures parsed through the registry, as the content
 * script would, with the values it must yield. A new fixture fails the inventory check
 * until it gets a row here. (No timing asserts: the per-platform files check sources.)
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterForUrl } from '../../../lib/platforms/registry';
import type { ParseResult } from '../../../lib/platforms/types';
import { FIXTURES, docFrom, fixtureDoc, fixtureText, host, okProfile, youtubeBrowsePage } from './helpers';

interface Expected {
  handle: string;
  displayName: string;
  followers?: { raw: string; value: number; exact: boolean };
  bioStart?: string;
  avatarHost: string;
}

// [fixture, URL the page is read under, expected profile or the expected failure reason]
const TABLE: [string, string, Expected | string][] = [
  [
    'instagram/metascraper-pluto__travel-2025.html',
    'https://www.instagram.com/pluto__travel/',
    {
      handle: 'pluto__travel',
      displayName: 'Pluto',
      followers: { raw: '2,362 Followers', value: 2362, exact: true },
      bioStart: 'Home of travel',
      avatarHost: 'scontent-mad2-1.cdninstagram.com',
    },
  ],
  [
    'instagram/metascraper-pluto__travel-2021.html',
    'https://www.instagram.com/pluto__travel/',
    {
      handle: 'pluto__travel',
      displayName: 'Pluto',
      followers: { raw: '2,187', value: 2187, exact: true },
      bioStart: 'Where travel lovers go to escape.',
      avatarHost: 'scontent-mad1-1.cdninstagram.com',
    },
  ],
  [
    'tiktok/metascraper-illojuan-2025.html',
    'https://www.tiktok.com/@illojuan',
    {
      handle: 'illojuan',
      displayName: 'IlloJuan',
      followers: { raw: '783427', value: 783427, exact: true },
      bioStart: 'Timing, saludos desde Almería',
      avatarHost: 'www.tiktok.com',
    },
  ],
  [
    'tiktok/unavatar-carlosazaustre-2025.html',
    'https://www.tiktok.com/@carlosazaustre?lang=en',
    {
      handle: 'carlosazaustre',
      displayName: 'Carlos Azaustre',
      followers: { raw: '115303', value: 115303, exact: true },
      bioStart: 'Programación y JavaScript\nGoogle GDE',
      avatarHost: 'www.tiktok.com',
    },
  ],
  [
    'youtube/metascraper-ONEMedia-channel-2024.html',
    'https://www.youtube.com/@OneMedia.',
    {
      handle: 'onemedia.',
      displayName: 'ONE Media',
      followers: { raw: '4,69 M de suscriptores', value: 4_690_000, exact: false },
      bioStart: 'ALL the Must See Movie Trailers',
      avatarHost: 'yt3.googleusercontent.com',
    },
  ],
  [
    'youtube/metascraper-ONEMedia-channel-2018.html',
    'https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA',
    {
      handle: 'UCzcRQ3vRNr6fJ1A9rqFn7QA',
      displayName: 'ONE Media',
      bioStart: 'Thor 3, Star Wars',
      avatarHost: 'yt3.ggpht.com',
    },
  ],
  // SYNTHETIC PAGE around real innertube JSON (see helpers.youtubeBrowsePage).
  [
    'youtube/newpipe-kurzgesagt-browse-enGB.json',
    'https://www.youtube.com/@kurzgesagt',
    {
      handle: 'kurzgesagt',
      displayName: 'Kurzgesagt – In a Nutshell',
      followers: { raw: '25m subscribers', value: 25_000_000, exact: false },
      bioStart: 'Animation videos explaining things',
      avatarHost: 'yt3.googleusercontent.com',
    },
  ],
  [
    'youtube/newpipe-gronkh-browse-enGB.json',
    'https://www.youtube.com/@gronkh',
    {
      handle: 'gronkh',
      displayName: 'Gronkh',
      followers: { raw: '5.04m subscribers', value: 5_040_000, exact: false },
      bioStart: '★ ★ ★ KLICK MICH HART',
      avatarHost: 'yt3.googleusercontent.com',
    },
  ],
  [
    'youtube/newpipe-ShempOfficial-pronouns-browse-enGB.json',
    'https://www.youtube.com/@ShempOfficial',
    {
      handle: 'shempofficial',
      displayName: 'Shemp',
      followers: { raw: '7.78k subscribers', value: 7_780, exact: false },
      bioStart: 'HEY! HEY YOU!',
      avatarHost: 'yt3.googleusercontent.com',
    },
  ],
  [
    'x/metascraper-Kikobeats-rendered-2025.html',
    'https://x.com/Kikobeats',
    {
      handle: 'kikobeats',
      displayName: 'Kiko Beats',
      followers: { raw: '3893', value: 3893, exact: true },
      bioStart: 'Building web infra & open source',
      avatarHost: 'pbs.twimg.com',
    },
  ],
  [
    'x/metascraper-javilop-rendered-2025.html',
    'https://x.com/javilop',
    {
      handle: 'javilop',
      displayName: 'Javi López ⛩️',
      followers: { raw: '86423', value: 86423, exact: true },
      bioStart: 'Comparto tutoriales',
      avatarHost: 'pbs.twimg.com',
    },
  ],
  [
    'x/metascraper-Kikobeats-og-2025.html',
    'https://x.com/Kikobeats',
    {
      handle: 'kikobeats',
      displayName: '#!/kiko/beats',
      bioStart: 'engineering ▲ @vercel',
      avatarHost: 'pbs.twimg.com',
    },
  ],
  [
    'x/metascraper-javilop-og-2025.html',
    'https://twitter.com/javilop',
    {
      handle: 'javilop',
      displayName: 'Javi López ⛩️',
      bioStart: 'Comparto tutoriales',
      avatarHost: 'pbs.twimg.com',
    },
  ],
  [
    'x/metascraper-Kikobeats-twitter-rendered-2023.html',
    'https://twitter.com/Kikobeats',
    {
      handle: 'kikobeats',
      displayName: '#!/kiko/beats',
      followers: { raw: '3324', value: 3324, exact: true },
      bioStart: 'engineering ▲ @vercel',
      avatarHost: 'pbs.twimg.com',
    },
  ],
  [
    'x/metascraper-k4rliky-twitter-rendered-2023.html',
    'https://twitter.com/k4rliky',
    {
      handle: 'k4rliky',
      displayName: 'Brad, what are you gonna do?',
      followers: { raw: '1221', value: 1221, exact: true },
      bioStart: 'Research Scientist',
      avatarHost: 'pbs.twimg.com',
    },
  ],
  [
    'x/unavatar-Kikobeats-jsonld.html',
    'https://x.com/Kikobeats',
    {
      handle: 'kikobeats',
      displayName: '#!/kiko/beats',
      followers: { raw: '3885', value: 3885, exact: true },
      bioStart: 'engineering ▲ @vercel',
      avatarHost: 'pbs.twimg.com',
    },
  ],
  // API JSON, not a page: X pages do not embed it and the adapter does not read it.
  ['x/twscrape-XDevelopers-UserByScreenName-graphql-2026.json', 'https://x.com/XDevelopers', 'no profile data for @xdevelopers on this page yet'],
  [
    'threads/discourse-joyqiuu-2023-head-excerpt.html',
    'https://www.threads.net/@joyqiuu',
    {
      handle: 'joyqiuu',
      displayName: 'Joy Qiu',
      followers: { raw: '2K Followers', value: 2000, exact: false },
      bioStart: 'ah shit is it time already',
      avatarHost: 'scontent.cdninstagram.com',
    },
  ],
  [
    'bluesky/metascraper-stephenking-2026.html',
    'https://bsky.app/profile/stephenking.bsky.social',
    {
      handle: 'stephenking.bsky.social',
      displayName: 'Stephen King',
      followers: { raw: '1101177 followers', value: 1101177, exact: true },
      bioStart: 'Writer',
      avatarHost: 'cdn.bsky.app',
    },
  ],
  [
    'snapchat/unavatar-teddysdaytoday-es.html',
    'https://www.snapchat.com/@teddysdaytoday',
    {
      handle: 'teddysdaytoday',
      displayName: 'Ed Sheeran',
      followers: { raw: '1961900', value: 1961900, exact: true },
      avatarHost: 'cf-st.sc-cdn.net',
    },
  ],
  ['twitch/embed-twit-served-shell-2021.html', 'https://www.twitch.tv/twit', "Twitch has not rendered @twit's channel header yet"],
  ['twitch/metascraper-clip-page-rendered-2023-NOT-PROFILE.html', 'https://clips.twitch.tv/BlowupTuesday', 'this page is not a profile'],
];

function load(file: string): Document {
  if (file.startsWith('youtube/') && file.endsWith('.json')) return youtubeBrowsePage(file);
  // SYNTHETIC PAGE: the X GraphQL JSON as an inline script, to show it is not picked up.
  if (file.endsWith('.json')) return docFrom(`<html><body><script type="application/json">${fixtureText(file).replace(/<\//g, '<\\/')}</script></body></html>`);
  return fixtureDoc(file);
}

function listFixtures(dir = ''): string[] {
  return readdirSync(path.join(FIXTURES, dir)).flatMap((name) => {
    const rel = dir ? `${dir}/${name}` : name;
    return statSync(path.join(FIXTURES, rel)).isDirectory() ? listFixtures(rel) : /\.(html|json)$/.test(name) ? [rel] : [];
  });
}

describe('every saved fixture', () => {
  it('is covered by this table (and the table names no missing file)', () => {
    expect(TABLE.map(([f]) => f).sort()).toEqual(listFixtures().sort());
  });

  it.each(TABLE)('%s read as %s', (file, url, expected) => {
    const u = new URL(url);
    const adapter = adapterForUrl(u);
    expect(adapter).not.toBeNull();
    const r: ParseResult = adapter!.parse(load(file), u);
    if (typeof expected === 'string') {
      expect(r.ok).toBe(false);
      expect(!r.ok && r.reason).toBe(expected);
      return;
    }
    const p = okProfile(r);
    expect(p.platform).toBe(adapter!.id);
    expect(p.handle).toBe(expected.handle);
    expect(p.displayName).toBe(expected.displayName);
    if (expected.followers) expect(p.followers).toMatchObject(expected.followers);
    else expect(p.followers).toBeUndefined();
    if (expected.bioStart) expect(p.bio?.startsWith(expected.bioStart)).toBe(true);
    else expect(p.bio).toBeUndefined();
    expect(host(p.avatarUrl)).toBe(expected.avatarHost);
    // The canonical URL has no query, fragment or tab and round-trips through the matcher.
    expect(p.profileUrl).not.toMatch(/[?#]/);
    expect(adapter!.matchProfileUrl(new URL(p.profileUrl))?.handle).toBe(p.handle);
  });
});
