/** Saves a patch to one creator and keeps the outcome (saved time, or the error in words) for the form that asked. */
import { useState } from 'react';
import { editCreator } from '../../../lib/use-cases/creators';
import type { CreatorPatch } from '../../../lib/domain';
import { errorMessage } from '../../ui/controls';

export function useCreatorSaver(creatorId: string) {
  const [error, setError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  async function save(patch: CreatorPatch): Promise<boolean> {
    setError(null);
    try {
      await editCreator(creatorId, patch);
      setSavedAt(Date.now());
      return true;
    } catch (e) {
      setError(`Not saved: ${errorMessage(e)}`);
      return false;
    }
  }
  return { error, savedAt, save };
}
