/** The real host names the supported sites use; the fixture server answers for all of them. */
export const SITE_HOSTS = [
  'instagram.com', 'www.instagram.com',
  'tiktok.com', 'www.tiktok.com',
  'youtube.com', 'www.youtube.com', 'm.youtube.com',
  'x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com',
  'twitch.tv', 'www.twitch.tv', 'clips.twitch.tv',
  'threads.net', 'www.threads.net', 'threads.com', 'www.threads.com',
  'bsky.app',
  'snapchat.com', 'www.snapchat.com',
  'pinterest.com', 'www.pinterest.com',
  'linkedin.com', 'www.linkedin.com',
  'facebook.com', 'www.facebook.com', 'm.facebook.com',
  'kick.com',
  // A site Rapport does not support, for "no overlay here" checks.
  'example.org', 'www.example.org',
] as const;
