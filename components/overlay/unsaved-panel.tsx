/**
 * A profile that is not on the roster: save it in one click, or link it to a
 * creator we already have under another platform instead of duplicating them.
 */
import { useState, type MouseEvent } from 'react';
import { PLATFORM_LABELS } from '../../lib/domain';
import { LINK_REASON_LABELS } from '../../lib/overlay/link-candidates';
import type { ScrapedProfile } from '../../lib/platforms/types';
import { findLinkCandidatesFor } from '../../lib/use-cases/profiles';
import { requestSaveProfile } from '../../lib/use-cases/via-worker';
import { useDbQuery } from '../ui/use-db-query';
import { buttonClass, primaryButtonClass } from './card';

export function UnsavedPanel(props: { profile: ScrapedProfile; onSaved(creatorId: string, created: boolean): void }) {
  const { profile } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const candidates = useDbQuery(
    () => findLinkCandidatesFor(profile),
    ['creators', 'accounts'],
    [profile.platform, profile.handle, profile.displayName, (profile.links ?? []).join('\n')],
  );

  async function save(event: MouseEvent, linkToCreatorId?: string) {
    // Only a real click saves: nothing the page (or a script) does can add a creator.
    if (!event.nativeEvent.isTrusted || busy) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await requestSaveProfile(profile, linkToCreatorId);
      props.onSaved(saved.creatorId, saved.createdCreator);
    } catch (e) {
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  const found = candidates.status === 'ready' ? candidates.data : [];
  return (
    <div className="space-y-2">
      <button type="button" data-testid="overlay-save" className={`w-full ${primaryButtonClass}`} disabled={busy} onClick={(e) => void save(e)}>
        Save to roster
      </button>
      {found.length > 0 && (
        <div data-testid="overlay-link-candidates" className="rounded border border-amber-300 bg-amber-50 p-2 dark:border-amber-700 dark:bg-amber-950">
          <p className="mb-1 font-medium">Already on your roster under another platform?</p>
          <ul className="space-y-1">
            {found.map((c) => (
              <li key={c.creator.id} className="flex items-center gap-2">
                <div className="min-w-0 flex-1">
                  <p className="truncate font-medium">{c.creator.displayName}</p>
                  <p className="truncate text-slate-600 dark:text-slate-300">
                    {c.creator.accounts.map((a) => `${PLATFORM_LABELS[a.platform]} @${a.handle}`).join(', ')}
                    {' — '}
                    {c.reasons.map((r) => LINK_REASON_LABELS[r]).join(', ')}
                  </p>
                </div>
                <button
                  type="button"
                  data-testid="overlay-link-candidate"
                  data-creator-id={c.creator.id}
                  className={buttonClass}
                  disabled={busy}
                  onClick={(e) => void save(e, c.creator.id)}
                >
                  Link
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {candidates.status === 'error' && <p className="text-rose-700 dark:text-rose-400">Could not look for existing creators: {candidates.error.message}</p>}
      {error && (
        <p role="alert" className="text-rose-700 dark:text-rose-400">
          {error}
        </p>
      )}
    </div>
  );
}
