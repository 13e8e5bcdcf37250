/** The overlay card shown on a creator's profile page (inside its own extension frame). */
import { useOverlayConnection } from './use-overlay-connection';

export function OverlayApp() {
  const { state } = useOverlayConnection();
  if (!state || state.kind === 'none') return null;
  const ref = state.kind === 'profile' ? state.profile : state.ref;
  return (
    <section className="m-1 rounded-lg bg-white p-3 font-sans text-sm shadow dark:bg-slate-800 dark:text-slate-100">
      <p data-testid="overlay-handle">@{ref.handle}</p>
    </section>
  );
}
