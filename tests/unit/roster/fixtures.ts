import { CreatorSchema, type Creator, type CreatorInput } from '../../../lib/domain';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 2, 1, 12);

let n = 0;
/** A valid creator record with one Instagram account, for pure roster tests. */
export function makeCreator(overrides: Partial<CreatorInput> & { handle?: string } = {}): Creator {
  n++;
  const { handle = `creator${n}`, ...rest } = overrides;
  return CreatorSchema.parse({
    id: `c${n}`,
    displayName: `Creator ${n}`,
    accounts: [{ accountId: `a${n}`, platform: 'instagram', handle }],
    createdAt: T0,
    updatedAt: T0 + n,
    ...rest,
  });
}
