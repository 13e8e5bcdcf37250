/** Settings: cadence per segment, owners, follow-ups, quiet hours, wellbeing; and the data tools. */
import { useState } from 'react';
import { SEGMENTS, SEGMENT_LABELS, type Settings, type SettingsField } from '../../../lib/domain';
import { updateSettings } from '../../../lib/use-cases/settings';
import { DataTools } from '../data/index';
import { TeamSection } from '../team/index';
import { ErrorNote, buttonClass, errorMessage, inputClass, primaryButtonClass } from '../../ui/controls';
import { FieldProblem, describedBy, problemId } from './field-problem';
import { NumberField } from './number-setting';

/** The whole-number reminder settings, one row each. */
const REMINDER_FIELDS = [
  { field: 'followUpDelayDays', label: 'Follow-up due after (days without a reply)', min: 1, max: 90 },
  { field: 'followUpMaxUnanswered', label: 'Stop proposing follow-ups after this many unanswered asks', min: 1, max: 10 },
  { field: 'deliverableLeadDays', label: 'Remind before a deliverable is due (days)', min: 0, max: 60 },
  { field: 'endDateLeadDays', label: 'Remind before contract, usage-rights and exclusivity ends (days)', min: 0, max: 180 },
  { field: 'feedbackWithinDays', label: 'Share feedback and celebrate a done collaboration within (days)', min: 1, max: 60 },
  { field: 'fitReviewMonths', label: "Review each creator's fit every (months)", min: 1, max: 36 },
] as const satisfies readonly { field: keyof Settings; label: string; min: number; max: number }[];

