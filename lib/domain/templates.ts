/**
 * Message templates with merge fields. The scout copies the result and sends it
 * on the platform themselves: Rapport never sends messages.
 */
import type { Collaboration } from './collaboration';
import type { Creator } from './creator';
import type { Template } from './settings';

export const MERGE_FIELDS = ['firstName', 'handle', 'lastCollaboration', 'owner'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export const MERGE_FIELD_LABELS: Record<MergeField, string> = {
  firstName: 'First name',
  handle: 'Handle',
  lastCollaboration: 'Last collaboration',
  owner: 'Owner',
};

export type MergeValues = Record<MergeField, string | undefined>;

/** First word of the display name, without a leading @ (handles used as names). */
export function firstNameOf(displayName: string): string | undefined {
  const first = displayName.trim().split(/\s+/)[0]?.replace(/^@/, '');
  return first ? first : undefined;
}

/** The most recent collaboration that actually started (or was created), by its latest known date. */
export function lastCollaborationOf(
  collaborations: readonly Pick<Collaboration, 'title' | 'status' | 'startedAt' | 'completedAt' | 'createdAt'>[],
): string | undefined {
  const dated = collaborations
    .filter((c) => c.status !== 'cancelled')
    .map((c) => ({ title: c.title, at: c.completedAt ?? c.startedAt ?? c.createdAt }))
    .sort((a, b) => b.at - a.at);
  return dated[0]?.title;
}

export function mergeValuesFor(
  creator: Pick<Creator, 'displayName' | 'accounts' | 'owner'>,
  collaborations: Parameters<typeof lastCollaborationOf>[0] = [],
): MergeValues {
  const handle = creator.accounts[0]?.handle;
  return {
    firstName: firstNameOf(creator.displayName),
    handle: handle ? `@${handle}` : undefined,
    lastCollaboration: lastCollaborationOf(collaborations),
    owner: creator.owner,
  };
}

export interface RenderedTemplate {
  text: string;
  /** Merge fields used in the body that have no value for this creator (left visible as {{field}}). */
  missing: MergeField[];
  /** {{names}} that are not merge fields at all (probably typos). */
  unknown: string[];
}

const FIELD_PATTERN = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;

function isMergeField(name: string): name is MergeField {
  return (MERGE_FIELDS as readonly string[]).includes(name);
}

/**
 * Fills {{field}} placeholders. A field without a value stays visible as
 * {{field}} (and is reported) so a message never goes out with a silent gap.
 */
export function renderTemplate(body: string, values: MergeValues): RenderedTemplate {
  const missing = new Set<MergeField>();
  const unknown = new Set<string>();
  const text = body.replace(FIELD_PATTERN, (whole, name: string) => {
    if (!isMergeField(name)) {
      unknown.add(name);
      return whole;
    }
    const value = values[name];
    if (value === undefined || value === '') {
      missing.add(name);
      return `{{${name}}}`;
    }
    return value;
  });
  return { text, missing: [...missing], unknown: [...unknown] };
}

/** The templates offered to a user who has none yet. */
export const STARTER_TEMPLATES: readonly Pick<Template, 'name' | 'kind' | 'body'>[] = [
  {
    name: 'First outreach',
    kind: 'outreach',
    body: 'Hi {{firstName}}! I loved your recent posts as {{handle}}. We think your audience would enjoy what we are building. Would you be open to a short chat about a collaboration? — {{owner}}',
  },
  {
    name: 'Light check-in',
    kind: 'check-in',
    body: 'Hi {{firstName}}, just checking in! Since {{lastCollaboration}} we have some news we would love to share early with you. No pressure at all. — {{owner}}',
  },
  {
    name: 'Brief',
    kind: 'brief',
    body: 'Hi {{firstName}}, here is the brief for our next piece together. Goal: … Key message: … Timeline: … You keep full creative freedom on format and voice. — {{owner}}',
  },
];
