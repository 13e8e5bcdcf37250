/** The history of stage and segment changes. */
import { SEGMENT_LABELS, STAGE_LABELS, type Creator } from '../../../lib/domain';
import { formatDate } from '../../ui/format';

/** Stage and segment changes, newest first. */
export function StageHistory(props: { creator: Creator; nameOf?: (memberId: string | undefined) => string | undefined }) {
  const { creator } = props;
  return (
    <ul className="text-xs" data-testid="stage-history">
      {[
        ...creator.stageHistory.map((h) => {
          const by = props.nameOf?.(h.byId);
          return { at: h.at, text: `Stage → ${STAGE_LABELS[h.stage]}${h.note ? `: ${h.note}` : ''}${by ? ` (by ${by})` : ''}` };
        }),
        ...creator.segmentHistory.map((h) => ({ at: h.at, text: `Segment → ${SEGMENT_LABELS[h.segment]}` })),
      ]
        .sort((a, b) => b.at - a.at)
        .map((h, i) => (
          <li key={i}>
            <time dateTime={new Date(h.at).toISOString()}>{formatDate(h.at)}</time> {h.text}
          </li>
        ))}
    </ul>
  );
}
