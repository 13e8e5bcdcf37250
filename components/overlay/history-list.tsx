/** The card's last touches, each with who made it when the creator is shared with a team. */
import { CHANNEL_LABELS, KIND_LABELS, type Interaction } from '../../lib/domain';
import type { TeamView } from '../../lib/team/attribution';
import { formatDay } from '../ui/format';

export function HistoryList(props: { history: readonly Interaction[] | undefined; team: TeamView; now: number; error: string | undefined }) {
  return (
    <section>
      <h3 className="font-medium text-slate-500 dark:text-slate-400">Last touches</h3>
      <ol data-testid="overlay-history" className="divide-y divide-slate-100 dark:divide-slate-800">
        {props.history?.length === 0 && <li className="py-0.5 text-slate-500">No touches logged yet</li>}
        {props.history?.map((t) => {
          const author = props.team.nameOf(t.authorId);
          return (
            <li key={t.id} data-testid="overlay-history-item" data-kind={t.kind} className="py-0.5">
              <span className="flex justify-between gap-2">
                <span className="truncate">
                  {t.direction === 'inbound' ? '← ' : '→ '}
                  {author && <span data-testid="overlay-history-author">{author === 'you' ? 'You' : author} · </span>}
                  {KIND_LABELS[t.kind]} · {CHANNEL_LABELS[t.channel]}
                </span>
                <span className="shrink-0 text-slate-500">{formatDay(t.occurredAt, props.now)}</span>
              </span>
              {t.summary && <span className="block truncate text-slate-600 dark:text-slate-300">{t.summary}</span>}
            </li>
          );
        })}
      </ol>
      {props.error && <p className="text-rose-700">Could not read the history: {props.error}</p>}
    </section>
  );
}
