/** For team admins: invite people (one code per person, shown once) and revoke invites or members. */
import { useState } from 'react';
import { createTeamInvite, loadTeamDirectory, revokeTeamInvite, revokeTeamMember } from '../../../lib/use-cases/team';
import { ErrorNote, buttonClass, errorMessage, inputClass } from '../../ui/controls';

type Directory = Awaited<ReturnType<typeof loadTeamDirectory>>;

export function TeamInvites() {
  const [name, setName] = useState('');
  const [code, setCode] = useState<{ name: string; code: string } | null>(null);
  const [directory, setDirectory] = useState<Directory | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const refresh = () => run(async () => setDirectory(await loadTeamDirectory()));

  return (
    <fieldset className="space-y-1 text-xs">
      <legend className="font-semibold">Invite and manage members (admin)</legend>
      <div className="flex gap-1">
        <input
          className={`${inputClass} min-w-0 flex-1`}
          aria-label="Invitee's name"
          placeholder="Their name"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button
          type="button"
          className={buttonClass}
          data-testid="team-invite"
          onClick={() =>
            void run(async () => {
              const made = await createTeamInvite(name);
              setCode({ name: name.trim() || 'someone', code: made.code });
              setName('');
            })
          }
        >
          Create invite code
        </button>
      </div>
      {code && (
        <p>
          Code for {code.name} (shown once, works once):{' '}
          <output className="select-all font-mono" data-testid="team-invite-code">
            {code.code}
          </output>
        </p>
      )}
      <button type="button" className={buttonClass} onClick={() => void refresh()}>
        Show members and invites
      </button>
      {directory && (
        <ul className="space-y-1">
          {directory.members.map((m) => (
            <li key={m.id} className="flex items-center justify-between gap-2">
              <span>
                {m.name} · {m.role}
                {m.revoked ? ' · revoked' : ''}
              </span>
              {!m.revoked && m.id !== directory.memberId && (
                <button type="button" className={buttonClass} onClick={() => void run(async () => (await revokeTeamMember(m.id), await refresh()))}>
                  Revoke {m.name}
                </button>
              )}
            </li>
          ))}
          {directory.invites
            .filter((i) => !i.used && !i.revoked)
            .map((i) => (
              <li key={i.id} className="flex items-center justify-between gap-2">
                <span>Open invite{i.name ? ` for ${i.name}` : ''}</span>
                <button type="button" className={buttonClass} onClick={() => void run(async () => (await revokeTeamInvite(i.id), await refresh()))}>
                  Revoke invite
                </button>
              </li>
            ))}
        </ul>
      )}
      {error && <ErrorNote>{error}</ErrorNote>}
    </fieldset>
  );
}
