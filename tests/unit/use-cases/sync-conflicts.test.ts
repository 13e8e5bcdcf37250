import { describe, expect, it } from 'vitest';
import { getCreator, saveScrapedProfile, updateCreator } from '../../../lib/db';
import { settleSyncConflict } from '../../../lib/use-cases/creators';

const SAM = '22222222-2222-4222-8222-222222222222';

async function creatorWithConflict() {
  const { creator } = await saveScrapedProfile({ platform: 'tiktok', handle: 'kai', profileUrl: 'https://www.tiktok.com/@kai', displayName: 'Kai' });
  return updateCreator(creator.id, {
    fit: { ...creator.fit, notes: 'Mine: loves hiking' },
    syncConflicts: [{ field: 'fit.notes', value: 'Sam: great for the spring launch', byId: SAM, at: 1_700_000_000_000 }],
  });
}

describe('settling a text conflict from the team', () => {
  it('takes their version and clears the conflict', async () => {
    const creator = await creatorWithConflict();
    await settleSyncConflict(creator, 0, 'theirs');
    const after = await getCreator(creator.id);
    expect(after?.fit.notes).toBe('Sam: great for the spring launch');
    expect(after?.syncConflicts).toBeUndefined();
  });

  it('keeps the current text and clears the conflict; a conflict settled already is refused in words', async () => {
    const creator = await creatorWithConflict();
    await settleSyncConflict(creator, 0, 'current');
    const after = await getCreator(creator.id);
    expect(after?.fit.notes).toBe('Mine: loves hiking');
    expect(after?.syncConflicts).toBeUndefined();
    await expect(settleSyncConflict(after!, 0, 'theirs')).rejects.toThrow('That conflict was settled already');
  });
});
