/**
 * The merge engine, shared by the team server (which applies every push) and the
 * client (which replays its unsent changes on top of what it pulls). Pure functions
 * over JSON documents and the rules in rules.ts; no storage, no clock of its own.
 */
import { kindOf, type StoreRule } from './rules';
import type { FieldChange, Mutation } from './protocol';

type Json = unknown;
export type Doc = Record<string, Json>;

/** Who last set each field, and when: the last-writer-wins clock. */
export interface FieldClock {
  at: number;
  by: string;
}

export interface StoredDoc {
  data: Doc;
  clocks: Record<string, FieldClock>;
  deleted: boolean;
}

/** A value that lost a merge, for the audit table. */
export interface Discarded {
  path: string;
  value: Json;
  by: string;
  reason: 'older-change' | 'overwritten' | 'text-conflict' | 'record-deleted' | 'author-is-set-by-server';
}

export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeError';
  }
}

/** A text edit that met a newer text: both are kept, and the person sees it. */
export interface SyncConflict {
  field: string;
  value: string;
  byId: string;
  at: number;
}

const CONFLICTS_FIELD = 'syncConflicts';
const MAX_CONFLICTS = 20;

function isPlainObject(value: Json): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Stable JSON for equality: key order does not matter. */
export function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function same(a: Json, b: Json): boolean {
  return canonical(a) === canonical(b);
}

function getPath(doc: Doc, path: string): Json {
  const [head, child] = path.split('.') as [string, string | undefined];
  const top = doc[head];
  if (child === undefined) return top;
  return isPlainObject(top) ? top[child] : undefined;
}

function setPath(doc: Doc, path: string, value: Json): void {
  const [head, child] = path.split('.') as [string, string | undefined];
  if (child === undefined) {
    if (value === undefined) delete doc[head];
    else doc[head] = value;
    return;
  }
  const parent = isPlainObject(doc[head]) ? { ...(doc[head] as Doc) } : {};
  if (value === undefined) delete parent[child];
  else parent[child] = value;
  if (Object.keys(parent).length === 0) delete doc[head];
  else doc[head] = parent;
}

/** The record as field paths: nested objects one level down, local fields left out. */
function fieldsOf(rule: StoreRule, record: Doc | undefined): Map<string, Json> {
  const fields = new Map<string, Json>();
  if (!record) return fields;
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || rule.local.includes(key)) continue;
    if (rule.nested.includes(key) && isPlainObject(value)) {
      for (const [child, childValue] of Object.entries(value)) if (childValue !== undefined) fields.set(`${key}.${child}`, childValue);
    } else fields.set(key, value);
  }
  return fields;
}

