/**
 * Seeded generator of realistic synthetic rosters for the benchmark: creators
 * with accounts on several platforms, their logged touches and collaborations,
 * consistent with the domain rules (contact times, outreach status and due
 * times follow from the touches; exactly `due` creators are due at `now`).
 *
 * Deterministic and random-access: creator i's identity comes from (seed, i),
 * and a block of creators (with its touches) from (seed, block), so Node can
 * name the handles the browser seeded without generating everything twice.
 * Every record is validated with the lib/domain zod schemas.
 */
import {
  AccountSchema,
  CollaborationSchema,
  CreatorSchema,
  DEFAULT_SETTINGS,
  InteractionSchema,
  computeHealth,
  computeNextDueAt,
  type Account,
  type Channel,
  type Collaboration,
  type Creator,
  type Interaction,
  type InteractionKind,
  type LifecycleStage,
  type OutreachStatus,
  type Segment,
} from '../../lib/domain';
import type { PlatformId } from '../../lib/platforms/types';
import { profileRefFor } from '../../lib/platforms/profile-ref';

/** The canonical profile URL the site's adapter gives a generated handle. */
function benchProfileUrl(platform: PlatformId, handle: string): string {
  const ref = profileRefFor(platform, handle);
  if (!ref) throw new Error(`Generated handle ${handle} is not a ${platform} profile`);
  return ref.profileUrl;
}

const DAY_MS = 86_400_000;

export interface RosterSpec {
  seed: number;
  creators: number;
  interactions: number;
  collaborations: number;
  /** Creators whose next contact is due at `now`. */
  due: number;
  now: number;
  /** Creators per generated block (and per write batch). */
  blockSize: number;
}

/** The roster the issue asks for. */
export function fullSpec(now: number): RosterSpec {
  return { seed: 20_261_124, creators: 100_000, interactions: 1_000_000, collaborations: 30_000, due: 1_000, now, blockSize: 2_000 };
}

// ---------------------------------------------------------------- randomness

