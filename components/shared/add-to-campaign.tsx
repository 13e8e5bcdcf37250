/**
 * "Add to campaign": a picker of the campaigns not yet done, used by the roster's bulk
 * actions and by the card on a profile page. Says what happened in words.
 */
import { useState } from 'react';
import { listCampaigns } from '../../lib/db';
import { addToCampaign } from '../../lib/use-cases/campaigns';
import { useDbQuery } from '../ui/use-db-query';
import { errorMessage } from '../ui/controls';

export function AddToCampaign(props: {
  creatorIds: readonly string[];
  selectClassName: string;
  testId?: string;
  /** For one creator: the campaigns they are in already (named, and not offered again). */
  inCampaigns?: ReadonlySet<string>;
  onAdded?(message: string): void;
}) {
  const campaigns = useDbQuery(() => listCampaigns(), ['campaigns'], []);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const all = campaigns.status === 'ready' ? campaigns.data.records : [];
  const member = all.filter((c) => props.inCampaigns?.has(c.id));
  const open = all.filter((c) => c.status !== 'done' && !props.inCampaigns?.has(c.id));
  return (
    <>
      {member.length > 0 && (
        <span data-testid="in-campaigns">
          In {member.length === 1 ? 'campaign' : 'campaigns'}: {member.map((c) => c.name).join(', ')}
        </span>
      )}
      {open.length > 0 && (
        <select
          className={props.selectClassName}
          aria-label="Add to campaign"
          data-testid={props.testId ?? 'add-to-campaign'}
          value=""
          onChange={(e) => {
            const campaign = open.find((c) => c.id === e.target.value);
            if (!campaign) return;
            setNote(null);
            addToCampaign(campaign.id, props.creatorIds).then(
              ({ added, alreadyIn }) => {
                const text = `${added} added to ${campaign.name}${alreadyIn ? `, ${alreadyIn} already in it` : ''}`;
                setNote({ text, error: false });
                props.onAdded?.(text);
              },
              (err: unknown) => setNote({ text: `Not added: ${errorMessage(err)}`, error: true }),
            );
          }}
        >
          <option value="">Add to campaign…</option>
          {open.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      )}
      {note && (
        <span role={note.error ? 'alert' : 'status'} data-testid="add-to-campaign-note" className={note.error ? 'text-rose-700' : ''}>
          {note.text}
        </span>
      )}
    </>
  );
}
