/** Colour classes for the method's vocabulary, one table per thing coloured, typed so a new value cannot go uncoloured. */
import type { HealthSummary, Segment } from '../../lib/domain';

type HealthLabel = HealthSummary['label'];

export const SEGMENT_TONES: Record<Segment, string> = {
  'strategic-partner': 'bg-indigo-100 text-indigo-900 dark:bg-indigo-900 dark:text-indigo-100',
  'growth-bet': 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  'community-advocate': 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  'campaign-specialist': 'bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100',
  unassigned: 'bg-slate-100 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
};

/** Health as text. */
export const HEALTH_TONES: Record<HealthLabel, string> = {
  thriving: 'text-emerald-800 dark:text-emerald-300',
  steady: 'text-sky-800 dark:text-sky-300',
  'at-risk': 'text-red-800 dark:text-red-300',
  unknown: 'text-slate-600 dark:text-slate-400',
};

/** Health as a bar in a chart. */
export const HEALTH_BAR_TONES: Record<HealthLabel, string> = {
  thriving: 'bg-emerald-600',
  steady: 'bg-sky-600',
  'at-risk': 'bg-red-600',
  unknown: 'bg-slate-400',
};
