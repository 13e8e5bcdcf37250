/** The creator's accounts on each platform. */
import { PLATFORM_LABELS, type Account } from '../../../lib/domain';
import { formatCount, formatDate } from '../../ui/format';

export const isSafeLink = (url: string) => /^https?:\/\//i.test(url);

/** Each account with its profile link, bio, links (http and https only) and follower history. */
export function AccountsList(props: { accounts: Account[] }) {
  return (
    <ul className="space-y-2">
      {props.accounts.map((a) => {
        const latest = a.followerSnapshots.at(-1);
        return (
          <li key={a.id} className="rounded border border-slate-200 p-2 dark:border-slate-700">
            <div className="flex items-baseline justify-between gap-2">
              <a href={a.profileUrl} target="_blank" rel="noopener noreferrer" className="font-medium text-indigo-800 underline dark:text-indigo-300">
                {PLATFORM_LABELS[a.platform]} @{a.handle}
              </a>
              <span className="text-xs tabular-nums">{latest ? `${formatCount(latest.value)} followers` : ''}</span>
            </div>
            {a.bio && <p className="mt-1 whitespace-pre-line text-xs text-slate-700 dark:text-slate-300">{a.bio}</p>}
            {a.links.length > 0 && (
              <ul className="mt-1 text-xs">
                {a.links.filter(isSafeLink).map((l) => (
                  <li key={l} className="truncate">
                    <a href={l} target="_blank" rel="noopener noreferrer" className="underline">
                      {l}
                    </a>
                  </li>
                ))}
              </ul>
            )}
            {a.followerSnapshots.length > 1 && (
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                Followers:{' '}
                {a.followerSnapshots
                  .slice(-5)
                  .map((s) => `${formatCount(s.value)} (${formatDate(s.at)})`)
                  .join(' → ')}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
