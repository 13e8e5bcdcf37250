/**
 * The campaign's deliverables on a board by status (briefed → published). Each card
 * moves with a select, which works from the keyboard and for screen readers alike.
 */
import { DELIVERABLE_STATUSES, DELIVERABLE_STATUS_LABELS, deliverableBoard, type Collaboration } from '../../../lib/domain';
import { moveDeliverable } from '../../../lib/use-cases/campaigns';
import { EnumSelect } from '../../ui/enum-select';
import { errorMessage, inputClass } from '../../ui/controls';
import { formatDate } from '../../ui/format';

export function DeliverableBoard(props: { collaborations: readonly Collaboration[]; nameOf(id: string): string; onError(message: string): void }) {
  const board = deliverableBoard(props.collaborations);
  const byId = new Map(props.collaborations.map((c) => [c.id, c]));
  const columns = DELIVERABLE_STATUSES.filter((s) => s !== 'cancelled' || board.cancelled.length > 0);
  return (
    <section aria-label="Deliverables board" className="text-xs">
      <h3 className="mb-1 font-semibold">Deliverables</h3>
      <div className="flex gap-2 overflow-x-auto pb-1" data-testid="deliverable-board">
        {columns.map((status) => (
          <div key={status} className="w-36 shrink-0 rounded bg-slate-50 p-1 dark:bg-slate-800" data-testid="board-column" data-status={status}>
            <h4 className="mb-1 font-medium">
              {DELIVERABLE_STATUS_LABELS[status]} ({board[status].length})
            </h4>
            <ul className="space-y-1">
              {board[status].map((card) => (
                <li
                  key={`${card.collaborationId}:${card.deliverable.id}`}
                  className="rounded border border-slate-200 bg-white p-1 dark:border-slate-600 dark:bg-slate-900"
                  data-testid="board-card"
                >
                  <p className="font-medium">{props.nameOf(card.creatorId)}</p>
                  <p>{card.deliverable.description}</p>
                  {card.deliverable.dueAt !== undefined && <p className="text-slate-600 dark:text-slate-300">due {formatDate(card.deliverable.dueAt)}</p>}
                  <EnumSelect
                    className={`${inputClass} mt-1 w-full text-xs`}
                    aria-label={`Move ${card.deliverable.description} for ${props.nameOf(card.creatorId)}`}
                    data-testid="board-move"
                    value={card.deliverable.status}
                    options={DELIVERABLE_STATUSES}
                    labels={DELIVERABLE_STATUS_LABELS}
                    onChange={(next) => {
                      const collaboration = byId.get(card.collaborationId);
                      if (collaboration) moveDeliverable(collaboration, card.deliverable.id, next).catch((e: unknown) => props.onError(errorMessage(e)));
                    }}
                  />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
