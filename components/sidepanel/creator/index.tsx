/**
 * One creator: accounts, segment and stage with history, fit, contact,
 * preferences and boundaries, milestones, collaborations, health with its
 * reasons, and the timeline of every touch (filter, add, edit, delete).
 */
import { PLATFORM_LABELS, type Settings } from '../../../lib/domain';
import { listCollaborationsOf, getAccountsOfCreator, getCreator, listInteractions } from '../../../lib/db';
import { useDbQuery } from '../../ui/use-db-query';
import { ErrorNote, buttonClass, primaryButtonClass } from '../../ui/controls';
import { Collaborations } from '../collaborations/index';
import { ContactForm } from './contact-form';
import { Section } from './section';
import { HealthBox } from './health-box';
import { TemplateCopier } from './template-copier';
import { Timeline } from './timeline';
import { RelationshipForm } from './relationship-form';
import { FitForm } from './fit-form';
import { PreferencesForm } from './preferences-form';
import { Milestones } from './milestones';
import { AccountsList } from './accounts-list';
import { StageHistory } from './stage-history';
import { SyncConflicts } from './sync-conflicts';
import { useTeam } from '../team/use-team';
import { nameResolver } from '../../../lib/team/attribution';
import { Privacy } from './privacy';
import { StageSuggestions } from './stage-suggestions';
import { FitReview } from './fit-review';

export function CreatorDetail(props: { creatorId: string; settings: Settings; now: number; onBack(): void; onLog(): void }) {
  const { creatorId, settings, now } = props;
  const creatorQ = useDbQuery(() => getCreator(creatorId), ['creators'], [creatorId]);
  const nameOf = nameResolver(useTeam());
  const accountsQ = useDbQuery(() => getAccountsOfCreator(creatorId), ['accounts'], [creatorId]);
  const touchesQ = useDbQuery(() => listInteractions(creatorId), ['interactions'], [creatorId]);
  const collabsQ = useDbQuery(() => listCollaborationsOf(creatorId), ['collaborations'], [creatorId]);

  if (creatorQ.status === 'loading') return <p className="p-3">Loading…</p>;
  if (creatorQ.status === 'error') return <ErrorNote>Could not read this creator: {creatorQ.error.message}</ErrorNote>;
  const creator = creatorQ.data;
  if (!creator) {
    return (
      <div className="p-3">
        <p>This creator is no longer on the roster.</p>
        <button type="button" className={buttonClass} onClick={props.onBack}>
          Back to roster
        </button>
      </div>
    );
  }
  const touches = touchesQ.status === 'ready' ? touchesQ.data.records : [];
  const collabs = collabsQ.status === 'ready' ? collabsQ.data.records : [];
  return (
    <article aria-label={`Creator ${creator.displayName}`} className="min-h-0 flex-1 overflow-auto pb-8" data-testid="creator-detail">
      <header className="flex items-start gap-2 p-3">
        <button type="button" className={buttonClass} onClick={props.onBack} aria-label="Back to roster">
          ←
        </button>
        <div className="min-w-0 flex-1">
          <h2 className="truncate text-lg font-semibold" data-testid="creator-name">
            {creator.displayName}
          </h2>
          <p className="truncate text-xs text-slate-600 dark:text-slate-400">
            {creator.accounts.map((a) => `${PLATFORM_LABELS[a.platform]} @${a.handle}`).join(' · ') || 'No accounts'}
          </p>
          {nameOf(creator.updatedById) && (
            <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="creator-edited-by">
              Last changed by {nameOf(creator.updatedById)}
            </p>
          )}
        </div>
        <button type="button" className={primaryButtonClass} data-testid="log-touch" onClick={props.onLog} title="Log a touch (l)">
          Log touch
        </button>
      </header>
      <SyncConflicts creator={creator} nameOf={nameOf} />
      <StageSuggestions creatorId={creator.id} now={now} />
      <HealthBox creator={creator} touches={touches} collabs={collabs} settings={settings} now={now} />
      <TemplateCopier creator={creator} collabs={collabs} />
      <Section title="Timeline">
        <Timeline touches={touches} nameOf={nameOf} />
      </Section>
      <Section title="Relationship">
        <RelationshipForm key={creator.id} creator={creator} settings={settings} />
      </Section>
      <Section title="Accounts">{accountsQ.status === 'ready' && <AccountsList accounts={accountsQ.data.records} />}</Section>
      <Section title="Fit">
        <FitForm key={creator.id} creator={creator} />
        <FitReview creator={creator} settings={settings} />
      </Section>
      <Section title="Contact">
        <ContactForm key={creator.id} creator={creator} />
      </Section>
      <Section title="Preferences and boundaries">
        <PreferencesForm key={creator.id} creator={creator} />
      </Section>
      <Section title="Milestones" open={creator.milestones.length > 0}>
        <Milestones creator={creator} />
      </Section>
      <Section title="Collaborations" open={collabs.length > 0}>
        <Collaborations creatorId={creator.id} collabs={collabs} nameOf={nameOf} />
      </Section>
      <Section title="Privacy" open={false}>
        <Privacy creator={creator} onDeleted={props.onBack} />
      </Section>
      <Section title="History" open={false}>
        <StageHistory creator={creator} nameOf={nameOf} />
      </Section>
    </article>
  );
}