/** Hashes the parts into a 32-bit seed (xmur3). */
export function seedOf(...parts: (string | number)[]): number {
  const text = parts.join('\u0001');
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: small, fast, good enough for test data. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    const total = table.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of table) {
      r -= w;
      if (r < 0) return item;
    }
    return (table[table.length - 1] as readonly [T, number])[0];
  }
  /** Random hex digits. */
  hex(n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += Math.floor(this.next() * 16).toString(16);
    return out;
  }
  /**
   * A UUIDv7-shaped id whose first 48 bits are `order`: ids sort in generation order.
   * Writing keys in order keeps seeding a large store fast (random keys made it ~3x slower
   * at 1M records); the product's own ids (v4) only matter for what it writes itself.
   */
  uuid7(order: number): string {
    const t = order.toString(16).padStart(12, '0');
    return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${this.hex(3)}-${(8 + this.int(0, 3)).toString(16)}${this.hex(3)}-${this.hex(12)}`;
  }
}

// ---------------------------------------------------------------- vocabulary

const FIRST = [
  'luna', 'mateo', 'sofia', 'liam', 'amara', 'noah', 'zoe', 'kai', 'maya', 'leo', 'aria', 'ezra', 'nina', 'omar',
  'ivy', 'hugo', 'lea', 'felix', 'mila', 'jonas', 'chloe', 'ravi', 'elena', 'theo', 'yuki', 'marco', 'ines', 'sam',
  'priya', 'lucas', 'hana', 'diego', 'clara', 'emil', 'nora', 'arjun', 'lina', 'oscar', 'rosa', 'finn', 'sara',
  'malik', 'julia', 'andre', 'alma', 'ben', 'carmen', 'david', 'eva', 'gabriel', 'iris', 'jade', 'karim', 'lola',
  'max', 'nadia', 'olivia', 'pablo', 'quinn', 'rania', 'sven', 'tara', 'uma', 'victor', 'wren', 'xavi', 'yara',
] as const;
const LAST = [
  'parker', 'garcia', 'nguyen', 'schmidt', 'rossi', 'kowalski', 'okafor', 'tanaka', 'silva', 'martin', 'dubois',
  'jensen', 'haddad', 'kim', 'patel', 'lopez', 'novak', 'murphy', 'costa', 'fischer', 'moreau', 'ali', 'santos',
  'berg', 'ito', 'reyes', 'weber', 'klein', 'fernandez', 'larsen', 'mensah', 'sato', 'romero', 'ahmed', 'vega',
  'olsen', 'bianchi', 'horvat', 'ruiz', 'walsh', 'baker', 'chen', 'diaz', 'evans', 'ford', 'gray', 'hall', 'ivanova',
] as const;
const NICHES = [
  'travel', 'food', 'fitness', 'beauty', 'fashion', 'gaming', 'tech', 'parenting', 'finance', 'outdoors', 'music',
  'books', 'home', 'pets', 'wellness', 'cycling', 'coffee', 'skincare', 'photography', 'diy',
] as const;
const TAGS = ['vip', 'eu', 'us', 'latam', 'apac', 'q3-launch', 'gifting', 'affiliate', 'ugc', 'long-form', 'bilingual', 'event'] as const;
const OWNERS = ['Alex Moreno', 'Bea Lindqvist', 'Chidi Obi', 'Dana Kaplan', 'Esme Laurent', 'Farid Nasser'] as const;

const PLATFORM_WEIGHTS: readonly (readonly [PlatformId, number])[] = [
  ['instagram', 30], ['tiktok', 22], ['youtube', 15], ['x', 10], ['twitch', 5], ['threads', 5],
  ['bluesky', 3], ['pinterest', 3], ['snapchat', 2], ['linkedin', 2], ['facebook', 2], ['kick', 1],
];
const SEGMENT_WEIGHTS: readonly (readonly [Segment, number])[] = [
  ['unassigned', 35], ['community-advocate', 25], ['growth-bet', 18], ['campaign-specialist', 14], ['strategic-partner', 8],
];
const PROSPECT_STAGES: readonly (readonly [LifecycleStage, number])[] = [['discovered', 60], ['vetting', 30], ['not-a-fit', 10]];
const PARTNER_STAGES: readonly (readonly [LifecycleStage, number])[] = [
  ['test-collaboration', 30], ['active-partner', 35], ['optimizing', 15], ['renewal', 10], ['wound-down', 10],
];
/** How much each stage is talked to: drives how touches are spread over creators. */
const STAGE_ACTIVITY: Record<LifecycleStage, number> = {
  discovered: 0.3, vetting: 1, 'test-collaboration': 2, 'active-partner': 4, optimizing: 3, renewal: 3, 'wound-down': 1, 'not-a-fit': 0.2,
};
const KINDS: readonly (readonly [InteractionKind, number])[] = [
  ['check-in', 30], ['follow-up', 18], ['outreach', 12], ['brief', 10], ['feedback', 10], ['negotiation', 8],
  ['celebration', 5], ['contract', 4], ['other', 3],
];
const DM_CHANNEL: Partial<Record<PlatformId, Channel>> = { instagram: 'instagram-dm', tiktok: 'tiktok-dm', x: 'x-dm' };
const OPENERS = [
  'Quick check-in about', 'Sent the brief for', 'Followed up on', 'They asked about', 'Shared first draft of',
  'Agreed timeline for', 'Thanked them for', 'Discussed rates for', 'Sent product samples for', 'Call notes on',
];
const SUBJECTS = [
  'the spring launch reel', 'the autumn capsule', 'a two-post story set', 'the unboxing video', 'usage rights for paid ads',
  'the affiliate code', 'the community meetup', 'next quarter plans', 'the giveaway rules', 'a long-form review',
];
const CLOSERS = [
  '', ' They were happy with the brief.', ' Waiting on their manager.', ' Prefers email after 5pm CET.',
  ' Wants more creative freedom.', ' Numbers looked strong last time.', ' Asked to move the date by a week.',
];

// ---------------------------------------------------------------- identities

export interface GeneratedAccountIdentity {
  platform: PlatformId;
  handle: string;
}

export interface CreatorIdentity {
  index: number;
  displayName: string;
  segment: Segment;
  stage: LifecycleStage;
  accounts: GeneratedAccountIdentity[];
  followers: number[];
  niches: string[];
  tags: string[];
  owner?: string;
}

/**
 * A handle each site would accept. Letters and separators, then the creator's
 * index in decimal: that keeps [platform, handle] unique, even when truncated.
 */
function handleFor(platform: PlatformId, first: string, last: string, sep: '' | '.' | '_', index: number): string {
  const digits = String(index);
  switch (platform) {
    case 'x':
    case 'twitch':
    case 'kick':
    case 'pinterest':
      // No dots; X allows at most 15 characters.
      return `${first}${sep === '.' ? '_' : sep}${last}`.slice(0, 15 - digits.length) + digits;
    case 'bluesky':
      return `${first}${last}${digits}.bsky.social`;
    case 'linkedin':
      return `${first}-${last}-${digits}`;
    case 'youtube':
      return `${first}${last}${digits}`;
    case 'facebook':
      // Letters, digits and dots only.
      return `${first}${sep === '_' ? '.' : sep}${last}${digits}`;
    default:
      return `${first}${sep}${last}${digits}`;
  }
}

/** Whether creator i is one of the `due` creators (spread evenly over the roster). */
export function isDue(spec: RosterSpec, i: number): boolean {
  return Math.floor(((i + 1) * spec.due) / spec.creators) > Math.floor((i * spec.due) / spec.creators);
}

/** Who creator i is: name, segment, stage, accounts. Independent of every other creator. */
export function identityAt(spec: RosterSpec, i: number): CreatorIdentity {
  const rng = new Rng(seedOf(spec.seed, 'identity', i));
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  const niches = [...new Set([rng.pick(NICHES), ...(rng.chance(0.4) ? [rng.pick(NICHES)] : [])])];
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const displayName = rng.chance(0.8) ? `${cap(first)} ${cap(last)}` : `${cap(first)} ${cap(last)} | ${cap(niches[0] as string)}`;
  let segment = rng.weighted(SEGMENT_WEIGHTS);
  let stage = segment === 'unassigned' ? rng.weighted(PROSPECT_STAGES) : rng.weighted(PARTNER_STAGES);
  if (isDue(spec, i) && (stage === 'wound-down' || stage === 'not-a-fit')) {
    // A due creator must be on a cadence.
    stage = 'active-partner';
    if (segment === 'unassigned') segment = 'community-advocate';
  }
  const count = rng.weighted([[1, 40], [2, 30], [3, 20], [4, 10]] as const);
  const platforms: PlatformId[] = [];
  while (platforms.length < count) {
    const p = rng.weighted(PLATFORM_WEIGHTS);
    if (!platforms.includes(p)) platforms.push(p);
  }
  const accounts = platforms.map((platform) => ({ platform, handle: handleFor(platform, first, last, rng.pick(['', '.', '_'] as const), i) }));
  const reach = 10 ** (2.3 + 4.2 * rng.next() ** 1.6);
  const followers = accounts.map(() => Math.round(reach * (0.2 + rng.next())));
  const tags = rng.chance(0.5) ? [...new Set([rng.pick(TAGS), ...(rng.chance(0.3) ? [rng.pick(TAGS)] : [])])] : [];
  const owner = segment !== 'unassigned' && rng.chance(0.8) ? rng.pick(OWNERS) : undefined;
  return { index: i, displayName, segment, stage, accounts, followers, niches, tags, ...(owner ? { owner } : {}) };
}

// ---------------------------------------------------------------- blocks

/** Start of the ordered ids (a 2024 millisecond timestamp, as UUIDv7 would carry). */
const ID_EPOCH = 0x018f_0000_0000;

export interface RosterBlock {
  creators: Creator[];
  accounts: Account[];
  interactions: Interaction[];
  collaborations: Collaboration[];
}

export function blockCount(spec: RosterSpec): number {
  return Math.ceil(spec.creators / spec.blockSize);
}

/** Share of `total` that falls to the creators [start, end): exact, so the blocks sum to the total. */
function shareOf(total: number, spec: RosterSpec, start: number, end: number): number {
  return Math.floor((total * end) / spec.creators) - Math.floor((total * start) / spec.creators);
}

/** Spreads `total` over creators in proportion to `weights` (sampling with the block's rng). */
function spread(rng: Rng, weights: readonly number[], total: number, floor: readonly number[]): number[] {
  const counts = [...floor];
  let remaining = total - counts.reduce((a, b) => a + b, 0);
  if (remaining < 0) throw new Error(`Cannot give ${total} touches to ${weights.length} creators with minimums`);
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  while (remaining-- > 0) {
    const r = rng.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > r) hi = mid;
      else lo = mid + 1;
    }
    counts[lo] = (counts[lo] as number) + 1;
  }
  return counts;
}

function summary(rng: Rng): string {
  return `${rng.pick(OPENERS)} ${rng.pick(SUBJECTS)}.${rng.pick(CLOSERS)}`;
}

/** Creators [b*blockSize, …) with their accounts, touches and collaborations, all validated. */
export function generateBlock(spec: RosterSpec, b: number): RosterBlock {
  const start = b * spec.blockSize;
  const end = Math.min(spec.creators, start + spec.blockSize);
  if (start >= end) throw new Error(`Block ${b} is past the end of the roster`);
  const rng = new Rng(seedOf(spec.seed, 'block', b));
  const ids: CreatorIdentity[] = [];
  for (let i = start; i < end; i++) ids.push(identityAt(spec, i));

  const touchCounts = spread(
    rng,
    ids.map((c) => STAGE_ACTIVITY[c.stage] * (0.25 + rng.next() * 1.5)),
    shareOf(spec.interactions, spec, start, end),
    ids.map((c) => (isDue(spec, c.index) ? 1 : 0)),
  );
  const collabCounts = spread(
    rng,
    ids.map((c) => (c.segment === 'unassigned' ? 0.05 : STAGE_ACTIVITY[c.stage])),
    shareOf(spec.collaborations, spec, start, end),
    ids.map(() => 0),
  );

  const block: RosterBlock = { creators: [], accounts: [], interactions: [], collaborations: [] };
  // Ordered ids: kind, then block, then position (see Rng.uuid7). Kinds keep ids unique across stores too.
  const counters = [0, 0, 0, 0, 0];
  const nextId = (kind: 0 | 1 | 2 | 3 | 4) => rng.uuid7(ID_EPOCH + kind * 2 ** 40 + b * 2 ** 24 + counters[kind]!++);
  ids.forEach((identity, k) => {
    const creatorId = nextId(0);
    const cadenceDays = DEFAULT_SETTINGS.cadence[identity.segment].idealDays;
    const touches = touchCounts[k] as number;
    const due = isDue(spec, identity.index);
    // Most recent touch: past the cadence for due creators, within it for everyone else.
    const lastAt = due
      ? spec.now - (cadenceDays + 1 + rng.next() * 20) * DAY_MS
      : spec.now - rng.next() * (cadenceDays - 2) * DAY_MS;
    const times: number[] = [];
    for (let t = 0; t < touches; t++) times.push(Math.round(t === 0 ? lastAt : lastAt - rng.next() * 700 * DAY_MS));
    times.sort((a, z) => a - z);
    const firstAt = times[0] ?? Math.round(lastAt);
    // Never-contacted creators in a segment count from when they were saved: keep that within the cadence too.
    const createdAt = times.length > 0 ? Math.round(firstAt - rng.next() * 30 * DAY_MS) : firstAt;

    let lastOutboundAt: number | undefined;
    let lastInboundAt: number | undefined;
    let outreach: OutreachStatus = 'not-contacted';
    const primary = identity.accounts[0] as GeneratedAccountIdentity;
    for (const at of times) {
      const inbound = rng.chance(0.4);
      const kind = rng.weighted(KINDS);
      const change: OutreachStatus | undefined =
        kind === 'outreach' ? 'contacted' : inbound && rng.chance(0.3) ? 'replied' : kind === 'contract' ? 'agreed' : undefined;
      if (inbound) lastInboundAt = at;
      else lastOutboundAt = at;
      outreach = change ?? (outreach === 'not-contacted' ? 'contacted' : outreach);
      block.interactions.push(
        InteractionSchema.parse({
          id: nextId(1),
          creatorId,
          channel: rng.chance(0.6) ? (DM_CHANNEL[primary.platform] ?? 'other-dm') : rng.pick(['email', 'call', 'video-call'] as const),
          direction: inbound ? 'inbound' : 'outbound',
          kind,
          summary: summary(rng),
          occurredAt: at,
          ...(change ? { outreachStatusChange: change } : {}),
          createdAt: at,
          updatedAt: at,
        }),
      );
    }

    const accountSummaries = identity.accounts.map((a, n) => {
      const accountId = nextId(2);
      const followers = identity.followers[n] as number;
      const snapshots = [60, 25, 2]
        .slice(rng.int(0, 2))
        .map((daysAgo, s, all) => ({
          at: spec.now - daysAgo * DAY_MS,
          raw: followers.toLocaleString('en-US'),
          value: Math.round(followers * (1 - 0.02 * (all.length - 1 - s))),
          exact: true,
        }));
      block.accounts.push(
        AccountSchema.parse({
          id: accountId,
          creatorId,
          platform: a.platform,
          handle: a.handle,
          profileUrl: benchProfileUrl(a.platform, a.handle),
          displayName: identity.displayName,
          bio: `${identity.niches.join(' · ')} creator. Collabs: ${a.handle}@example.com`,
          links: [],
          followerSnapshots: snapshots,
          addedAt: createdAt,
          updatedAt: spec.now - 2 * DAY_MS,
        }),
      );
      const latest = snapshots.at(-1);
      const baseline = snapshots.find((s) => s.at >= spec.now - 30 * DAY_MS);
      return {
        accountId,
        platform: a.platform,
        handle: a.handle,
        ...(latest ? { followers: latest.value } : {}),
        ...(baseline ? { followersBaseline: baseline.value } : {}),
      };
    });

    const collaborations: Collaboration[] = [];
    for (let n = 0; n < (collabCounts[k] as number); n++) {
      const startedAt = Math.round(createdAt + rng.next() * Math.max(1, spec.now - createdAt));
      const done = startedAt < spec.now - 60 * DAY_MS;
      collaborations.push(
        CollaborationSchema.parse({
          id: nextId(3),
          creatorId,
          title: `${rng.pick(['Spring', 'Summer', 'Autumn', 'Holiday'])} ${rng.pick(['launch', 'capsule', 'giveaway', 'review'])} ${new Date(startedAt).getUTCFullYear()}`,
          status: done ? 'completed' : rng.pick(['proposed', 'negotiating', 'contracted', 'in-progress'] as const),
          deliverables: Array.from({ length: rng.int(1, 3) }, () => ({
            id: nextId(4),
            description: rng.pick(['1 Reel', '3 Stories', 'YouTube integration (60s)', 'TikTok video', 'Blog post']),
            platform: primary.platform,
            dueAt: startedAt + rng.int(7, 40) * DAY_MS,
            status: done ? 'published' : 'briefed',
          })),
          compensation: { cash: { amount: rng.int(2, 80) * 50, currency: 'EUR' } },
          disclosure: { required: true, method: '#ad', confirmed: done },
          performance: done ? { reach: rng.int(1_000, 500_000), engagements: rng.int(50, 40_000) } : {},
          startedAt,
          ...(done ? { completedAt: startedAt + 45 * DAY_MS, briefAdherence: rng.int(3, 5) } : {}),
          createdAt: startedAt,
          updatedAt: startedAt,
        }),
      );
    }
    block.collaborations.push(...collaborations);

    const lastContactAt = times.at(-1);
    const draft = CreatorSchema.parse({
      id: creatorId,
      displayName: identity.displayName,
      accounts: accountSummaries,
      segment: identity.segment,
      segmentHistory: identity.segment === 'unassigned' ? [] : [{ segment: identity.segment, at: createdAt + DAY_MS }],
      stage: identity.stage,
      stageHistory: [
        { stage: 'discovered', at: createdAt },
        ...(identity.stage === 'discovered' ? [] : [{ stage: identity.stage, at: createdAt + 2 * DAY_MS }]),
      ],
      outreachStatus: outreach,
      fit: {
        notes: rng.chance(0.5) ? `Strong ${identity.niches[0]} audience; ${rng.pick(CLOSERS).trim() || 'good fit.'}` : '',
        rubric: identity.stage === 'discovered' ? {} : { audienceRelevance: rng.int(2, 5), contentQuality: rng.int(2, 5), authenticity: rng.int(2, 5) },
      },
      tags: identity.tags,
      niches: identity.niches,
      ...(identity.owner ? { owner: identity.owner } : {}),
      ...(lastContactAt !== undefined ? { lastContactAt } : {}),
      ...(lastOutboundAt !== undefined ? { lastOutboundAt } : {}),
      ...(lastInboundAt !== undefined ? { lastInboundAt } : {}),
      createdAt,
      updatedAt: Math.max(createdAt, lastContactAt ?? 0),
    });
    const nextDueAt = computeNextDueAt(draft, DEFAULT_SETTINGS);
    // Keep the "exactly `due` creators are due" promise honest: prospects saved long ago would otherwise be due too.
    const dueNow = nextDueAt !== undefined && nextDueAt <= spec.now;
    if (dueNow !== due) {
      throw new Error(`Generator bug: creator ${identity.index} due=${dueNow}, expected ${due}`);
    }
    // Health as the product keeps it (fresh as of `now`), so opening the roster has no backlog to recompute.
    const creatorTouches = block.interactions.slice(block.interactions.length - touches);
    const health = computeHealth(draft, creatorTouches, collaborations, DEFAULT_SETTINGS, spec.now).summary;
    block.creators.push({ ...draft, health, ...(nextDueAt === undefined ? {} : { nextDueAt }) });

  });
  return block;
}

// ---------------------------------------------------------------- CSV

export const CSV_HEADERS = ['Name', 'Platform', 'Handle', 'Profile URL', 'Followers', 'Segment', 'Stage', 'Outreach status', 'Owner', 'Tags', 'Niches', 'Notes'];

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV as a scout would export it from a spreadsheet: one row per creator, their main account. */
export function rosterCsv(spec: RosterSpec, rows: number, offset = 0): string {
  const lines = [CSV_HEADERS.join(',')];
  for (let i = offset; i < offset + rows; i++) {
    const c = identityAt(spec, i);
    const a = c.accounts[0] as GeneratedAccountIdentity;
    lines.push(
      [
        c.displayName,
        a.platform,
        a.handle,
        benchProfileUrl(a.platform, a.handle),
        String(c.followers[0]),
        c.segment,
        c.stage,
        'not-contacted',
        c.owner ?? '',
        c.tags.join('; '),
        c.niches.join('; '),
        c.stage === 'vetting' ? 'Check engagement, "real" comments?' : '',
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
