/** The log-touch form in a dialog, for the creator the panel was asked to log with. */
import { type Channel } from '../../lib/domain';
import { getCreator } from '../../lib/db';
import { useDbQuery } from '../ui/use-db-query';
import { LogTouchForm } from './log-touch-form';
import { Dialog, ErrorNote } from '../ui/controls';

export function LogTouchDialog(props: { creatorId: string | null; channel: Channel | undefined; onClose(): void }) {
  const creator = useDbQuery(async () => (props.creatorId ? getCreator(props.creatorId) : undefined), [], [props.creatorId]);
  const c = creator.status === 'ready' ? creator.data : undefined;
  return (
    <Dialog title={c ? `Log a touch with ${c.displayName}` : 'Log a touch'} open={!!props.creatorId} onClose={props.onClose}>
      {c && c.id === props.creatorId ? (
        <LogTouchForm key={c.id} creator={c} {...(props.channel ? { channel: props.channel } : {})} onDone={props.onClose} onCancel={props.onClose} />
      ) : creator.status === 'error' ? (
        <ErrorNote>{creator.error.message}</ErrorNote>
      ) : (
        <p>Loading…</p>
      )}
    </Dialog>
  );
}
