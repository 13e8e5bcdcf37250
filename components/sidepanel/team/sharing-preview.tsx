/** The creators the team has already, listed before sharing: each joins the team's creator instead of making a second one. */
import type { SharingPreview } from '../../../lib/use-cases/team';

export function SharingPreviewList(props: { duplicates: SharingPreview['duplicates'] }) {
  if (props.duplicates.length === 0) return <p className="text-xs">None of them is on the team's roster yet.</p>;
  return (
    <details open className="text-xs" data-testid="team-duplicates">
      <summary>
        {props.duplicates.length.toLocaleString()} already on the team's roster (same platform and handle): they merge into the team's creator, keeping your
        touches, tags and notes; the team's single values stay.
      </summary>
      <ul className="mt-1 max-h-40 list-disc overflow-auto pl-5">
        {props.duplicates.slice(0, 200).map((d) => (
          <li key={d.localAccountId}>
            {d.localName} · {d.platformLabel} @{d.handle} → {d.teamName}
          </li>
        ))}
      </ul>
    </details>
  );
}
