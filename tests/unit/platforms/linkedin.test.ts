// @vitest-environment happy-dom
// LinkedIn: no saved real page exists. Every document below is SYNTHETIC, hand-written
// from the structure described in social-profile-pages.md (unverified against the site).
import { describe, expect, it } from 'vitest';
import { linkedinAdapter as li } from '../../../lib/platforms/linkedin';
import { docFrom, okProfile } from './helpers';

describe('linkedin.matchProfileUrl', () => {
  it.each<[string, string, string]>([
    ['https://www.linkedin.com/in/peter-ryszkiewicz/', 'peter-ryszkiewicz', 'https://www.linkedin.com/in/peter-ryszkiewicz/'],
    ['https://linkedin.com/in/Peter-Ryszkiewicz', 'peter-ryszkiewicz', 'https://www.linkedin.com/in/peter-ryszkiewicz/'],
    ['https://ca.linkedin.com/in/jane-doe-12345?trk=people-guest', 'jane-doe-12345', 'https://www.linkedin.com/in/jane-doe-12345/'], // country subdomain
    ['https://www.linkedin.com/in/jane-doe/details/experience/', 'jane-doe', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/in/jane-doe/recent-activity/all/', 'jane-doe', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/', 'jürgen-müller', 'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/'],
    ['https://www.linkedin.com/company/microsoft/', 'company/microsoft', 'https://www.linkedin.com/company/microsoft/'],
    ['https://www.linkedin.com/company/microsoft/posts/?feedView=all', 'company/microsoft', 'https://www.linkedin.com/company/microsoft/'],
    ['https://www.linkedin.com/school/stanford-university/', 'school/stanford-university', 'https://www.linkedin.com/school/stanford-university/'],
  ])('%s -> %s', (u, handle, profileUrl) => {
    expect(li.matchProfileUrl(new URL(u))).toEqual({ platform: 'linkedin', handle, profileUrl });
  });

  it.each([
    'https://www.linkedin.com/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/posts/jane-doe_activity-712345-abcd',
    'https://www.linkedin.com/pulse/some-article-jane-doe/',
    'https://www.linkedin.com/jobs/view/123456/',
    'https://www.linkedin.com/learning/python-essential-training',
    'https://www.linkedin.com/events/7123456789/',
    'https://www.linkedin.com/search/results/people/?keywords=jane',
    'https://www.linkedin.com/mynetwork/',
    'https://www.linkedin.com/messaging/thread/2-abc/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/in/jane-doe/edit/intro/',
    'https://www.linkedin.com/company/',
    'https://www.linkedin.com.evil.example/in/jane-doe/',
  ])('%s is not a profile', (u) => {
    expect(li.matchProfileUrl(new URL(u))).toBeNull();
  });
});

describe('linkedin.parse (synthetic pages)', () => {
  it('person: JSON-LD @graph Person with FollowAction; licdn avatar', () => {
    const doc = docFrom(`<html lang="en"><head>
      <title>Peter Ryszkiewicz | LinkedIn</title>
      <meta property="og:url" content="https://www.linkedin.com/in/peter-ryszkiewicz">
      <meta property="og:title" content="Peter Ryszkiewicz - Venmo | LinkedIn">
      <meta name="description" content="Experience: Venmo · Education: DePaul University · Location: Chicago · 190 connections on LinkedIn.">
      <meta property="og:image" content="https://media.licdn.com/dms/image/v2/abc/profile-displayphoto-shrink_200_200/0/1?e=1">
      <script type="application/ld+json">{"@context":"http://schema.org","@graph":[{"@type":"Person","name":"Peter Ryszkiewicz","url":"https://www.linkedin.com/in/peter-ryszkiewicz","image":{"@type":"ImageObject","contentUrl":"https://media.licdn.com/dms/image/v2/abc/profile-displayphoto-shrink_800_800/0/1?e=1"},"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/FollowAction","name":"Follows","userInteractionCount":212}},{"@type":"WebPage","url":"https://www.linkedin.com/in/peter-ryszkiewicz"}]}</script>
    </head></html>`);
    const p = okProfile(li.parse(doc, new URL('https://ca.linkedin.com/in/peter-ryszkiewicz/')));
    expect(p).toMatchObject({ handle: 'peter-ryszkiewicz', profileUrl: 'https://www.linkedin.com/in/peter-ryszkiewicz/', displayName: 'Peter Ryszkiewicz' });
    expect(p.followers).toEqual({ raw: '212', value: 212, exact: true, source: 'json-ld' });
    expect(p.avatarUrl).toContain('shrink_800_800');
    expect(p.bio).toBeUndefined(); // the generated description is not a bio
  });

  it('person, meta only: "190 connections" is not a follower count', () => {
    const doc = docFrom(`<html lang="en"><head><title>Peter Ryszkiewicz | LinkedIn</title>
      <link rel="canonical" href="https://www.linkedin.com/in/peter-ryszkiewicz">
      <meta name="description" content="Location: Chicago · 190 connections on LinkedIn."></head></html>`);
    const p = okProfile(li.parse(doc, new URL('https://www.linkedin.com/in/peter-ryszkiewicz/')));
    expect(p.displayName).toBe('Peter Ryszkiewicz');
    expect(p.followers).toBeUndefined();
  });

  it('company, meta only: "12,345 followers on LinkedIn"', () => {
    const doc = docFrom(`<html lang="en"><head>
      <meta property="og:url" content="https://www.linkedin.com/company/acme-corp">
      <meta property="og:title" content="Acme Corp | LinkedIn">
      <meta name="description" content="Acme Corp | 12,345 followers on LinkedIn. We make anvils.">
      <meta property="og:image" content="https://static.example.com/not-licdn.png"></head></html>`);
    const p = okProfile(li.parse(doc, new URL('https://www.linkedin.com/company/acme-corp/about/')));
    expect(p).toMatchObject({ handle: 'company/acme-corp', displayName: 'Acme Corp' });
    expect(p.followers).toEqual({ raw: '12,345 followers', value: 12345, exact: true, source: 'meta:description' });
    expect(p.avatarUrl).toBeUndefined(); // only licdn.com images are taken as the avatar
  });

  it('a page for another member is not trusted', () => {
    const doc = docFrom(`<html><head><meta property="og:url" content="https://www.linkedin.com/in/someone-else">
      <meta property="og:title" content="Someone Else | LinkedIn"></head></html>`);
    expect(li.parse(doc, new URL('https://www.linkedin.com/in/peter-ryszkiewicz/')).ok).toBe(false);
  });
});
