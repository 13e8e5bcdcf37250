/**
 * One creator: accounts, segment and stage with history, fit, preferences and
 * boundaries, owner, milestones, collaborations, health with its reasons, and
 * the timeline of every touch (filter, add, edit, delete).
 */
import { useMemo, useState } from 'react';
import {
  CHANNELS,
  CHANNEL_LABELS,
  FIT_CRITERIA,
  FIT_CRITERION_LABELS,
  HEALTH_LABELS,
  INTERACTION_KINDS,
  KIND_LABELS,
  LIFECYCLE_STAGES,
  OUTREACH_LABELS,
  OUTREACH_STATUSES,
  PLATFORM_LABELS,
  SEGMENTS,
  SEGMENT_LABELS,
  SEGMENT_PROFILES,
  STAGE_LABELS,
  computeHealth,
  fitScore,
  mergeValuesFor,
  newId,
  renderTemplate,
  type Channel,
  type Collaboration,
  type Creator,
  type FitRubric,
  type Interaction,
  type InteractionKind,
  type Settings,
  type CreatorPatch,
} from '../../lib/domain';
import {
  listCollaborationsOf,
  getAccountsOfCreator,
  getCreator,
  listInteractions,
  listTemplates,
} from '../../lib/db';
import { deleteTouch, editTouch } from '../../lib/use-cases/touches';
import { editCreator } from '../../lib/use-cases/creators';
import { useDbQuery } from '../ui/use-db-query';
import { HEALTH_TONES } from '../ui/tones';
import { ErrorNote, buttonClass, errorMessage, inputClass, primaryButtonClass } from '../ui/controls';
import { formatCount, formatDate, formatDateTime } from '../ui/format';
import { toDateInput, fromDateInput, toDateTimeInput } from '../ui/date-input';
import { EnumSelect, OptionalEnumSelect } from '../ui/enum-select';

const DIRECTIONS = ['outbound', 'inbound'] as const satisfies readonly Interaction['direction'][];
const DIRECTION_LABELS: Record<Interaction['direction'], string> = { outbound: 'We wrote', inbound: 'They wrote' };
import { Collaborations } from './collaborations';
import { ContactForm } from './creator/contact-form';
import { DAY_MS } from '../../lib/domain/time';


function Section(props: { title: string; children: React.ReactNode; open?: boolean }) {
  return (
    <details open={props.open ?? true} className="border-t border-slate-200 px-3 py-2 dark:border-slate-700">
      <summary className="cursor-pointer text-sm font-semibold">{props.title}</summary>
      <div className="mt-2 space-y-2 text-sm">{props.children}</div>
    </details>
  );
}

