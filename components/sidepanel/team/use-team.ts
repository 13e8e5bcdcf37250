/** This browser's team membership (undefined when solo), kept current as it changes in any context. */
import { getTeamState } from '../../../lib/db';
import type { TeamState } from '../../../lib/team/state';
import { useDbQuery } from '../../ui/use-db-query';

export function useTeam(): TeamState | undefined {
  const state = useDbQuery(() => getTeamState(), ['settings'], []);
  return state.status === 'ready' ? state.data : undefined;
}
