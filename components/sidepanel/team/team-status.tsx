/** The team this browser works in: who is in it, how sync is going, personal team settings, and leaving. */
import { useState } from 'react';
import type { TeamState } from '../../../lib/team/state';
import { leaveTeam, syncTeamNow, updateTeamPreferences } from '../../../lib/use-cases/team';
import { ErrorNote, ProgressBar, buttonClass, dangerButtonClass, errorMessage, inputClass } from '../../ui/controls';
import { formatDateTime } from '../../ui/format';
import { TeamInvites } from './invites';

export function TeamStatus(props: { team: TeamState; unsent: number }) {
  const { team } = props;
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const [days, setDays] = useState(String(team.recentContactDays));

  const act = async (work: () => Promise<string>) => {
    setError(null);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const members = team.members.filter((m) => !m.revoked);

  return (
    <div className="space-y-2" data-testid="team-status">
      <p>
        Team <strong>{team.teamName}</strong>, as {team.memberName} ({team.role}).
      </p>
      <p className="text-xs">Members: {members.map((m) => m.name).join(', ') || team.memberName}</p>
      <p className="text-xs" role="status" data-testid="team-sync-status" data-synced={team.lastSyncAt !== undefined && !team.progress ? 'yes' : 'no'}>
        {team.lastSyncAt ? `Last synced ${formatDateTime(team.lastSyncAt)}.` : 'Not synced yet.'}{' '}
        {props.unsent > 0 ? `${props.unsent.toLocaleString()} change(s) waiting to be sent.` : 'Everything sent.'}
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonClass}
          data-testid="team-sync-now"
          onClick={() =>
            void act(async () => {
              const outcome = await syncTeamNow();
              return outcome ? `Synced: ${outcome.pushed} sent, ${outcome.pulled} received.` : 'Not in a team.';
            })
          }
        >
          Sync now
        </button>
      </div>
      <fieldset className="space-y-1 text-xs">
        <legend className="font-semibold">My team settings</legend>
        <label className="flex items-center gap-2">
          Warn before contacting a creator someone else contacted within
          <input
            type="number"
            min={1}
            max={365}
            className={`${inputClass} w-16`}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            onBlur={() => {
              const n = Number(days);
              if (Number.isInteger(n) && n >= 1 && n <= 365) void act(async () => (await updateTeamPreferences({ recentContactDays: n }), 'Saved.'));
              else setError('Days: a whole number from 1 to 365.');
            }}
          />
          days
        </label>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={team.remindUnowned}
            onChange={(e) => void act(async () => (await updateTeamPreferences({ remindUnowned: e.target.checked }), 'Saved.'))}
          />
          Remind me of creators nobody owns, as well as mine
        </label>
      </fieldset>
      {team.role === 'admin' && <TeamInvites />}
      {/* What comes and goes with each sync sits below the controls, so nothing moves under a click (a test once clicked a setting this way). */}
      {team.progress && <ProgressBar label="First sync" done={team.progress.done} total={team.progress.total} />}
      {team.lastError && <ErrorNote>Sync problem: {team.lastError}</ErrorNote>}
      {message && (
        <p role="status" className="text-xs">
          {message}
        </p>
      )}
      {error && <ErrorNote>{error}</ErrorNote>}
      {confirmLeave ? (
        <div className="space-y-1 text-xs">
          <p>
            Leave {team.teamName}? The roster stays on this browser as your own; it stops syncing.
            {props.unsent > 0 ? ` ${props.unsent} change(s) not yet sent will not reach the team.` : ''}
          </p>
          <div className="flex gap-2">
            <button
              type="button"
              className={dangerButtonClass}
              data-testid="team-leave-confirm"
              onClick={() => void act(async () => `Left the team. ${(await leaveTeam()).unsent} unsent change(s) dropped.`)}
            >
              Leave the team
            </button>
            <button type="button" className={buttonClass} onClick={() => setConfirmLeave(false)}>
              Stay
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className={buttonClass} onClick={() => setConfirmLeave(true)}>
          Leave team…
        </button>
      )}
    </div>
  );
}
