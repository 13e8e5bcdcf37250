import { describe, expect, it } from 'vitest';
import { fitScore } from '../../../lib/domain';

describe('fit score', () => {
  it('is unknown until a criterion is scored', () => {
    expect(fitScore({})).toBeNull();
  });
  it.each([
    [{ audienceRelevance: 5, engagementQuality: 5, contentQuality: 5, valuesAlignment: 5, authenticity: 5 }, 100],
    [{ audienceRelevance: 1, engagementQuality: 1, contentQuality: 1, valuesAlignment: 1, authenticity: 1 }, 0],
    [{ audienceRelevance: 3 }, 50],
    [{ audienceRelevance: 4, authenticity: 5 }, 88],
  ])('maps the mean of scored criteria %o to %i on 0-100', (rubric, expected) => {
    expect(fitScore(rubric)).toBe(expected);
  });
});
