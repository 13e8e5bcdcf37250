/**
 * A creator's collaborations in the side panel: what was agreed (deliverables,
 * compensation, usage rights, exclusivity, disclosure, contract dates) and how
 * it went (status, brief adherence, performance). Every field saves as soon as
 * it is left; lib/db validates the record and keeps reminders and health in step.
 */
import { useState } from 'react';
import { newCollaboration, type Collaboration } from '../../../lib/domain';
import { listCampaigns } from '../../../lib/db';
import { useDbQuery } from '../../ui/use-db-query';
import { deleteCollaboration, saveCollaboration } from '../../../lib/use-cases/collaborations';
import { ErrorNote, buttonClass, errorMessage, inputClass } from '../../ui/controls';
import { CollaborationCard } from './card';

export function Collaborations(props: { creatorId: string; collabs: Collaboration[]; nameOf?: (memberId: string | undefined) => string | undefined }) {
  const [error, setError] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const campaigns = useDbQuery(() => listCampaigns(), ['campaigns'], []);
  const campaignName = (id: string | undefined) => (id && campaigns.status === 'ready' ? campaigns.data.records.find((c) => c.id === id)?.name : undefined);
  async function save(next: Collaboration): Promise<boolean> {
    setError(null);
    try {
      await saveCollaboration(next);
      return true;
    } catch (e) {
      setError(`Not saved: ${errorMessage(e)}`);
      return false;
    }
  }
  return (
    <div>
      <ul className="space-y-2">
        {props.collabs.map((c) => (
          <li key={c.id}>
            <CollaborationCard
              collab={c}
              save={save}
              {...(props.nameOf ? { nameOf: props.nameOf } : {})}
              campaignName={campaignName(c.campaignId)}
              remove={() => void deleteCollaboration(c.id).catch((e: unknown) => setError(`Not deleted: ${errorMessage(e)}`))}
            />
          </li>
        ))}
      </ul>
      <form
        className="mt-2 flex gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          if (!title.trim()) return;
          void save(newCollaboration(props.creatorId, title, Date.now())).then((ok) => ok && setTitle(''));
        }}
      >
        <input
          className={`${inputClass} min-w-0 flex-1`}
          aria-label="New collaboration title"
          placeholder="e.g. Spring launch"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <button type="submit" className={buttonClass}>
          Add collaboration
        </button>
      </form>
      {error && <ErrorNote>{error}</ErrorNote>}
    </div>
  );
}
