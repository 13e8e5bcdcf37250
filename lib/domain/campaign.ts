/**
 * A campaign: one brand effort that holds the collaborations of several creators
 * (the method manages creators as a portfolio across campaigns, not one post at a time).
 */
import { z } from 'zod';
import { addYears } from 'date-fns';
import { SegmentSchema } from './enums';
import { IdSchema, TextSchema, TimestampSchema, newId } from './common';

export const CAMPAIGN_TYPES = ['always-on-seeding', 'educational-series', 'seasonal', 'launch', 'ambassador-programme', 'other'] as const;
export const CAMPAIGN_STATUSES = ['planning', 'briefing', 'live', 'wrapping-up', 'done'] as const;

export const CampaignTypeSchema = z.enum(CAMPAIGN_TYPES);
export type CampaignType = z.infer<typeof CampaignTypeSchema>;
export const CampaignStatusSchema = z.enum(CAMPAIGN_STATUSES);
export type CampaignStatus = z.infer<typeof CampaignStatusSchema>;

export const CAMPAIGN_TYPE_LABELS: Record<CampaignType, string> = {
  'always-on-seeding': 'Always-on seeding',
  'educational-series': 'Educational series',
  seasonal: 'Seasonal / annual',
  launch: 'Launch',
  'ambassador-programme': 'Ambassador programme',
  other: 'Other',
};

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  planning: 'Planning',
  briefing: 'Briefing',
  live: 'Live',
  'wrapping-up': 'Wrapping up',
  done: 'Done',
};

export const MoneySchema = z.object({
  amount: z.number().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code such as EUR'),
});
export type Money = z.infer<typeof MoneySchema>;

export const CampaignSchema = z
  .object({
    id: IdSchema,
    name: TextSchema(200).refine((s) => s.trim().length > 0, 'a campaign needs a name'),
    objective: TextSchema(2000).default(''),
    type: CampaignTypeSchema.default('other'),
    status: CampaignStatusSchema.default('planning'),
    startsAt: TimestampSchema.optional(),
    endsAt: TimestampSchema.optional(),
    budget: MoneySchema.optional(),
    brief: z.object({ text: TextSchema(20_000).default(''), url: z.url().max(2000).optional() }).default({ text: '' }),
    targetSegments: z.array(SegmentSchema).max(10).default([]),
    /** The person running it (free text solo; in a team, `ownerId` names the member). */
    owner: TextSchema(120).optional(),
    ownerId: IdSchema.optional(),
    /** "Run again": the campaign this one repeats. */
    previousCampaignId: IdSchema.optional(),
    createdAt: TimestampSchema,
    /** In a team: who last changed it (set by the team server). */
    updatedById: IdSchema.optional(),
    updatedAt: TimestampSchema,
  })
  .refine((c) => c.startsAt === undefined || c.endsAt === undefined || c.endsAt >= c.startsAt, {
    message: 'the end date is before the start date',
    path: ['endsAt'],
  });
export type Campaign = z.infer<typeof CampaignSchema>;

export function newCampaign(fields: { name: string; type?: CampaignType; objective?: string }, now: number): Campaign {
  return {
    id: newId(),
    name: fields.name.trim(),
    objective: fields.objective?.trim() ?? '',
    type: fields.type ?? 'other',
    status: 'planning',
    brief: { text: '' },
    targetSegments: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** Campaigns whose collaborations are under way: their creators are in "deliverable talk", not losing touch. */
export const isLiveCampaign = (c: Pick<Campaign, 'status'>): boolean => c.status === 'briefing' || c.status === 'live' || c.status === 'wrapping-up';

/**
 * "Run again": a fresh campaign in planning with the same type, objective, brief,
 * budget and segments. Dates move on by whole years until they are in the future
 * (a seasonal campaign comes back the same season), and a year in the name moves with them.
 */
export function runAgainCopy(done: Campaign, now: number): Campaign {
  let years = 0;
  if (done.startsAt !== undefined) while (addYears(done.startsAt, years).getTime() < now) years++;
  else years = 1;
  const shift = (at: number | undefined) => (at === undefined ? undefined : addYears(at, years).getTime());
  const startsAt = shift(done.startsAt);
  const endsAt = shift(done.endsAt);
  const name = done.name.replace(/\b(19|20)\d{2}\b/g, (year) => String(Number(year) + years));
  return {
    id: newId(),
    name: name === done.name ? `${done.name} (again)` : name,
    objective: done.objective,
    type: done.type,
    status: 'planning',
    ...(startsAt !== undefined ? { startsAt } : {}),
    ...(endsAt !== undefined ? { endsAt } : {}),
    ...(done.budget ? { budget: { ...done.budget } } : {}),
    brief: { ...done.brief },
    targetSegments: [...done.targetSegments],
    ...(done.owner ? { owner: done.owner } : {}),
    ...(done.ownerId ? { ownerId: done.ownerId } : {}),
    previousCampaignId: done.id,
    createdAt: now,
    updatedAt: now,
  };
}