export function SettingsView(props: { settings: Settings }) {
  const [draft, setDraft] = useState<Settings>(props.settings);
  const [owner, setOwner] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<Record<SettingsField, string>>({});
  const set = (patch: Partial<Settings>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setStatus(null);
  };

  async function save(): Promise<void> {
    setError(null);
    try {
      // The saved views are the roster's: the use case keeps them as stored.
      const result = await updateSettings(draft);
      if (!result.ok) {
        setProblems(result.problems);
        const count = Object.keys(result.problems).length;
        setError(`${count === 1 ? 'One setting needs' : `${count} settings need`} fixing (see the message beside each); nothing was saved.`);
        return;
      }
      setProblems({});
      setStatus('Saved. Due dates follow the new cadence.');
    } catch (e) {
      setError(`Not saved: ${errorMessage(e)}`);
    }
  }

  return (
    <section aria-label="Settings" className="min-h-0 flex-1 space-y-4 overflow-auto p-3 text-sm">
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset className="space-y-1">
          <legend className="font-semibold">Contact cadence per segment (days)</legend>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Ideal: when a light touch is due. Maximum: after this the creator counts as overdue, “losing touch”.
          </p>
          {SEGMENTS.map((s) => (
            <div key={s}>
              <div className="grid grid-cols-[1fr_auto_auto] items-center gap-2 text-xs">
                <span>{SEGMENT_LABELS[s]}</span>
                <label className="flex items-center gap-1">
                  ideal
                  <input
                    type="number"
                    className={`${inputClass} w-16`}
                    min={1}
                    value={draft.cadence[s].idealDays}
                    data-field={`cadence.${s}.idealDays`}
                    {...describedBy(`cadence.${s}`, problems[`cadence.${s}`])}
                    onChange={(e) => set({ cadence: { ...draft.cadence, [s]: { ...draft.cadence[s], idealDays: Number(e.target.value) } } })}
                  />
                </label>
                <label className="flex items-center gap-1">
                  max
                  <input
                    type="number"
                    className={`${inputClass} w-16`}
                    min={1}
                    value={draft.cadence[s].maxDays}
                    data-field={`cadence.${s}.maxDays`}
                    {...describedBy(`cadence.${s}`, problems[`cadence.${s}`])}
                    onChange={(e) => set({ cadence: { ...draft.cadence, [s]: { ...draft.cadence[s], maxDays: Number(e.target.value) } } })}
                  />
                </label>
              </div>
              <FieldProblem id={problemId(`cadence.${s}`)} problem={problems[`cadence.${s}`]} />
            </div>
          ))}
        </fieldset>
        <fieldset className="space-y-1">
          <legend className="font-semibold">Follow-ups</legend>
          {REMINDER_FIELDS.map((f) => (
            <NumberField
              key={f.field}
              label={f.label}
              value={draft[f.field]}
              min={f.min}
              max={f.max}
              field={f.field}
              problem={problems[f.field]}
              onChange={(n) => set({ [f.field]: n })}
            />
          ))}
        </fieldset>
        <fieldset className="space-y-1">
          <legend className="font-semibold">Quiet hours</legend>
          <label className="flex items-center gap-1 text-xs">
            <input
              type="checkbox"
              checked={draft.quietHours.enabled}
              onChange={(e) => set({ quietHours: { ...draft.quietHours, enabled: e.target.checked } })}
            />
            No notifications during quiet hours
          </label>
          <div className="flex gap-2 text-xs">
            <label className="flex items-center gap-1">
              from
              <input
                type="time"
                className={inputClass}
                value={draft.quietHours.start}
                {...describedBy('quietHours.start', problems['quietHours.start'])}
                onChange={(e) => set({ quietHours: { ...draft.quietHours, start: e.target.value } })}
              />
            </label>
            <label className="flex items-center gap-1">
              to
              <input
                type="time"
                className={inputClass}
                value={draft.quietHours.end}
                {...describedBy('quietHours.end', problems['quietHours.end'])}
                onChange={(e) => set({ quietHours: { ...draft.quietHours, end: e.target.value } })}
              />
            </label>
          </div>
          <FieldProblem id={problemId('quietHours.start')} problem={problems['quietHours.start']} />
          <FieldProblem id={problemId('quietHours.end')} problem={problems['quietHours.end']} />
        </fieldset>
        <fieldset className="space-y-1">
          <legend className="font-semibold">Creator wellbeing</legend>
          <NumberField
            label="Warn before another ask after this many unanswered"
            value={draft.wellbeing.maxUnansweredAsks}
            min={1}
            max={20}
            field="wellbeing.maxUnansweredAsks"
            problem={problems['wellbeing.maxUnansweredAsks']}
            onChange={(n) => set({ wellbeing: { ...draft.wellbeing, maxUnansweredAsks: n } })}
          />
          <NumberField
            label="…within (days)"
            value={draft.wellbeing.windowDays}
            min={1}
            max={60}
            field="wellbeing.windowDays"
            problem={problems['wellbeing.windowDays']}
            onChange={(n) => set({ wellbeing: { ...draft.wellbeing, windowDays: n } })}
          />
          <NumberField
            label="Flag more deliverables than this per week"
            value={draft.wellbeing.maxDeliverablesPerWeek}
            min={1}
            max={50}
            field="wellbeing.maxDeliverablesPerWeek"
            problem={problems['wellbeing.maxDeliverablesPerWeek']}
            onChange={(n) => set({ wellbeing: { ...draft.wellbeing, maxDeliverablesPerWeek: n } })}
          />
        </fieldset>
        <fieldset className="space-y-1">
          <legend className="font-semibold">Owners</legend>
          <p className="text-xs text-slate-600 dark:text-slate-400">The people on your team who own creator relationships (one brand contact per creator).</p>
          <ul className="flex flex-wrap gap-1">
            {draft.owners.map((o) => (
              <li key={o} className="flex items-center gap-1 rounded bg-slate-100 px-1 text-xs dark:bg-slate-700">
                {o}
                <button type="button" aria-label={`Remove owner ${o}`} onClick={() => set({ owners: draft.owners.filter((x) => x !== o) })}>
                  ✕
                </button>
              </li>
            ))}
          </ul>
          <div className="flex gap-1">
            <input
              className={`${inputClass} min-w-0 flex-1`}
              aria-label="New owner"
              placeholder="Name"
              value={owner}
              onChange={(e) => setOwner(e.target.value)}
            />
            <button
              type="button"
              className={buttonClass}
              disabled={!owner.trim() || draft.owners.includes(owner.trim())}
              onClick={() => {
                set({ owners: [...draft.owners, owner.trim()] });
                setOwner('');
              }}
            >
              Add owner
            </button>
          </div>
          <FieldProblem id={problemId('owners')} problem={problems.owners} />
        </fieldset>
        {error && <ErrorNote>{error}</ErrorNote>}
        <div className="flex items-center gap-2">
          <button type="submit" className={primaryButtonClass} data-testid="settings-save">
            Save settings
          </button>
          <span role="status" className="text-xs">
            {status}
          </span>
        </div>
      </form>
      <TeamSection />
      <DataTools />
    </section>
  );
}
