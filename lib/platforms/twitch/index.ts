/**
 * Twitch.
 * // Unverified: no saved real page; built from documented structure (see social-profile-pages.md)
 * (The saved pages are the served shell, which has no channel data at all, and a clip
 * page, which is not a profile; both are covered as negative cases.)
 *
 * Source order: the rendered DOM only. Twitch serves a generic shell (`og:title`
 * "Twitch") for every channel and loads the channel from its GraphQL API, so meta
 * tags and embedded data never describe the channel.
 *  1. The channel info block (`#live-channel-stream-information` or `.channel-info-content`),
 *     trusted when its `h1` is the login (display names differ only in case) or it links
 *     to `/<login>`. Name from the `h1`, followers from "10.8M followers" text in the block,
 *     avatar from its avatar image, bio from `[data-a-target=user-channel-description]`.
 */
import type { ProfileRef } from '../types';
import { defineAdapter } from '../define-adapter';
import { type Draft, absUrl, finish, line, lower, makeRef, merge, onHost, segments, shown, text, textCount } from '../dom';

const RESERVED = new Set(
  (
    'directory videos collections p settings subscriptions inventory wallet drops search downloads turbo prime ' +
    'jobs store friends messages moderator popout login signup logout team bits broadcast u embed redeem ' +
    'activate privacy legal partner creatorcamp dashboard payments products'
  ).split(' '),
);
const TABS = new Set(['about', 'videos', 'clips', 'schedule', 'home', 'collections']);
const LOGIN = /^[A-Za-z0-9_]{3,25}$/;

function matchProfileUrl(url: URL): ProfileRef | null {
  // clips.twitch.tv, dashboard.twitch.tv and player.twitch.tv are not channel pages.
  if (!onHost(url, ['twitch.tv'], ['', 'www.', 'm.', 'go.'])) return null;
  const [login, tab, ...rest] = segments(url);
  if (!login || !LOGIN.test(login) || RESERVED.has(lower(login)) || rest.length) return null;
  // /<login>/clip/<slug>, /<login>/v/<id>, /<login>/video/<id> are videos; ?vodID= is a VOD.
  if ((tab !== undefined && !TABS.has(tab)) || url.searchParams.has('vodID')) return null;
  const handle = lower(login);
  return makeRef('twitch', handle, `https://www.twitch.tv/${handle}`);
}

export const twitchAdapter = defineAdapter({
  id: 'twitch',
  label: 'Twitch',
  hosts: ['twitch.tv'],
  aliases: [],
  dmChannel: 'other-dm',
  matchProfileUrl,
  read(doc, url, { ref, me, lang }) {
    const d: Draft = {};
    const box = doc.querySelector('#live-channel-stream-information, .channel-info-content');
    const name = box ? text(box, 'h1') : undefined;
    if (box && (me(name) || [...box.querySelectorAll('a[href]')].some((a) => me(a.getAttribute('href'))))) {
      merge(d, {
        displayName: name,
        followers: textCount(box.textContent, 'dom', lang, true),
        avatarUrl: absUrl(box.querySelector('.tw-avatar img, img.tw-image-avatar')?.getAttribute('src'), url.href),
        bio: line(doc.querySelector('[data-a-target="user-channel-description"]')?.textContent),
      });
    }
    return finish(ref, d, `Twitch has not rendered ${shown(ref)}'s channel header yet`);
  },
});

export default twitchAdapter;
