/** Settings' "Team" part: join or create a team when solo; the team's status when in one. */
import { countOutbox, getTeamState } from '../../../lib/db';
import { useDbQuery } from '../../ui/use-db-query';
import { Part } from '../../ui/form-fields';
import { JoinTeamForm } from './join-form';
import { TeamStatus } from './team-status';

export function TeamSection() {
  // The membership and outbox are announced as settings changes (they are this browser's own configuration).
  const state = useDbQuery(async () => ({ team: await getTeamState(), unsent: await countOutbox() }), ['settings', 'creators', 'interactions'], []);
  return (
    <Part title="Team">
      {state.status === 'ready' ? state.data.team ? <TeamStatus team={state.data.team} unsent={state.data.unsent} /> : <JoinTeamForm /> : null}
    </Part>
  );
}
