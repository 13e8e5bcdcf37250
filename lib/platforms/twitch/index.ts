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
import { defineAdapter } from '../define-adapter';
import { type Draft, absUrl, finish, line, merge, shown, text, textCount } from '../dom';
import { twitchProfileUrls } from './profile-url';

export const twitchAdapter = defineAdapter({
  ...twitchProfileUrls,
  label: 'Twitch',
  aliases: [],
  dmChannel: 'other-dm',
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
