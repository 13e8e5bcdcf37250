/** A profile on the roster: what the team knows about the creator, and the quick actions. */
import { useState, type ReactNode } from 'react';
import { getSettings, getTeamState, listCollaborationsOf, listInteractions, listRemindersOf } from '../../lib/db';
import { teamViewOf } from '../../lib/team/attribution';
import { HistoryList } from './history-list';
import { editCreator } from '../../lib/use-cases/creators';
import {
  LIFECYCLE_STAGES,
  SEGMENTS,
  SEGMENT_LABELS,
  STAGE_LABELS,
  dueState,
  fitScore,
  type Creator,
  type LifecycleStage,
  type Segment,
} from '../../lib/domain';
import { activeExclusivities, openFollowUps } from '../../lib/overlay/creator-flags';
import { contactSummary } from '../../lib/overlay/contact-summary';
import { formatDay } from '../ui/format';
import type { PlatformId } from '../../lib/platforms/types';
import { requestOpenPanel } from '../../lib/use-cases/via-worker';
import { useDbQuery } from '../ui/use-db-query';
import { Field, buttonClass } from './card';
import { FitNotes } from './fit-notes';
import { LogTouch } from './log-touch';
import { EnumSelect } from '../ui/enum-select';
import { AddToCampaign } from '../shared/add-to-campaign';

const DUE_TEXT = { due: 'due now', overdue: 'overdue', 'not-due': '', none: '' } as const;

