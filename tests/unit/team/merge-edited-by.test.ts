import { describe, expect, it } from 'vitest';
import { applyMutation, diffRecord } from '../../../lib/team/merge';
import { STORE_RULES } from '../../../lib/team/rules';

const rule = STORE_RULES.collaborations;
const SAM = '22222222-2222-4222-8222-222222222222';
const ANA = '11111111-1111-4111-8111-111111111111';

describe('who last changed a record', () => {
  it('is never sent by a browser: its own stamp stays out of the diff', () => {
    const before = { id: 'c1', title: 'Spring', updatedById: ANA };
    expect(diffRecord(rule, before, { ...before, updatedById: SAM })).toBeNull();
    expect(diffRecord(rule, before, { ...before, title: 'Summer', updatedById: SAM })).toEqual({ changes: { title: { op: 'set', value: 'Summer' } } });
  });

  it('is set by the server to whoever pushed a change, and a forged one is refused and audited', () => {
    const created = applyMutation(rule, undefined, { changes: { title: { op: 'set', value: 'Spring' } } }, ANA, 1).doc;
    expect(created.data.updatedById).toBe(ANA);
    const forged = applyMutation(rule, created, { changes: { title: { op: 'set', value: 'Summer' }, updatedById: { op: 'set', value: ANA } } }, SAM, 2);
    expect(forged.doc.data).toMatchObject({ title: 'Summer', updatedById: SAM });
    // Ana's title is kept in the audit as overwritten; the forged stamp as refused.
    expect(forged.discarded).toEqual([
      { path: 'title', value: 'Spring', by: ANA, reason: 'overwritten' },
      { path: 'updatedById', value: ANA, by: SAM, reason: 'author-is-set-by-server' },
    ]);
  });
});