function asStrings(value: Json): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function asEntries(value: Json): Doc[] {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

function keyed(rule: StoreRule, path: string, entries: Doc[]): Map<string, Doc> {
  const keyOf = rule.listKeys[path];
  if (!keyOf) throw new MergeError(`No key rule for list field ${path}`);
  return new Map(entries.map((e) => [keyOf(e), e]));
}

function changeFor(rule: StoreRule, path: string, before: Json, after: Json): FieldChange | null {
  switch (kindOf(rule, path)) {
    case 'set': {
      const was = new Set(asStrings(before));
      const now = new Set(asStrings(after));
      const add = [...now].filter((v) => !was.has(v));
      const remove = [...was].filter((v) => !now.has(v));
      return add.length || remove.length ? { op: 'set-delta', add, remove } : null;
    }
    case 'list': {
      const was = keyed(rule, path, asEntries(before));
      const now = keyed(rule, path, asEntries(after));
      const put = [...now].filter(([k, e]) => !was.has(k) || !same(was.get(k), e)).map(([, e]) => e);
      const remove = [...was.keys()].filter((k) => !now.has(k));
      return put.length || remove.length ? { op: 'list-delta', put, remove } : null;
    }
    case 'text':
      return same(before, after) ? null : { op: 'text', base: typeof before === 'string' ? before : '', value: typeof after === 'string' ? after : '' };
    case 'lww':
      return same(before, after) ? null : after === undefined ? { op: 'set' } : { op: 'set', value: after };
  }
}

/**
 * What changed between two versions of a record, as a mutation's changes
 * (null when nothing shared changed: a write of local-only fields syncs nothing).
 */
export function diffRecord(rule: StoreRule, before: Doc | undefined, after: Doc | undefined): Pick<Mutation, 'changes' | 'deleted'> | null {
  if (after === undefined) return before === undefined ? null : { changes: {}, deleted: true };
  const was = fieldsOf(rule, before);
  const now = fieldsOf(rule, after);
  const changes: Record<string, FieldChange> = {};
  for (const path of new Set([...was.keys(), ...now.keys()])) {
    // Set by the server from the pusher's token; a browser's own stamp of it is for local display only.
    if (path === rule.editedByField) continue;
    const change = changeFor(rule, path, was.get(path), now.get(path));
    if (change) changes[path] = change;
  }
  return Object.keys(changes).length ? { changes } : null;
}

function wins(incoming: FieldClock, current: FieldClock | undefined): boolean {
  if (!current) return true;
  return incoming.at > current.at || (incoming.at === current.at && incoming.by >= current.by);
}

function checkOp(rule: StoreRule, path: string, change: FieldChange): void {
  const top = path.split('.')[0] ?? path;
  if (rule.local.includes(top)) throw new MergeError(`${path} is kept in each browser and is not synced`);
  if (path.includes('.') && !rule.nested.includes(top)) throw new MergeError(`${top} is not merged field by field`);
  const expected = { lww: 'set', set: 'set-delta', list: 'list-delta', text: 'text' }[kindOf(rule, path)];
  if (change.op !== expected) throw new MergeError(`${path} merges with '${expected}', not '${change.op}'`);
}

/**
 * Applies one mutation by member `by` at time `at` (already clamped by the caller).
 * Returns the new document and every value the merge discarded.
 */
export function applyMutation(
  rule: StoreRule,
  current: StoredDoc | undefined,
  mutation: Pick<Mutation, 'changes' | 'deleted'>,
  by: string,
  at: number,
): { doc: StoredDoc; discarded: Discarded[] } {
  const discarded: Discarded[] = [];
  const doc: StoredDoc = current
    ? { data: structuredClone(current.data), clocks: { ...current.clocks }, deleted: current.deleted }
    : { data: {}, clocks: {}, deleted: false };
  const clock: FieldClock = { at, by };
  const entries = Object.entries(mutation.changes);
  for (const [path, change] of entries) checkOp(rule, path, change);

  if (doc.deleted) {
    // Existence is last-writer-wins too: a change made after the delete (an undo) brings the record back.
    const deletedAt = doc.clocks._deleted?.at ?? 0;
    if (mutation.deleted || at <= deletedAt) {
      for (const [path, change] of entries) discarded.push({ path, value: change, by, reason: 'record-deleted' });
      return { doc, discarded };
    }
    doc.deleted = false;
    doc.clocks._deleted = clock;
  }
  if (mutation.deleted) {
    doc.deleted = true;
    doc.clocks._deleted = clock;
    return { doc, discarded };
  }
  const creating = current === undefined;

  for (const [path, change] of entries) {
    if (path === rule.createdByField || path === rule.editedByField) {
      discarded.push({ path, value: change.op === 'set' ? change.value : change, by, reason: 'author-is-set-by-server' });
      continue;
    }
    const before = getPath(doc.data, path);
    const fieldClock = doc.clocks[path];
    switch (change.op) {
      case 'set': {
        if (!wins(clock, fieldClock)) {
          discarded.push({ path, value: change.value, by, reason: 'older-change' });
          continue;
        }
        if (fieldClock && fieldClock.by !== by && before !== undefined && !same(before, change.value)) {
          discarded.push({ path, value: before, by: fieldClock.by, reason: 'overwritten' });
        }
        setPath(doc.data, path, change.value);
        break;
      }
      case 'set-delta': {
        const removed = new Set(change.remove);
        const next = asStrings(before).filter((v) => !removed.has(v));
        for (const value of change.add) if (!next.includes(value)) next.push(value);
        setPath(doc.data, path, next);
        break;
      }
      case 'list-delta': {
        const list = keyed(rule, path, asEntries(before));
        for (const key of change.remove) list.delete(key);
        const keyOf = rule.listKeys[path];
        for (const entry of change.put) {
          const key = keyOf ? keyOf(entry) : '';
          const existing = list.get(key);
          const stamped = rule.stampedLists.includes(path) ? { ...entry, byId: existing?.byId ?? by } : entry;
          if (existing === undefined && rule.stampedLists.includes(path) && entry.byId !== undefined && entry.byId !== by) {
            discarded.push({ path: `${path}.byId`, value: entry.byId, by, reason: 'author-is-set-by-server' });
          }
          list.set(key, stamped);
        }
        setPath(doc.data, path, [...list.values()]);
        break;
      }
      case 'text': {
        const now = typeof before === 'string' ? before : '';
        if (now === change.base || now === change.value || now === '') {
          setPath(doc.data, path, change.value);
          break;
        }
        const conflicts = asEntries(doc.data[CONFLICTS_FIELD]);
        const conflict: SyncConflict = { field: path, value: change.value, byId: by, at };
        doc.data[CONFLICTS_FIELD] = [...conflicts, conflict].slice(-MAX_CONFLICTS);
        doc.clocks[CONFLICTS_FIELD] = clock;
        discarded.push({ path, value: change.value, by, reason: 'text-conflict' });
        continue;
      }
    }
    doc.clocks[path] = clock;
  }
  if (creating && rule.createdByField) doc.data[rule.createdByField] = by;
  // Whoever last changed a shared field of the record (the server's word, as for the author).
  if (rule.editedByField && entries.some(([path]) => path !== rule.editedByField)) doc.data[rule.editedByField] = by;
  return { doc, discarded };
}