export function RosterPanel(props: { creator: Creator; platform: PlatformId; pickSegment: boolean; onSegmentPicked(): void }) {
  const { creator } = props;
  const now = Date.now();
  const details = useDbQuery(
    async () => {
      const [history, reminderList, collabs, settings, team] = await Promise.all([
        // Enough history for the team's "contacted recently" rule; the card lists the last five.
        listInteractions(creator.id, { limit: 50 }),
        listRemindersOf(creator.id),
        listCollaborationsOf(creator.id),
        getSettings(),
        getTeamState(),
      ]);
      return { history: history.records, reminders: reminderList.records, collaborations: collabs.records, settings, team };
    },
    ['interactions', 'reminders', 'collaborations', 'settings'],
    [creator.id],
  );
  const [editError, setEditError] = useState<string | null>(null);
  const [panelError, setPanelError] = useState<string | null>(null);

  const edit = (patch: { segment?: Segment; stage?: LifecycleStage }) => {
    setEditError(null);
    editCreator(creator.id, patch).catch((e: unknown) => setEditError(e instanceof Error ? e.message : String(e)));
  };

  const openPanel = () => {
    setPanelError(null);
    // Sent straight from the click: the worker must call sidePanel.open() inside this user gesture.
    requestOpenPanel(creator.id).then(
      (r) => !r.opened && setPanelError('The side panel is not available in this browser'),
      (e: unknown) => setPanelError(e instanceof Error ? e.message : String(e)),
    );
  };

  const data = details.status === 'ready' ? details.data : null;
  const score = fitScore(creator.fit.rubric);
  const due = data ? dueState(creator, data.settings, now) : 'none';
  const exclusivities = data ? activeExclusivities(data.collaborations, now) : [];
  const followUps = data ? openFollowUps(data.reminders, now) : [];
  const contact = contactSummary(creator);
  const team = teamViewOf(data?.team, creator, data?.history ?? [], now);

  return (
    <div className="space-y-2">
      <p data-testid="overlay-saved" className="flex items-center gap-1 font-medium text-emerald-700 dark:text-emerald-400">
        <span aria-hidden="true">●</span> On your roster{creator.displayName ? ` as ${creator.displayName}` : ''}
      </p>

      {team.warning && (
        <p data-testid="overlay-team-warning" role="note" className="rounded bg-amber-50 px-1.5 py-0.5 text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          {team.warning}
        </p>
      )}

      {(creator.preferences.doNotContact || exclusivities.length > 0) && (
        <ul data-testid="overlay-flags" className="space-y-0.5">
          {creator.preferences.doNotContact && <Flag testId="overlay-flag-dnc">Do not contact</Flag>}
          {exclusivities.map((x) => (
            <Flag key={x.collaborationId} testId="overlay-flag-exclusivity">
              Exclusive: {x.category}
              {x.endsAt !== undefined ? ` until ${formatDay(x.endsAt, now)}` : ''} ({x.title})
            </Flag>
          ))}
        </ul>
      )}

      {props.pickSegment && (
        <div data-testid="overlay-segment-pick" className="rounded border border-indigo-200 bg-indigo-50 p-2 dark:border-indigo-800 dark:bg-indigo-950">
          <p className="mb-1 font-medium">Saved. Place them in a segment?</p>
          <div className="flex flex-wrap gap-1">
            {SEGMENTS.filter((s) => s !== 'unassigned').map((s) => (
              <button
                key={s}
                type="button"
                data-segment={s}
                className={buttonClass}
                onClick={() => {
                  edit({ segment: s });
                  props.onSegmentPicked();
                }}
              >
                {SEGMENT_LABELS[s]}
              </button>
            ))}
            <button type="button" className="px-2 py-1 text-slate-500 underline" onClick={props.onSegmentPicked}>
              Later
            </button>
          </div>
        </div>
      )}

      <div className="grid grid-cols-2 gap-2">
        <label className="block">
          <span className="text-slate-500 dark:text-slate-400">Segment</span>
          <EnumSelect
            data-testid="overlay-segment"
            value={creator.segment}
            options={SEGMENTS}
            labels={SEGMENT_LABELS}
            onChange={(segment) => edit({ segment })}
            className="mt-0.5 block w-full rounded border border-slate-300 bg-white p-1 dark:border-slate-600 dark:bg-slate-800"
          />
        </label>
        <label className="block">
          <span className="text-slate-500 dark:text-slate-400">Stage</span>
          <EnumSelect
            data-testid="overlay-stage"
            value={creator.stage}
            options={LIFECYCLE_STAGES}
            labels={STAGE_LABELS}
            onChange={(stage) => edit({ stage })}
            className="mt-0.5 block w-full rounded border border-slate-300 bg-white p-1 dark:border-slate-600 dark:bg-slate-800"
          />
        </label>
      </div>
      {editError && (
        <p role="alert" className="text-rose-700">
          Not saved: {editError}
        </p>
      )}

      <div>
        <Field label="Fit score">
          <span data-testid="overlay-fit-score">{score === null ? 'not scored' : `${score}/100`}</span>
        </Field>
        <Field label="Owner">
          <span data-testid="overlay-owner">
            {data?.team ? (team.ownerName ? `owned by ${team.ownerName}` : 'nobody yet') : (creator.owner ?? 'nobody yet')}
          </span>
        </Field>
        <Field label="Last contact">
          <span data-testid="overlay-last-contact" data-at={creator.lastContactAt ?? ''}>
            {creator.lastContactAt === undefined ? 'never' : formatDay(creator.lastContactAt, now)}
          </span>
        </Field>
        <Field label="Next contact">
          <span data-testid="overlay-next-due" data-state={due}>
            {creator.nextDueAt === undefined
              ? creator.preferences.doNotContact
                ? 'none (do not contact)'
                : 'no cadence yet'
              : `${formatDay(creator.nextDueAt, now)}${DUE_TEXT[due] ? ` · ${DUE_TEXT[due]}` : ''}`}
          </span>
        </Field>
      </div>

      {contact.length > 0 && (
        <div data-testid="overlay-contact">
          {contact.map((line) => (
            <Field key={line.key} label={line.label}>
              <span data-testid={`overlay-contact-${line.key}`} title={line.text}>
                {line.text}
              </span>
            </Field>
          ))}
        </div>
      )}

      <FitNotes creator={creator} />

      <div className="flex flex-wrap items-start gap-1">
        <LogTouch creator={creator} platform={props.platform} {...(team.warning ? { warning: team.warning } : {})} />
        <button type="button" data-testid="overlay-open-panel" className={buttonClass} onClick={openPanel}>
          Open in side panel
        </button>
        <AddToCampaign
          creatorIds={[creator.id]}
          inCampaigns={new Set(data?.collaborations.flatMap((c) => (c.campaignId ? [c.campaignId] : [])))}
          testId="overlay-add-to-campaign"
          selectClassName="max-w-full rounded border border-slate-300 bg-white p-1 dark:border-slate-600 dark:bg-slate-800"
        />
      </div>
      {panelError && (
        <p role="alert" className="text-rose-700">
          Could not open the side panel: {panelError}
        </p>
      )}

      {followUps.length > 0 && (
        <section>
          <h3 className="font-medium text-slate-500 dark:text-slate-400">Open follow-ups</h3>
          <ul data-testid="overlay-follow-ups">
            {followUps.map((f) => (
              <li key={f.id} className="flex justify-between gap-2">
                <span className="truncate">{f.title}</span>
                <span className={f.overdue ? 'shrink-0 text-rose-700 dark:text-rose-400' : 'shrink-0'}>{formatDay(f.dueAt, now)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <HistoryList history={data?.history.slice(0, 5)} team={team} now={now} error={details.status === 'error' ? details.error.message : undefined} />
    </div>
  );
}

function Flag(props: { testId: string; children: ReactNode }) {
  return (
    <li data-testid={props.testId} className="rounded bg-rose-50 px-1.5 py-0.5 font-medium text-rose-800 dark:bg-rose-950 dark:text-rose-200">
      ⚑ {props.children}
    </li>
  );
}
