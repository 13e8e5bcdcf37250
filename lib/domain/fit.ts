/** Fit: the rubric the method vets creators on, and the score derived from it. */
import { z } from 'zod';
import { TextSchema } from './common';

export const FIT_CRITERIA = ['audienceRelevance', 'engagementQuality', 'contentQuality', 'valuesAlignment', 'authenticity'] as const;
export type FitCriterion = (typeof FIT_CRITERIA)[number];

export const FIT_CRITERION_LABELS: Record<FitCriterion, string> = {
  audienceRelevance: 'Audience relevance',
  engagementQuality: 'Engagement quality',
  contentQuality: 'Content quality',
  valuesAlignment: 'Values alignment',
  authenticity: 'Authenticity',
};

const ScoreSchema = z.number().int().min(1).max(5);

export const FitRubricSchema = z.object({
  audienceRelevance: ScoreSchema.optional(),
  engagementQuality: ScoreSchema.optional(),
  contentQuality: ScoreSchema.optional(),
  valuesAlignment: ScoreSchema.optional(),
  authenticity: ScoreSchema.optional(),
});
export type FitRubric = z.infer<typeof FitRubricSchema>;

export const FitSchema = z.object({
  notes: TextSchema(20_000).default(''),
  rubric: FitRubricSchema.default({}),
});
export type Fit = z.infer<typeof FitSchema>;

/**
 * Fit score on a 0-100 scale: the mean of the criteria that were scored.
 * Null until at least one criterion is scored, so "unscored" never reads as "bad fit".
 */
export function fitScore(rubric: FitRubric): number | null {
  const scores = FIT_CRITERIA.map((c) => rubric[c]).filter((s): s is number => s !== undefined);
  if (scores.length === 0) return null;
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  return Math.round(((mean - 1) / 4) * 100);
}
