/**
 * Create or join a team: the server's address and a code, then a preview of what
 * sharing my roster does (how many creators, which ones the team has already),
 * then the choice: share it, or start from the team's roster (my roster is saved
 * to a backup file first, then removed from this browser).
 */
import { useState } from 'react';
import { connectToTeam, previewSharing, startTeamWork, type ConnectRequest, type PendingMembership, type SharingPreview } from '../../../lib/use-cases/team';
import { exportBackupFile } from '../../../lib/use-cases/data';
import { ErrorNote, buttonClass, downloadBlob, errorMessage, inputClass, primaryButtonClass } from '../../ui/controls';
import { SharingPreviewList } from './sharing-preview';

type Step = { kind: 'form' } | { kind: 'preview'; pending: PendingMembership; preview: SharingPreview } | { kind: 'working'; label: string };

export function JoinTeamForm() {
  const [mode, setMode] = useState<'join' | 'create'>('join');
  const [serverUrl, setServerUrl] = useState('');
  const [code, setCode] = useState('');
  const [teamName, setTeamName] = useState('');
  const [yourName, setYourName] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'form' });
  const [error, setError] = useState<string | null>(null);

  async function connect(): Promise<void> {
    setError(null);
    const request: ConnectRequest =
      mode === 'create' ? { mode, serverUrl, setupCode: code, teamName, yourName } : { mode, serverUrl, inviteCode: code, yourName };
    setStep({ kind: 'working', label: 'Contacting the team server…' });
    try {
      const pending = await connectToTeam(request);
      setStep({ kind: 'preview', pending, preview: await previewSharing(pending) });
    } catch (e) {
      setError(errorMessage(e));
      setStep({ kind: 'form' });
    }
  }

  async function start(pending: PendingMembership, preview: SharingPreview, share: boolean): Promise<void> {
    setError(null);
    try {
      if (!share && preview.localCreators > 0) {
        setStep({ kind: 'working', label: 'Saving your roster to a backup file…' });
        const made = await exportBackupFile();
        downloadBlob(new Blob(made.parts, { type: 'application/json' }), made.fileName);
      }
      setStep({ kind: 'working', label: 'Joining and syncing with the team…' });
      const result = await startTeamWork(pending, { share, duplicates: share ? preview.duplicates : [] });
      if (result.syncError) setError(`Joined. The first sync did not finish: ${result.syncError} (it retries every minute).`);
    } catch (e) {
      setError(errorMessage(e));
      setStep({ kind: 'preview', pending, preview });
    }
  }

  if (step.kind === 'working') {
    return (
      <p role="status" className="text-xs">
        {step.label}
      </p>
    );
  }

  if (step.kind === 'preview') {
    const { pending, preview } = step;
    return (
      <div className="space-y-2" data-testid="team-preview">
        <p>
          {pending.membership.member.role === 'admin' ? 'Team created' : 'Invite accepted'}: <strong>{pending.membership.team.name}</strong>, as{' '}
          {pending.membership.member.name}.
        </p>
        {preview.localCreators === 0 ? (
          <p className="text-xs">Your roster is empty: the team's roster will arrive here.</p>
        ) : (
          <>
            <p className="text-xs">
              Share your {preview.localCreators.toLocaleString()} creators with the team? You become their owner and the author of your touches.
            </p>
            <SharingPreviewList duplicates={preview.duplicates} />
          </>
        )}
        {error && <ErrorNote>{error}</ErrorNote>}
        <div className="flex flex-wrap gap-2">
          <button type="button" className={primaryButtonClass} data-testid="team-share" onClick={() => void start(pending, preview, true)}>
            {preview.localCreators === 0 ? 'Start working with the team' : 'Share my roster and start'}
          </button>
          {preview.localCreators > 0 && (
            <button type="button" className={buttonClass} data-testid="team-start-fresh" onClick={() => void start(pending, preview, false)}>
              Keep my roster out: save it to a file, then start from the team's
            </button>
          )}
        </div>
      </div>
    );
  }

  return (
    <form
      className="space-y-2"
      aria-label="Join a team"
      onSubmit={(e) => {
        e.preventDefault();
        void connect();
      }}
    >
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Share one roster with your team through a Rapport team server (see the README's “Teams”). Solo, nothing leaves this browser.
      </p>
      <div className="flex gap-3 text-xs" role="radiogroup" aria-label="Create or join">
        <label className="flex items-center gap-1">
          <input type="radio" name="team-mode" checked={mode === 'join'} onChange={() => setMode('join')} /> Join with an invite code
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name="team-mode" data-testid="team-mode-create" checked={mode === 'create'} onChange={() => setMode('create')} /> Create a team
        </label>
      </div>
      <label className="block text-xs">
        Team server address
        <input
          className={`${inputClass} block w-full`}
          data-field="team-server"
          required
          placeholder="https://team.example.com"
          value={serverUrl}
          onChange={(e) => setServerUrl(e.target.value)}
        />
      </label>
      <label className="block text-xs">
        {mode === 'join' ? 'Invite code' : 'Setup code (printed when the server starts)'}
        <input className={`${inputClass} block w-full`} data-field="team-code" required value={code} onChange={(e) => setCode(e.target.value)} />
      </label>
      {mode === 'create' && (
        <label className="block text-xs">
          Team name
          <input className={`${inputClass} block w-full`} data-field="team-name" required value={teamName} onChange={(e) => setTeamName(e.target.value)} />
        </label>
      )}
      <label className="block text-xs">
        Your name (shown to your team)
        <input className={`${inputClass} block w-full`} data-field="team-your-name" required value={yourName} onChange={(e) => setYourName(e.target.value)} />
      </label>
      {error && <ErrorNote>{error}</ErrorNote>}
      <button type="submit" className={primaryButtonClass} data-testid="team-connect">
        {mode === 'join' ? 'Join team' : 'Create team'}
      </button>
    </form>
  );
}
