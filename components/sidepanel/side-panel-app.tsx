/** The side panel: the CRM workspace. */
import { listRosterPage } from '../../lib/db';
import { useDbQuery } from '../ui/use-db-query';

export function SidePanelApp() {
  const roster = useDbQuery(() => listRosterPage({ index: 'by-updated', direction: 'prev', limit: 100 }), ['creators'], []);
  return (
    <main className="p-3 font-sans text-sm text-slate-900 dark:text-slate-100">
      <h1 className="text-lg font-semibold">Roster</h1>
      {roster.status === 'loading' && <p>Loading…</p>}
      {roster.status === 'error' && <p role="alert">Could not read the roster: {roster.error.message}</p>}
      {roster.status === 'ready' && roster.data.records.length === 0 && (
        <p>No creators yet. Open a creator&apos;s profile and click “Save to roster”.</p>
      )}
      {roster.status === 'ready' && (
        <ul>
          {roster.data.records.map((creator) => (
            <li key={creator.id} data-testid="roster-row" data-handle={creator.accounts[0]?.handle ?? ''}>
              {creator.displayName}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
