/** Name, segment, stage (with a note for the history), partnership, outreach, owner, tags, cadence and snooze. */
import { useState } from 'react';
import {
  LIFECYCLE_STAGES,
  OUTREACH_LABELS,
  OUTREACH_STATUSES,
  SEGMENTS,
  SEGMENT_LABELS,
  SEGMENT_PROFILES,
  STAGE_LABELS,
  type Creator,
  type Settings,
  splitCommaList,
} from '../../../lib/domain';
import { ErrorNote, buttonClass, inputClass } from '../../ui/controls';
import { formatDate } from '../../ui/format';
import { EnumSelect } from '../../ui/enum-select';
import { useCreatorSaver } from './use-creator-saver';
import { DAY_MS } from '../../../lib/domain/time';

export function RelationshipForm(props: { creator: Creator; settings: Settings }) {
  const { creator, settings } = props;
  const { error, save } = useCreatorSaver(creator.id);
  const [tags, setTags] = useState(creator.tags.join(', '));
  const [stageNote, setStageNote] = useState('');
  const [name, setName] = useState(creator.displayName);
  const owners = [...new Set([...settings.owners, ...(creator.owner ? [creator.owner] : [])])];
  const cadence = creator.cadenceOverride ?? settings.cadence[creator.segment];
  return (
    <div className="grid grid-cols-2 gap-2">
      <label className="col-span-2 flex flex-col gap-0.5">
        <span className="text-xs font-semibold">Name</span>
        <input
          className={inputClass}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => name.trim() && name !== creator.displayName && void save({ displayName: name.trim() })}
        />
      </label>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs font-semibold">Segment</span>
        <EnumSelect
          className={inputClass}
          value={creator.segment}
          options={SEGMENTS}
          labels={SEGMENT_LABELS}
          onChange={(segment) => void save({ segment })}
          data-testid="detail-segment"
        />
      </label>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs font-semibold">Lifecycle stage</span>
        <EnumSelect
          className={inputClass}
          value={creator.stage}
          options={LIFECYCLE_STAGES}
          labels={STAGE_LABELS}
          onChange={(stage) => void save({ stage, ...(stageNote ? { stageNote } : {}) }).then(() => setStageNote(''))}
        />
      </label>
      <label className="col-span-2 flex flex-col gap-0.5">
        <span className="text-xs font-semibold">Note for the next stage change (optional)</span>
        <input className={inputClass} value={stageNote} onChange={(e) => setStageNote(e.target.value)} placeholder="Why it moved" />
      </label>
      {creator.stage === 'active-partner' && (
        <label className="flex flex-col gap-0.5">
          <span className="text-xs font-semibold">Partnership</span>
          <select
            className={inputClass}
            value={creator.partnershipKind ?? ''}
            onChange={(e) => void save({ partnershipKind: (e.target.value || undefined) as Creator['partnershipKind'] })}
          >
            <option value="">—</option>
            <option value="recurring">Recurring campaigns</option>
            <option value="ambassador">Ambassador</option>
          </select>
        </label>
      )}
      <label className="flex flex-col gap-0.5">
        <span className="text-xs font-semibold">Outreach</span>
        <EnumSelect
          className={inputClass}
          value={creator.outreachStatus}
          options={OUTREACH_STATUSES}
          labels={OUTREACH_LABELS}
          onChange={(outreachStatus) => void save({ outreachStatus })}
        />
      </label>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs font-semibold">Owner</span>
        <select className={inputClass} value={creator.owner ?? ''} onChange={(e) => void save({ owner: e.target.value || undefined })}>
          <option value="">Nobody yet</option>
          {owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
      <label className="col-span-2 flex flex-col gap-0.5">
        <span className="text-xs font-semibold">Tags (comma separated)</span>
        <input
          className={inputClass}
          value={tags}
          onChange={(e) => setTags(e.target.value)}
          onBlur={() => splitCommaList(tags).join(',') !== creator.tags.join(',') && void save({ tags: splitCommaList(tags) })}
        />
      </label>
      <p className="col-span-2 text-xs text-slate-600 dark:text-slate-400">
        {SEGMENT_PROFILES[creator.segment].objective}. Contact every {cadence.idealDays}–{cadence.maxDays} days. Last contact{' '}
        {formatDate(creator.lastContactAt)}, next due {formatDate(creator.nextDueAt)}.
      </p>
      {creator.nextDueAt !== undefined && (
        <div className="col-span-2 flex gap-1">
          <button type="button" className={buttonClass} onClick={() => void save({ snoozedUntil: Date.now() + 7 * DAY_MS })}>
            Snooze a week
          </button>
          {creator.snoozedUntil !== undefined && creator.snoozedUntil > Date.now() && (
            <button type="button" className={buttonClass} onClick={() => void save({ snoozedUntil: undefined })}>
              Unsnooze (snoozed until {formatDate(creator.snoozedUntil)})
            </button>
          )}
        </div>
      )}
      {error && <ErrorNote>{error}</ErrorNote>}
    </div>
  );
}
