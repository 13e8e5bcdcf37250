/**
 * Settings that do not pass their schema, said in plain words and attached to
 * the field they concern, so the form can show each message next to its input
 * instead of a schema path ("cadence › growth-bet: maxDays must be…").
 */
import type { z } from 'zod';
import { SEGMENTS, type Segment } from './enums';
import { SEGMENT_LABELS } from './labels';
import { SettingsSchema, type Settings } from './settings';

/** A form field: a top-level setting, a nested one ("wellbeing.windowDays"), or a segment's cadence ("cadence.growth-bet"). */
export type SettingsField = string;

const LABELS: Record<string, string> = {
  followUpDelayDays: 'Follow-up delay',
  followUpMaxUnanswered: 'Unanswered asks before follow-ups stop',
  deliverableLeadDays: 'Deliverable reminder',
  endDateLeadDays: 'End-date reminder',
  feedbackWithinDays: 'Feedback and celebration',
  fitReviewMonths: 'Fit review interval',
  'quietHours.start': 'Quiet hours start',
  'quietHours.end': 'Quiet hours end',
  'wellbeing.maxUnansweredAsks': 'Unanswered asks before a warning',
  'wellbeing.windowDays': 'Warning window',
  'wellbeing.maxDeliverablesPerWeek': 'Deliverables per week',
  owners: "An owner's name",
};

const isSegment = (value: unknown): value is Segment => SEGMENTS.some((s) => s === value);

/** The field an issue belongs to: a segment's ideal and maximum share one row of the form. */
function fieldOf(path: readonly PropertyKey[]): SettingsField {
  if (path[0] === 'cadence' && isSegment(path[1])) return `cadence.${path[1]}`;
  if (path[0] === 'owners') return 'owners';
  return path.map(String).join('.');
}

function labelOf(path: readonly PropertyKey[]): string {
  if (path[0] === 'cadence' && isSegment(path[1])) {
    const part = path[2] === 'idealDays' ? ': the ideal' : path[2] === 'maxDays' ? ': the maximum' : '';
    return `${SEGMENT_LABELS[path[1]]}${part}`;
  }
  return LABELS[fieldOf(path)] ?? path.map(String).join(' ');
}

function wordsFor(issue: z.core.$ZodIssue): string {
  const label = labelOf(issue.path);
  switch (issue.code) {
    case 'too_small':
      return `${label} must be at least ${String(issue.minimum)}.`;
    case 'too_big':
      return issue.origin === 'string' ? `${label} is longer than ${String(issue.maximum)} characters.` : `${label} can be at most ${String(issue.maximum)}.`;
    case 'invalid_type':
      return issue.expected === 'int' ? `${label} must be a whole number.` : `${label} is empty or not a number.`;
    case 'invalid_format':
      return `${label}: use a time such as 08:00.`;
    case 'custom':
      // The one refinement: a cadence's maximum below its ideal.
      return issue.path[0] === 'cadence' ? `${label}: the maximum must be at least the ideal number of days.` : `${label}: ${issue.message}`;
    default:
      return `${label}: ${issue.message}`;
  }
}

/** The draft as settings, or one message per field that needs fixing (several issues of one field are joined). */
export function checkSettings(draft: unknown): { ok: true; settings: Settings } | { ok: false; problems: Record<SettingsField, string> } {
  const parsed = SettingsSchema.safeParse(draft);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const problems: Record<SettingsField, string> = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path);
    const words = wordsFor(issue);
    problems[field] = problems[field] && !problems[field].includes(words) ? `${problems[field]} ${words}` : words;
  }
  return { ok: false, problems };
}
