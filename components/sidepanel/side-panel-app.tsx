/**
 * The side panel: the CRM workspace. Routes between the roster, what is due,
 * the outreach pipeline, campaigns, the portfolio, templates and settings, and a creator's
 * page; opens on the creator asked for (`?creator=`, a focus request from the
 * worker, or the profile in the active tab).
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/domain';
import { getSettings } from '../../lib/db';
import { requestSaveProfile } from '../../lib/use-cases/via-worker';
import { getPanelFocus, onPanelFocus, type PanelFocus } from '../../lib/background/panel-focus';
import { isFreshFocus } from '../../lib/roster/tab-context';
import { type RosterViewState } from '../../lib/roster/views';
import { useDbQuery } from '../ui/use-db-query';
import { useRoster } from './use-roster';
import { useTabContext } from './use-tab-context';
import { RosterView } from './roster/index';
import { CreatorDetail } from './creator';
import { PipelineView } from './pipeline-view';
import { PortfolioView } from './portfolio-view';
import { CampaignsView } from './campaigns/index';
import { DueView } from './due-view';
import { TemplatesView } from './templates-view';
import { SettingsView } from './settings/index';
import { startPanelSync } from '../../lib/team/client/panel-sync';
import { ErrorNote, buttonClass, errorMessage } from '../ui/controls';
import { FOCUS_DONE_KEY, VIEW_KEY, focusAlreadyApplied, isTyping, loadViewState, readParams, useNow } from './panel-state';
import { LogTouchDialog } from './log-touch-dialog';

const TABS = [
  { id: 'roster', label: 'Roster' },
  { id: 'due', label: 'Due' },
  { id: 'pipeline', label: 'Pipeline' },
  { id: 'campaigns', label: 'Campaigns' },
  { id: 'portfolio', label: 'Portfolio' },
  { id: 'templates', label: 'Templates' },
  { id: 'settings', label: 'Settings' },
] as const;
type Tab = (typeof TABS)[number]['id'];

export function SidePanelApp() {
  const params = useRef(readParams()).current;
  const settingsQ = useDbQuery(() => getSettings(), ['settings'], []);
  const settings: Settings = settingsQ.status === 'ready' ? settingsQ.data : DEFAULT_SETTINGS;
  const now = useNow();
  const roster = useRoster();
  const tabContext = useTabContext(params.tab, roster.version);
  const [tab, setTab] = useState<Tab>('roster');
  const [creatorId, setCreatorId] = useState<string | null>(params.creator ?? null);
  const [logFor, setLogFor] = useState<string | null>(null);
  const [view, setView] = useState<RosterViewState>(loadViewState);
  const [error, setError] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const routed = useRef(!!params.creator);

  useEffect(() => {
    sessionStorage.setItem(VIEW_KEY, JSON.stringify(view));
  }, [view]);

  const openCreator = useCallback((id: string) => {
    routed.current = true;
    setCreatorId(id);
    setTab('roster');
  }, []);

  const tabContextRef = useRef(tabContext);
  tabContextRef.current = tabContext;

  const applyFocus = useCallback(
    (focus: PanelFocus) => {
      localStorage.setItem(FOCUS_DONE_KEY, String(focus.at));
      // "Log a touch" from the keyboard shortcut on a tab the worker could not place: use the panel's own view of the tab.
      const creatorForLog = focus.creatorId ?? tabContextRef.current?.creatorId;
      if (focus.view === 'log-touch' && creatorForLog) {
        openCreator(creatorForLog);
        setLogFor(creatorForLog);
        return;
      }
      if (focus.view === 'due') {
        setCreatorId(null);
        setTab('due');
      } else if (focus.view === 'roster' && !focus.creatorId) {
        setCreatorId(null);
        setTab('roster');
      } else if (focus.creatorId) {
        openCreator(focus.creatorId);
        if (focus.view === 'log-touch') setLogFor(focus.creatorId);
      }
    },
    [openCreator],
  );

  // Where to open: ?creator= first, then a fresh focus request from the worker, then the active tab's creator.
  useEffect(() => {
    if (routed.current || tabContext === null) return;
    void getPanelFocus().then((focus) => {
      // The user may have moved on while this was resolved: never pull them away.
      if (routed.current) return;
      routed.current = true;
      if (focus && isFreshFocus(focus, Date.now()) && !focusAlreadyApplied(focus) && (focus.creatorId || focus.view === 'due' || focus.view === 'log-touch'))
        applyFocus(focus);
      else if (tabContext.creatorId) openCreator(tabContext.creatorId);
    });
  }, [tabContext, applyFocus, openCreator]);

  useEffect(() => onPanelFocus(applyFocus), [applyFocus]);
  // In a team: live updates and prompt pushes while the panel is open.
  useEffect(() => startPanelSync(), []);

  // Keyboard: "/" searches, "l" logs a touch on a creator's page, Escape goes back.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || document.querySelector('dialog[open]')) return;
      if (e.key === '/') {
        e.preventDefault();
        routed.current = true;
        setCreatorId(null);
        setTab('roster');
        // Focus at once when the box is on screen, so the next keystrokes land in it.
        if (searchRef.current) searchRef.current.focus();
        else setTimeout(() => searchRef.current?.focus(), 0);
      } else if (e.key === 'l' && creatorId) {
        e.preventDefault();
        setLogFor(creatorId);
      } else if (e.key === 'Escape' && creatorId) {
        setCreatorId(null);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [creatorId]);

  function onTabKey(e: ReactKeyboardEvent<HTMLDivElement>): void {
    const index = TABS.findIndex((t) => t.id === tab);
    const next = e.key === 'ArrowRight' ? index + 1 : e.key === 'ArrowLeft' ? index - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const target = TABS[(next + TABS.length) % TABS.length];
    if (!target) return;
    setTab(target.id);
    setCreatorId(null);
    document.getElementById(`tab-${target.id}`)?.focus();
  }

  const showContextBar = tabContext?.profile && tabContext.creatorId !== creatorId;

  return (
    <div className="flex h-screen flex-col bg-white font-sans text-sm text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <header className="border-b border-slate-200 dark:border-slate-700">
        <h1 className="sr-only">Rapport</h1>
        <div role="tablist" aria-label="Rapport views" className="flex overflow-x-auto" onKeyDown={onTabKey}>
          {TABS.map((t) => (
            <button
              key={t.id}
              id={`tab-${t.id}`}
              data-testid={`open-${t.id}`}
              type="button"
              role="tab"
              aria-selected={tab === t.id && !creatorId}
              aria-controls="panel-main"
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => {
                routed.current = true;
                setTab(t.id);
                setCreatorId(null);
              }}
              className={`whitespace-nowrap px-2 py-2 text-sm ${
                tab === t.id && !creatorId
                  ? 'border-b-2 border-indigo-700 font-semibold text-indigo-800 dark:border-indigo-300 dark:text-indigo-200'
                  : 'text-slate-700 dark:text-slate-300'
              }`}
            >
              {t.label}
            </button>
          ))}
        </div>
        {showContextBar && tabContext.profile && (
          <div className="flex items-center gap-1 bg-slate-50 px-2 py-1 text-xs dark:bg-slate-800" data-testid="tab-context">
            <span className="min-w-0 flex-1 truncate">
              This tab: {tabContext.creatorName ?? tabContext.profile.displayName ?? `@${tabContext.profile.handle}`}
              {!tabContext.creatorId && ' (not on the roster)'}
            </span>
            {tabContext.creatorId ? (
              <>
                <button type="button" className={buttonClass} onClick={() => tabContext.creatorId && openCreator(tabContext.creatorId)}>
                  Open
                </button>
                <button type="button" className={buttonClass} onClick={() => tabContext.creatorId && setLogFor(tabContext.creatorId)}>
                  Log touch
                </button>
              </>
            ) : (
              <button
                type="button"
                className={buttonClass}
                data-testid="tab-save"
                onClick={() => {
                  const profile = tabContext.profile;
                  if (profile)
                    void requestSaveProfile(profile).then(
                      (saved) => openCreator(saved.creatorId),
                      (e: unknown) => setError(`Could not save: ${errorMessage(e)}`),
                    );
                }}
              >
                Save to roster
              </button>
            )}
          </div>
        )}
      </header>
      {error && <ErrorNote>{error}</ErrorNote>}
      {settingsQ.status === 'error' && <ErrorNote>Could not read the settings ({settingsQ.error.message}); using the defaults.</ErrorNote>}
      <main id="panel-main" className="flex min-h-0 flex-1 flex-col" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {creatorId ? (
          <CreatorDetail creatorId={creatorId} settings={settings} now={now} onBack={() => setCreatorId(null)} onLog={() => setLogFor(creatorId)} />
        ) : tab === 'roster' ? (
          <RosterView
            roster={roster}
            settings={settings}
            now={now}
            view={view}
            onView={setView}
            searchRef={searchRef}
            onOpen={openCreator}
            onLog={setLogFor}
            onGoToData={() => setTab('settings')}
          />
        ) : tab === 'due' ? (
          <DueView now={now} onOpen={openCreator} onLog={setLogFor} />
        ) : tab === 'pipeline' ? (
          <PipelineView roster={roster} settings={settings} now={now} onOpen={openCreator} />
        ) : tab === 'campaigns' ? (
          <CampaignsView roster={roster} now={now} onOpenCreator={openCreator} />
        ) : tab === 'portfolio' ? (
          <PortfolioView roster={roster} settings={settings} now={now} onOpen={openCreator} />
        ) : tab === 'templates' ? (
          <TemplatesView />
        ) : settingsQ.status === 'ready' ? (
          <SettingsView key={JSON.stringify(settingsQ.data)} settings={settingsQ.data} />
        ) : null}
      </main>
      <LogTouchDialog
        creatorId={logFor}
        channel={logFor && logFor === tabContext?.creatorId ? tabContext.channel : tabContext?.channel}
        onClose={() => setLogFor(null)}
      />
    </div>
  );
}
