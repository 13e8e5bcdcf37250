// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { twitchAdapter as tw } from '../../../lib/platforms/twitch';
import { docFrom, fixtureDoc, host, okProfile } from './helpers';

describe('twitch.matchProfileUrl', () => {
  it.each<[string, string]>([
    ['https://www.twitch.tv/twit', 'twit'],
    ['https://twitch.tv/Vinesauce/', 'vinesauce'],
    ['https://m.twitch.tv/vinesauce', 'vinesauce'],
    ['https://go.twitch.tv/vinesauce', 'vinesauce'],
    ['https://www.twitch.tv/vinesauce/about', 'vinesauce'],
    ['https://www.twitch.tv/vinesauce/videos?filter=archives', 'vinesauce'],
    ['https://www.twitch.tv/vinesauce/clips?tt_content=player_channel_name&tt_medium=clips', 'vinesauce'], // link on the clip page
    ['https://www.twitch.tv/vinesauce/schedule', 'vinesauce'],
  ])('%s -> %s', (u, handle) => {
    expect(tw.matchProfileUrl(new URL(u))).toEqual({ platform: 'twitch', handle, profileUrl: `https://www.twitch.tv/${handle}` });
  });

  it.each([
    'https://www.twitch.tv/',
    'https://clips.twitch.tv/BlowupTuesdayFunnyClipAbc123',
    'https://www.twitch.tv/vinesauce/clip/BlowupTuesdayFunnyClipAbc123',
    'https://www.twitch.tv/videos/1234567890',
    'https://www.twitch.tv/vinesauce/v/1234567890',
    'https://www.twitch.tv/vinesauce/video/1234567890',
    'https://www.twitch.tv/vinesauce/schedule?vodID=1234567890',
    'https://www.twitch.tv/collections/abcDEF123',
    'https://www.twitch.tv/directory',
    'https://www.twitch.tv/directory/game/Minecraft',
    'https://www.twitch.tv/directory/following',
    'https://www.twitch.tv/p/en/legal/terms-of-service/',
    'https://dashboard.twitch.tv/u/vinesauce/stream-manager',
    'https://player.twitch.tv/?channel=vinesauce',
    'https://www.twitch.tv/settings/profile',
    'https://www.twitch.tv/subscriptions',
    'https://www.twitch.tv/inventory',
    'https://www.twitch.tv/wallet',
    'https://www.twitch.tv/drops/inventory',
    'https://www.twitch.tv/search?term=vinesauce',
    'https://www.twitch.tv/downloads',
    'https://www.twitch.tv/turbo',
    'https://www.twitch.tv/prime',
    'https://www.twitch.tv/jobs',
    'https://www.twitch.tv/store',
    'https://www.twitch.tv/friends',
    'https://www.twitch.tv/messages',
    'https://www.twitch.tv/moderator/vinesauce',
    'https://www.twitch.tv/popout/vinesauce/chat',
    'https://www.twitch.tv/login',
    'https://www.twitch.tv/signup',
    'https://www.twitch.tv/ab',
  ])('%s is not a profile', (u) => {
    expect(tw.matchProfileUrl(new URL(u))).toBeNull();
  });
});

describe('twitch.parse on the real (non-profile) pages', () => {
  it('served shell for twitch.tv/twit: generic og tags only -> not ok (never "Twitch" as the name)', () => {
    expect(tw.parse(fixtureDoc('twitch/embed-twit-served-shell-2021.html'), new URL('https://www.twitch.tv/twit'))).toEqual({
      ok: false,
      ref: { platform: 'twitch', handle: 'twit', profileUrl: 'https://www.twitch.tv/twit' },
      reason: "Twitch has not rendered @twit's channel header yet",
    });
  });

  it('clip page: its URL is not a profile, and read under the channel URL it yields nothing', () => {
    const doc = fixtureDoc('twitch/metascraper-clip-page-rendered-2023-NOT-PROFILE.html');
    expect(tw.matchProfileUrl(new URL('https://clips.twitch.tv/BlowupTuesday'))).toBeNull();
    expect(tw.parse(doc, new URL('https://clips.twitch.tv/BlowupTuesday'))).toMatchObject({ ok: false, reason: 'this page is not a profile' });
    const r = tw.parse(doc, new URL('https://www.twitch.tv/vinesauce'));
    expect(r.ok).toBe(false);
  });
});

// SYNTHETIC: no real rendered channel page exists; built from the selectors in social-profile-pages.md.
describe('twitch.parse on a synthetic rendered channel page (unverified structure)', () => {
  const channel = (login: string, name: string) =>
    docFrom(`<html lang="en-US"><body><main>
      <div id="live-channel-stream-information">
        <a href="/${login}"><div class="tw-avatar"><img class="tw-image-avatar" src="https://static-cdn.jtvnw.net/jtv_user_pictures/abc-profile_image-70x70.png" alt="${name}"></div></a>
        <a href="/${login}"><h1 class="tw-title">${name}</h1></a>
        <p data-a-target="stream-title">Blowup Tuesday!</p>
        <p>1.2M followers</p>
      </div>
      <div data-a-target="user-channel-description">Vinny and friends play games.</div>
    </main></body></html>`);

  it('reads name, rounded followers, avatar and description when the header is this channel', () => {
    const p = okProfile(tw.parse(channel('vinesauce', 'Vinesauce'), new URL('https://www.twitch.tv/vinesauce/videos')));
    expect(p).toMatchObject({ handle: 'vinesauce', displayName: 'Vinesauce', bio: 'Vinny and friends play games.' });
    expect(p.followers).toEqual({ raw: '1.2M followers', value: 1_200_000, exact: false, source: 'dom' });
    expect(host(p.avatarUrl)).toBe('static-cdn.jtvnw.net');
  });

  it("ignores the previous channel's header after navigation", () => {
    expect(tw.parse(channel('vinesauce', 'Vinesauce'), new URL('https://www.twitch.tv/twit')).ok).toBe(false);
  });
});
