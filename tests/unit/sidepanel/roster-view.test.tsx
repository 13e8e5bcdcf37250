// @vitest-environment happy-dom
/**
 * The roster view while the whole roster is still loading: only the latest-changed
 * creators are in memory, which are the first rows of the default view alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { DEFAULT_SETTINGS } from '../../../lib/domain';
import { RosterIndex } from '../../../lib/roster/roster-index';
import { toRosterRow } from '../../../lib/roster/rows';
import { DEFAULT_VIEW_STATE, withSort, type RosterViewState } from '../../../lib/roster/views';
import { RosterView } from '../../../components/sidepanel/roster';
import type { RosterState } from '../../../components/sidepanel/use-roster';
import { makeCreator, T0 } from '../roster/fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function latestTwo(complete: boolean): RosterState {
  const index = new RosterIndex();
  index.replaceRows([makeCreator({ displayName: 'Ana', updatedAt: T0 + 2 }), makeCreator({ displayName: 'Bo', updatedAt: T0 + 1 })].map(toRosterRow));
  return { index, version: index.version, complete, painted: true, corrupt: 0 };
}

async function statusOf(roster: RosterState, view: RosterViewState): Promise<string> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const noop = () => undefined;
  await act(async () =>
    root!.render(
      <RosterView
        roster={roster}
        settings={DEFAULT_SETTINGS}
        now={T0}
        view={view}
        onView={noop}
        searchRef={createRef()}
        onOpen={noop}
        onLog={noop}
        onGoToData={noop}
      />,
    ),
  );
  const status = container.querySelector('[data-testid="roster-status"]');
  expect(container.textContent).not.toContain('No creator matches');
  return `${status?.getAttribute('data-complete')} ${status?.textContent}`;
}

describe('the roster view before the whole roster is in', () => {
  it('shows the latest creators in the default view and says the rest is loading', async () => {
    expect(await statusOf(latestTwo(false), DEFAULT_VIEW_STATE)).toBe('false The latest 2 creators; loading the whole roster for search and filters…');
  });

  it('shows nothing yet, not a wrong first page, in a view sorted, searched or filtered otherwise', async () => {
    expect(await statusOf(latestTwo(false), withSort(DEFAULT_VIEW_STATE, { key: 'creator', desc: false }))).toBe('false Loading…');
    act(() => root?.unmount());
    expect(await statusOf(latestTwo(false), { ...DEFAULT_VIEW_STATE, search: 'bo' })).toBe('false Loading…');
  });

  it('counts every creator once the whole roster is in', async () => {
    expect(await statusOf(latestTwo(true), { ...DEFAULT_VIEW_STATE, search: 'bo' })).toBe('true 1 of 2 creators');
  });
});
