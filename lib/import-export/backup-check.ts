/**
 * Checks a backup's records as they are read: each is validated once (by
 * lib/db's restore builder, with the schemas the write uses) and the problems
 * are collected, the first ones listed. Then the whole set is checked for
 * integrity. Any problem refuses the whole restore: it never half-applies.
 */
import { createRestoreBuilder, type AllData, type RecordStore } from '../db';
import { BACKUP_STORES, MAX_PROBLEMS, type BackupParse, type BackupProblem } from './backup-format';

export class BackupCollector {
  private readonly builder = createRestoreBuilder();
  private readonly problems: BackupProblem[] = [];
  private readonly seen: Record<RecordStore, number> = {
    creators: 0,
    accounts: 0,
    interactions: 0,
    collaborations: 0,
    campaigns: 0,
    reminders: 0,
    templates: 0,
  };
  private listedRecords = 0;
  private unlisted = 0;

  /** One record of `store`, in file order. */
  record(store: RecordStore, raw: unknown): void {
    const n = ++this.seen[store];
    const issue = this.builder.add(store, raw);
    if (issue !== null) this.invalidRecord(`${store} #${n}`, issue);
  }

  /** A record of `store` that could not be read at all (e.g. not JSON). */
  unreadableRecord(store: RecordStore, message: string): void {
    this.invalidRecord(`${store} #${++this.seen[store]}`, message);
  }

  settings(raw: unknown): void {
    if (raw === null || raw === undefined) return;
    const issue = this.builder.setSettings(raw);
    if (issue !== null) this.problems.push({ where: 'settings', message: issue });
  }

  /** A problem with the file itself (layout, truncation): always listed. */
  fileProblem(problem: BackupProblem): void {
    this.problems.push(problem);
  }

  get hasProblems(): boolean {
    return this.problems.length > 0 || this.unlisted > 0;
  }

  /** The outcome: the validated data, or the problems (integrity ones included while the list has room). */
  finish(exportedAt?: string): BackupParse {
    const data = this.builder.finish();
    if (this.unlisted) this.problems.push({ where: 'file', message: `…and ${this.unlisted} more invalid records` });
    else if (this.problems.length < MAX_PROBLEMS) this.problems.push(...integrityProblems(data, MAX_PROBLEMS - this.problems.length));
    if (this.problems.length) return { ok: false, problems: this.problems };
    return { ok: true, data, ...(exportedAt ? { exportedAt } : {}) };
  }

  private invalidRecord(where: string, message: string): void {
    if (this.listedRecords < MAX_PROBLEMS) {
      this.listedRecords++;
      this.problems.push({ where, message });
    } else this.unlisted++;
  }
}

/**
 * What the database would refuse, or what would leave dangling records:
 * duplicate ids in any store, platform handles used twice, and records that
 * point at a creator who is not in the backup. Stops at `limit` problems.
 */
export function integrityProblems(data: AllData, limit = MAX_PROBLEMS): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const full = () => problems.length >= limit;
  const ids = new Map<RecordStore, Set<string>>();
  for (const store of BACKUP_STORES) {
    const seen = new Set<string>();
    ids.set(store, seen);
    for (const r of data[store]) {
      if (seen.has(r.id)) {
        problems.push({ where: `${store} ${r.id}`, message: store === 'creators' ? 'Duplicate creator id' : 'Duplicate id' });
        if (full()) return problems;
      }
      seen.add(r.id);
    }
  }
  const handles = new Set<string>();
  for (const a of data.accounts) {
    const key = `${a.platform}/${a.handle}`;
    if (handles.has(key)) {
      problems.push({ where: `accounts ${a.id}`, message: `${key} appears twice` });
      if (full()) return problems;
    }
    handles.add(key);
  }
  const creatorIds = ids.get('creators') ?? new Set<string>();
  for (const store of ['accounts', 'interactions', 'collaborations', 'reminders'] as const) {
    for (const r of data[store]) {
      if (!creatorIds.has(r.creatorId)) {
        problems.push({ where: `${store} ${r.id}`, message: `Belongs to creator ${r.creatorId}, who is not in the backup` });
        if (full()) return problems;
      }
    }
  }
  const campaignIds = ids.get('campaigns') ?? new Set<string>();
  for (const c of data.collaborations) {
    if (c.campaignId !== undefined && !campaignIds.has(c.campaignId)) {
      problems.push({ where: `collaborations ${c.id}`, message: `Belongs to campaign ${c.campaignId}, which is not in the backup` });
      if (full()) return problems;
    }
  }
  return problems;
}
