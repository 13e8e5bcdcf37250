/**
 * The portfolio framework from the method: each segment's objective, engagement
 * style and default contact cadence (ideal and maximum days between touches).
 */
import type { Segment } from './enums';

export interface SegmentProfile {
  objective: string;
  engagementStyle: string;
  /** Default cadence; "light touch every one to two months", more often for top partners. */
  cadence: { idealDays: number; maxDays: number };
}

export const SEGMENT_PROFILES: Record<Segment, SegmentProfile> = {
  'strategic-partner': {
    objective: 'Long term brand equity and reliable revenue',
    engagementStyle: 'Multi quarter plans, exclusivity, co creation',
    cadence: { idealDays: 30, maxDays: 45 },
  },
  'growth-bet': {
    objective: 'Upside exploration and category reach',
    engagementStyle: 'Test campaigns, flexible briefs, rapid iteration',
    cadence: { idealDays: 45, maxDays: 60 },
  },
  'community-advocate': {
    objective: 'Depth, authenticity, and localized trust',
    engagementStyle: 'Product seeding, storytelling, occasional boosts',
    cadence: { idealDays: 60, maxDays: 90 },
  },
  'campaign-specialist': {
    objective: 'Executional excellence for key launches',
    engagementStyle: 'Project based with clear, detailed scopes',
    cadence: { idealDays: 60, maxDays: 120 },
  },
  unassigned: {
    objective: 'Not yet placed in the portfolio',
    engagementStyle: 'Vet before committing effort',
    cadence: { idealDays: 90, maxDays: 180 },
  },
};
