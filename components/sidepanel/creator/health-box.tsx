/** Relationship health as the creator's data says today, explained part by part (the stored score is kept by lib/db and the worker). */
import { useMemo } from 'react';
import { HEALTH_LABELS, computeHealth, type Collaboration, type Creator, type Interaction, type Settings } from '../../../lib/domain';
import { HEALTH_TONES } from '../../ui/tones';

export function HealthBox(props: { creator: Creator; touches: Interaction[]; collabs: Collaboration[]; settings: Settings; now: number }) {
  const report = useMemo(
    () => computeHealth(props.creator, props.touches, props.collabs, props.settings, props.now),
    [props.creator, props.touches, props.collabs, props.settings, props.now],
  );
  const { summary } = report;
  return (
    <section
      data-testid="creator-health"
      aria-label="Relationship health"
      className="mx-3 mb-2 rounded border border-slate-200 p-2 dark:border-slate-700"
      data-label={summary.label}
    >
      <p className="text-sm">
        <span className="font-semibold">Health: </span>
        <span className={HEALTH_TONES[summary.label]}>
          {HEALTH_LABELS[summary.label]}
          {summary.label !== 'unknown' ? ` (${summary.score}/100)` : ': not enough data yet'}
        </span>
      </p>
      <ul className="mt-1 space-y-0.5 text-xs">
        {report.signals.map((s) => (
          <li key={s.key}>
            <span className="font-medium">{s.label}:</span> {s.reason}
            {s.score !== null ? ` — ${s.score}` : ' — not enough data'}
          </li>
        ))}
      </ul>
    </section>
  );
}
