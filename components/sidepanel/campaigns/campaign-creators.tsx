/**
 * The creators in a campaign, one collaboration each: its status, fee and deliverables,
 * and "Mark done", which asks for the brief-adherence rating there and then (the
 * feedback and celebration reminders follow from lib/db).
 */
import { useState } from 'react';
import { COLLABORATION_STATUSES, COLLABORATION_STATUS_LABELS, withCash, withCollaborationStatus, type Collaboration } from '../../../lib/domain';
import { saveCollaboration } from '../../../lib/use-cases/collaborations';
import { completeCollaboration } from '../../../lib/use-cases/campaigns';
import { EnumSelect } from '../../ui/enum-select';
import { buttonClass, errorMessage, inputClass, primaryButtonClass } from '../../ui/controls';
import { Field, NumberField } from '../../ui/form-fields';
import { DeliverablesEditor } from '../collaborations/deliverables';

export function CampaignCreators(props: {
  collaborations: readonly Collaboration[];
  nameOf(id: string): string;
  onOpenCreator(id: string): void;
  onError(message: string): void;
}) {
  const save = (next: Collaboration) => void saveCollaboration(next).catch((e: unknown) => props.onError(`Not saved: ${errorMessage(e)}`));
  return (
    <section aria-label="Creators in this campaign" className="text-xs">
      <h3 className="mb-1 font-semibold">Creators ({props.collaborations.length})</h3>
      {props.collaborations.length === 0 && (
        <p>No creators yet: select some in the roster and choose “Add to campaign”, or add them from their profile page.</p>
      )}
      <ul className="space-y-2">
        {props.collaborations.map((c) => (
          <li key={c.id} className="rounded border border-slate-200 p-2 dark:border-slate-700" data-testid="campaign-creator" data-creator-id={c.creatorId}>
            <div className="flex items-center justify-between gap-2">
              <button type="button" className="font-medium underline" onClick={() => props.onOpenCreator(c.creatorId)}>
                {props.nameOf(c.creatorId)}
              </button>
              <span>{COLLABORATION_STATUS_LABELS[c.status]}</span>
            </div>
            <div className="mt-1 grid grid-cols-2 gap-1">
              <Field label="Status">
                <EnumSelect
                  className={inputClass}
                  value={c.status}
                  options={COLLABORATION_STATUSES.filter((s) => s !== 'completed' || c.status === 'completed')}
                  labels={COLLABORATION_STATUS_LABELS}
                  data-testid="campaign-collab-status"
                  onChange={(status) => save(withCollaborationStatus(c, status, Date.now()))}
                />
              </Field>
              <NumberField
                label={`Fee (${c.compensation.cash?.currency ?? 'USD'})`}
                value={c.compensation.cash?.amount}
                onCommit={(amount) => save(withCash(c, { amount }))}
              />
            </div>
            <div className="mt-1">
              <DeliverablesEditor deliverables={c.deliverables} onChange={(deliverables) => save({ ...c, deliverables })} />
            </div>
            {c.status !== 'completed' && c.status !== 'cancelled' && <MarkDone collaboration={c} onError={props.onError} />}
            {c.status === 'completed' && (
              <p className="mt-1">Done{c.briefAdherence !== undefined ? `, brief adherence ${c.briefAdherence}/5` : ', not rated'}.</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function MarkDone(props: { collaboration: Collaboration; onError(message: string): void }) {
  const [asking, setAsking] = useState(false);
  const finish = (rating: number | undefined) =>
    void completeCollaboration(props.collaboration, rating).then(
      () => setAsking(false),
      (e: unknown) => props.onError(errorMessage(e)),
    );
  if (!asking) {
    return (
      <button type="button" className={`${buttonClass} mt-1`} data-testid="collab-mark-done" onClick={() => setAsking(true)}>
        Mark done…
      </button>
    );
  }
  return (
    <div className="mt-1 rounded bg-indigo-50 p-2 dark:bg-indigo-950" role="group" aria-label="Rate brief adherence" data-testid="collab-rate">
      <p className="mb-1">How closely did the content follow the brief?</p>
      <div className="flex flex-wrap gap-1">
        {[1, 2, 3, 4, 5].map((n) => (
          <button key={n} type="button" className={primaryButtonClass} data-rating={n} onClick={() => finish(n)}>
            {n}/5
          </button>
        ))}
        <button type="button" className={buttonClass} onClick={() => finish(undefined)}>
          Done, rate later
        </button>
        <button type="button" className={buttonClass} onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