function useSaver(creatorId: string) {
  const [error, setError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  async function save(patch: CreatorPatch): Promise<void> {
    setError(null);
    try {
      await editCreator(creatorId, patch);
      setSavedAt(Date.now());
    } catch (e) {
      setError(`Not saved: ${errorMessage(e)}`);
    }
  }
  return { error, savedAt, save };
}

const isSafeLink = (url: string) => /^https?:\/\//i.test(url);

export function CreatorDetail(props: { creatorId: string; settings: Settings; now: number; onBack(): void; onLog(): void }) {
  const { creatorId, settings, now } = props;
  const creatorQ = useDbQuery(() => getCreator(creatorId), ['creators'], [creatorId]);
  const accountsQ = useDbQuery(() => getAccountsOfCreator(creatorId), ['accounts'], [creatorId]);
  const touchesQ = useDbQuery(() => listInteractions(creatorId), ['interactions'], [creatorId]);
  const collabsQ = useDbQuery(() => listCollaborationsOf(creatorId), ['collaborations'], [creatorId]);

  if (creatorQ.status === 'loading') return <p className="p-3">Loading…</p>;
  if (creatorQ.status === 'error') return <ErrorNote>Could not read this creator: {creatorQ.error.message}</ErrorNote>;
  const creator = creatorQ.data;
  if (!creator) {
    return (
      <div className="p-3">
        <p>This creator is no longer on the roster.</p>
        <button type="button" className={buttonClass} onClick={props.onBack}>
          Back to roster
        </button>
      </div>
    );
  }
  const touches = touchesQ.status === 'ready' ? touchesQ.data.records : [];
  const collabs = collabsQ.status === 'ready' ? collabsQ.data.records : [];
  return (
    <article aria-label={`Creator ${creator.displayName}`} className="min-h-0 flex-1 overflow-auto pb-8" data-testid="creator-detail">
      <header className="flex items-start gap-2 p-3">
        <button type="button" className={buttonClass} onClick={props.onBack} aria-label="Back to roster">
          ←
        </button>
        <div className="min-w-0 flex-1">
          <h2 className="truncate text-lg font-semibold" data-testid="creator-name">
            {creator.displayName}
          </h2>
          <p className="truncate text-xs text-slate-600 dark:text-slate-400">
            {creator.accounts.map((a) => `${PLATFORM_LABELS[a.platform]} @${a.handle}`).join(' · ') || 'No accounts'}
          </p>
        </div>
        <button type="button" className={primaryButtonClass} data-testid="log-touch" onClick={props.onLog} title="Log a touch (l)">
          Log touch
        </button>
      </header>
      <HealthBox creator={creator} touches={touches} collabs={collabs} settings={settings} now={now} ready={touchesQ.status === 'ready' && collabsQ.status === 'ready'} />
      <TemplateCopier creator={creator} collabs={collabs} />
      <Section title="Timeline">
        <Timeline touches={touches} />
      </Section>
      <Section title="Relationship">
        <RelationshipForm key={creator.id} creator={creator} settings={settings} />
      </Section>
      <Section title="Accounts">
        {accountsQ.status === 'ready' && (
          <ul className="space-y-2">
            {accountsQ.data.records.map((a) => {
              const latest = a.followerSnapshots.at(-1);
              return (
                <li key={a.id} className="rounded border border-slate-200 p-2 dark:border-slate-700">
                  <div className="flex items-baseline justify-between gap-2">
                    <a href={a.profileUrl} target="_blank" rel="noopener noreferrer" className="font-medium text-indigo-800 underline dark:text-indigo-300">
                      {PLATFORM_LABELS[a.platform]} @{a.handle}
                    </a>
                    <span className="text-xs tabular-nums">{latest ? `${formatCount(latest.value)} followers` : ''}</span>
                  </div>
                  {a.bio && <p className="mt-1 whitespace-pre-line text-xs text-slate-700 dark:text-slate-300">{a.bio}</p>}
                  {a.links.length > 0 && (
                    <ul className="mt-1 text-xs">
                      {a.links.filter(isSafeLink).map((l) => (
                        <li key={l} className="truncate">
                          <a href={l} target="_blank" rel="noopener noreferrer" className="underline">
                            {l}
                          </a>
                        </li>
                      ))}
                    </ul>
                  )}
                  {a.followerSnapshots.length > 1 && (
                    <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                      Followers: {a.followerSnapshots.slice(-5).map((s) => `${formatCount(s.value)} (${formatDate(s.at)})`).join(' → ')}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <Section title="Fit">
        <FitForm key={creator.id} creator={creator} />
      </Section>
      <Section title="Contact">
        <ContactForm key={creator.id} creator={creator} />
      </Section>
      <Section title="Preferences and boundaries">
        <PreferencesForm key={creator.id} creator={creator} />
      </Section>
      <Section title="Milestones" open={creator.milestones.length > 0}>
        <Milestones creator={creator} />
      </Section>
      <Section title="Collaborations" open={collabs.length > 0}>
        <Collaborations creatorId={creator.id} collabs={collabs} />
      </Section>
      <Section title="History" open={false}>
        <ul className="text-xs">
          {[
            ...creator.stageHistory.map((h) => ({ at: h.at, text: `Stage → ${STAGE_LABELS[h.stage]}${h.note ? `: ${h.note}` : ''}` })),
            ...creator.segmentHistory.map((h) => ({ at: h.at, text: `Segment → ${SEGMENT_LABELS[h.segment]}` })),
          ]
            .sort((a, b) => b.at - a.at)
            .map((h, i) => (
              <li key={i}>
                <time dateTime={new Date(h.at).toISOString()}>{formatDate(h.at)}</time> {h.text}
              </li>
            ))}
        </ul>
      </Section>
    </article>
  );
}

function HealthBox(props: { creator: Creator; touches: Interaction[]; collabs: Collaboration[]; settings: Settings; now: number; ready: boolean }) {
  const report = useMemo(
    () => computeHealth(props.creator, props.touches, props.collabs, props.settings, props.now),
    [props.creator, props.touches, props.collabs, props.settings, props.now],
  );
  const { summary } = report;
  return (
    <section data-testid="creator-health" aria-label="Relationship health" className="mx-3 mb-2 rounded border border-slate-200 p-2 dark:border-slate-700" data-label={summary.label}>
      <p className="text-sm">
        <span className="font-semibold">Health: </span>
        <span className={HEALTH_TONES[summary.label]}>
          {HEALTH_LABELS[summary.label]}
          {summary.label !== 'unknown' ? ` (${summary.score}/100)` : ''}
        </span>
      </p>
      <ul className="mt-1 space-y-0.5 text-xs">
        {report.signals.map((s) => (
          <li key={s.key}>
            <span className="font-medium">{s.label}:</span> {s.reason}
            {s.score !== null ? ` — ${s.score}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

function TemplateCopier(props: { creator: Creator; collabs: Collaboration[] }) {
  const templatesQ = useDbQuery(() => listTemplates(), ['templates'], []);
  const [chosen, setChosen] = useState('');
  const [status, setStatus] = useState('');
  const templates = templatesQ.status === 'ready' ? templatesQ.data.records : [];
  const template = templates.find((t) => t.id === chosen);
  const rendered = template ? renderTemplate(template.body, mergeValuesFor(props.creator, props.collabs)) : null;
  if (templates.length === 0) return null;
  return (
    <div className="mx-3 mb-2 space-y-1 text-sm">
      <label className="flex items-center gap-1">
        <span className="text-xs font-semibold">Template</span>
        <select className={`${inputClass} min-w-0 flex-1`} value={chosen} onChange={(e) => { setChosen(e.target.value); setStatus(''); }}>
          <option value="">Choose a message template…</option>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name} ({t.kind})
            </option>
          ))}
        </select>
      </label>
      {rendered && (
        <>
          <p className="whitespace-pre-wrap rounded bg-slate-50 p-2 text-xs dark:bg-slate-900" data-testid="template-preview">
            {rendered.text}
          </p>
          {rendered.missing.length > 0 && <p className="text-xs text-amber-800 dark:text-amber-300">No value for: {rendered.missing.join(', ')}. Fill them in before sending.</p>}
          <button
            type="button"
            className={buttonClass}
            onClick={() =>
              void navigator.clipboard.writeText(rendered.text).then(
                () => setStatus('Copied. Paste it into the conversation on the platform and send it yourself.'),
                (e: unknown) => setStatus(`Could not copy: ${errorMessage(e)}`),
              )
            }
          >
            Copy to clipboard
          </button>
          <span role="status" className="ml-2 text-xs">
            {status}
          </span>
        </>
      )}
    </div>
  );
}

function Timeline(props: { touches: Interaction[] }) {
  const [kind, setKind] = useState<InteractionKind | ''>('');
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = kind ? props.touches.filter((t) => t.kind === kind) : props.touches;
  return (
    <div>
      <label className="flex items-center gap-1 text-xs">
        Show
        <OptionalEnumSelect
          className={inputClass}
          value={kind}
          options={INTERACTION_KINDS}
          labels={KIND_LABELS}
          emptyLabel="All kinds"
          onChange={setKind}
          aria-label="Filter the timeline by kind"
        />
      </label>
      {error && <ErrorNote>{error}</ErrorNote>}
      {shown.length === 0 && <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">No touches logged yet. Press “Log touch” (or l in the roster) after each DM, email or call.</p>}
      <ol className="mt-2 space-y-2">
        {shown.map((t) => (
          <li key={t.id} data-testid="timeline-item" data-kind={t.kind} className="rounded border border-slate-200 p-2 dark:border-slate-700">
            {editing === t.id ? (
              <EditTouch touch={t} onDone={() => setEditing(null)} onError={setError} />
            ) : (
              <>
                <div className="flex flex-wrap items-baseline gap-x-2 text-xs">
                  <span className="font-semibold">{t.direction === 'outbound' ? '→ We' : '← They'}</span>
                  <span>{KIND_LABELS[t.kind]}</span>
                  <span>· {CHANNEL_LABELS[t.channel]}</span>
                  <time className="ml-auto text-slate-600 dark:text-slate-400" dateTime={new Date(t.occurredAt).toISOString()}>
                    {formatDateTime(t.occurredAt)}
                  </time>
                </div>
                <p className="mt-1 whitespace-pre-wrap text-sm" data-testid="timeline-summary">
                  {t.summary || <span className="italic text-slate-600 dark:text-slate-400">Touch logged (no message text stored)</span>}
                </p>
                {t.outreachStatusChange && <p className="text-xs">Outreach → {OUTREACH_LABELS[t.outreachStatusChange]}</p>}
                <div className="mt-1 flex gap-1">
                  <button type="button" className={buttonClass} onClick={() => setEditing(t.id)}>
                    Edit
                  </button>
                  {confirming === t.id ? (
                    <>
                      <button
                        type="button"
                        className={buttonClass}
                        onClick={() => {
                          setConfirming(null);
                          void deleteTouch(t.id).catch((e: unknown) => setError(`Not deleted: ${errorMessage(e)}`));
                        }}
                      >
                        Yes, delete
                      </button>
                      <button type="button" className={buttonClass} onClick={() => setConfirming(null)}>
                        Keep
                      </button>
                    </>
                  ) : (
                    <button type="button" className={buttonClass} onClick={() => setConfirming(t.id)}>
                      Delete
                    </button>
                  )}
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}


function EditTouch(props: { touch: Interaction; onDone(): void; onError(e: string): void }) {
  const [summary, setSummary] = useState(props.touch.summary);
  const [kind, setKind] = useState(props.touch.kind);
  const [channel, setChannel] = useState<Channel>(props.touch.channel);
  const [direction, setDirection] = useState(props.touch.direction);
  const [when, setWhen] = useState(toDateTimeInput(props.touch.occurredAt));
  return (
    <form
      className="space-y-1"
      onSubmit={(e) => {
        e.preventDefault();
        const occurredAt = new Date(when).getTime();
        void editTouch(props.touch.id, { summary, kind, channel, direction, ...(Number.isFinite(occurredAt) ? { occurredAt } : {}) }).then(
          () => props.onDone(),
          (err: unknown) => props.onError(`Not saved: ${errorMessage(err)}`),
        );
      }}
    >
      <div className="grid grid-cols-2 gap-1">
        <EnumSelect className={inputClass} aria-label="Kind" value={kind} options={INTERACTION_KINDS} labels={KIND_LABELS} onChange={setKind} />
        <EnumSelect className={inputClass} aria-label="Channel" value={channel} options={CHANNELS} labels={CHANNEL_LABELS} onChange={setChannel} />
        <EnumSelect className={inputClass} aria-label="Direction" value={direction} options={DIRECTIONS} labels={DIRECTION_LABELS} onChange={setDirection} />
        <input type="datetime-local" className={inputClass} aria-label="When" value={when} onChange={(e) => setWhen(e.target.value)} />
      </div>
      <textarea className={`${inputClass} w-full`} aria-label="Summary" value={summary} onChange={(e) => setSummary(e.target.value)} />
      <div className="flex gap-1">
        <button type="submit" className={primaryButtonClass}>
          Save
        </button>
        <button type="button" className={buttonClass} onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

const splitList = (s: string) => [...new Set(s.split(',').map((t) => t.trim()).filter(Boolean))];

function RelationshipForm(props: { creator: Creator; settings: Settings }) {
  const { creator, settings } = props;
  const { error, save } = useSaver(creator.id);
  const [tags, setTags] = useState(creator.tags.join(', '));
  const [stageNote, setStageNote] = useState('');
  const [name, setName] = useState(creator.displayName);
  const owners = [...new Set([...settings.owners, ...(creator.owner ? [creator.owner] : [])])];
  const cadence = creator.cadenceOverride ?? settings.cadence[creator.segment];
  return (
    <div className="grid grid-cols-2 gap-2">
      <label className="col-span-2 flex flex-col gap-0.5">
        <span className="text-xs font-semibold">Name</span>
        <input className={inputClass} value={name} onChange={(e) => setName(e.target.value)} onBlur={() => name.trim() && name !== creator.displayName && void save({ displayName: name.trim() })} />
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
          <select className={inputClass} value={creator.partnershipKind ?? ''} onChange={(e) => void save({ partnershipKind: (e.target.value || undefined) as Creator['partnershipKind'] })}>
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
        <input className={inputClass} value={tags} onChange={(e) => setTags(e.target.value)} onBlur={() => splitList(tags).join(',') !== creator.tags.join(',') && void save({ tags: splitList(tags) })} />
      </label>
      <p className="col-span-2 text-xs text-slate-600 dark:text-slate-400">
        {SEGMENT_PROFILES[creator.segment].objective}. Contact every {cadence.idealDays}–{cadence.maxDays} days. Last contact {formatDate(creator.lastContactAt)}, next due{' '}
        {formatDate(creator.nextDueAt)}.
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

function FitForm(props: { creator: Creator }) {
  const { creator } = props;
  const { error, savedAt, save } = useSaver(creator.id);
  const [notes, setNotes] = useState(creator.fit.notes);
  const [rubric, setRubric] = useState<FitRubric>(creator.fit.rubric);
  const score = fitScore(rubric);
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        void save({ fit: { notes, rubric } });
      }}
    >
      <div className="grid grid-cols-2 gap-1">
        {FIT_CRITERIA.map((c) => (
          <label key={c} className="flex items-center justify-between gap-1 text-xs">
            {FIT_CRITERION_LABELS[c]}
            <select
              className={inputClass}
              value={rubric[c] ?? ''}
              onChange={(e) => {
                const { [c]: _old, ...rest } = rubric;
                setRubric(e.target.value ? { ...rest, [c]: Number(e.target.value) } : rest);
              }}
            >
              <option value="">—</option>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <p className="text-xs">Fit score: {score === null ? 'not scored' : `${score}/100`}</p>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs font-semibold">Fit notes</span>
        <textarea className={`${inputClass} min-h-20`} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <button type="submit" className={buttonClass}>
        Save fit
      </button>
      {savedAt && <span className="ml-2 text-xs" role="status">Saved</span>}
      {error && <ErrorNote>{error}</ErrorNote>}
    </form>
  );
}

function PreferencesForm(props: { creator: Creator }) {
  const { creator } = props;
  const { error, savedAt, save } = useSaver(creator.id);
  const [prefs, setPrefs] = useState(creator.preferences);
  const [topics, setTopics] = useState(creator.preferences.topicsToAvoid.join(', '));
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        const { contactWindow, doNotContact, doNotStoreMessageText } = prefs;
        // The preferred channel is edited in the contact section: keep the stored one, not this form's copy.
        const { preferredChannel } = creator.preferences;
        void save({
          preferences: {
            doNotContact,
            doNotStoreMessageText,
            topicsToAvoid: splitList(topics),
            ...(preferredChannel ? { preferredChannel } : {}),
            ...(contactWindow?.trim() ? { contactWindow: contactWindow.trim() } : {}),
          },
        });
      }}
    >
      <label className="flex flex-col gap-0.5">
        <span className="text-xs font-semibold">Contact window</span>
        <input className={inputClass} value={prefs.contactWindow ?? ''} placeholder="e.g. weekdays 9–17 CET" onChange={(e) => setPrefs({ ...prefs, contactWindow: e.target.value })} />
      </label>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs font-semibold">Topics to avoid (comma separated)</span>
        <input className={inputClass} value={topics} onChange={(e) => setTopics(e.target.value)} />
      </label>
      <label className="flex items-center gap-1 text-xs">
        <input type="checkbox" checked={prefs.doNotContact} onChange={(e) => setPrefs({ ...prefs, doNotContact: e.target.checked })} />
        Do not contact (no reminders or follow-ups)
      </label>
      <label className="flex items-center gap-1 text-xs">
        <input type="checkbox" checked={prefs.doNotStoreMessageText} onChange={(e) => setPrefs({ ...prefs, doNotStoreMessageText: e.target.checked })} data-testid="pref-no-text" />
        Do not store message text (keep only that a touch happened)
      </label>
      <button type="submit" className={buttonClass}>
        Save preferences
      </button>
      {savedAt && <span className="ml-2 text-xs" role="status">Saved</span>}
      {error && <ErrorNote>{error}</ErrorNote>}
    </form>
  );
}

function Milestones(props: { creator: Creator }) {
  const { creator } = props;
  const { error, save } = useSaver(creator.id);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(toDateInput(Date.now()));
  const sorted = [...creator.milestones].sort((a, b) => b.at - a.at);
  return (
    <div>
      <ul className="space-y-1">
        {sorted.map((m) => (
          <li key={m.id} className="flex items-baseline gap-2 text-xs">
            <time dateTime={new Date(m.at).toISOString()}>{formatDate(m.at)}</time>
            <span className="flex-1">{m.title}</span>
            <button type="button" className={buttonClass} aria-label={`Remove milestone ${m.title}`} onClick={() => void save({ milestones: creator.milestones.filter((x) => x.id !== m.id) })}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      <form
        className="mt-1 flex gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          const at = fromDateInput(date);
          if (!title.trim() || at === undefined || !Number.isFinite(at)) return;
          void save({ milestones: [...creator.milestones, { id: newId(), title: title.trim(), at }] }).then(() => setTitle(''));
        }}
      >
        <input className={`${inputClass} min-w-0 flex-1`} aria-label="Milestone" placeholder="e.g. First campaign live" value={title} onChange={(e) => setTitle(e.target.value)} />
        <input type="date" className={inputClass} aria-label="Milestone date" value={date} onChange={(e) => setDate(e.target.value)} />
        <button type="submit" className={buttonClass}>
          Add
        </button>
      </form>
      {error && <ErrorNote>{error}</ErrorNote>}
    </div>
  );
}

