/**
 * Instagram: which URLs are a creator's profile, from the URL alone. Apart from the
 * DOM readers (index.ts) because the content script's loader runs this on every
 * page of the site and must stay small. Checks that need no regular expression
 * come first: the first regular expression a content script's world runs costs
 * about 1.5 ms (tests/bench/README.md), so pages that are not profiles skip it.
 */
import type { ProfileRef, ProfileUrls, UrlParts } from '../types';
import { makeRef, onHost, segments, wordSet } from '../dom';

// First path segments Instagram routes to something other than a profile
// (its own client route table, see social-profile-pages.md). `_u` is mapped, not rejected.
const RESERVED = wordSet(
  '_n a about about-ads accounts accounts_center acredirect ads ads_data_from_partners ajax api app ar ' +
    'assisted_account_recovery authenticity badges_milestones_management business categories challenge ' +
    'client_error coming_soon componentexplorer concurrent_request config-test create data developer ' +
    'digital_collectibles direct direct_v2 directory dogfoodnow donate download dyi e2e emails embed_logger ' +
    'enoozer errors explore f facebook_pay fb fbsurvey follow fxcal getapp graphql graphql_www hacked help igtv ' +
    'igtv_revshare_onboarding instagramstickers intern internal interstitial invites legal linking linkshim ' +
    'live local location_search logging media mixi n nametag oauth oidc p p-ng payments persistent_request ' +
    'press privacy publicapi push qp qr raters realtime reel reels reports repute restriction s security sem ' +
    'seo session settings shop shopping sitemap static stories suggested_users support survey switcher tags ' +
    'terms test_users testing thirdparty topics tv two_factor uid users verification video_call ' +
    'votinginfocenter watch_together web webinstall weibo wifiauth zr',
);
// Second segments that are still the profile (tabs, follower lists, guides).
const TABS = wordSet('reels tagged saved followers following hashtag_following guide guides feed channel');
const USERNAME = /^[A-Za-z0-9._]{1,30}$/;

function matchProfileUrl(url: UrlParts): ProfileRef | null {
  if (!onHost(url, ['instagram.com'], ['', 'www.', 'm.'])) return null;
  let s = segments(url);
  if (s[0] === '_u') s = s.slice(1); // app link /_u/<u>/ redirects to the profile
  const [user, tab] = s;
  if (!user || RESERVED.has(user.toLowerCase())) return null;
  if (tab !== undefined && !TABS.has(tab)) return null; // /<u>/p/<code>, /<u>/reel/…, /<u>/embed
  if (!USERNAME.test(user)) return null;
  const handle = user.toLowerCase();
  return makeRef('instagram', handle, `https://www.instagram.com/${handle}/`);
}

export const instagramProfileUrls: ProfileUrls = {
  id: 'instagram',
  hosts: ['instagram.com'],
  matchProfileUrl,
};
