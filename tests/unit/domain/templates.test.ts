import { describe, expect, it } from 'vitest';
import { firstNameOf, lastCollaborationOf, mergeValuesFor, renderTemplate } from '../../../lib/domain';

const creator = {
  displayName: 'Ana Lisboa',
  accounts: [{ accountId: 'a1', platform: 'instagram' as const, handle: 'ana.travels' }],
  owner: 'Dana',
};

describe('merge fields', () => {
  it('fills first name, handle, last collaboration and owner', () => {
    const values = mergeValuesFor(creator, [
      { title: 'Spring seeding', status: 'completed', completedAt: 200, createdAt: 100 },
      { title: 'Summer launch', status: 'in-progress', startedAt: 300, createdAt: 150 },
      { title: 'Cancelled one', status: 'cancelled', createdAt: 999 },
    ]);
    expect(values).toEqual({ firstName: 'Ana', handle: '@ana.travels', lastCollaboration: 'Summer launch', owner: 'Dana' });
    const out = renderTemplate('Hi {{firstName}} ({{ handle }}), loved {{lastCollaboration}}. — {{owner}}', values);
    expect(out).toEqual({ text: 'Hi Ana (@ana.travels), loved Summer launch. — Dana', missing: [], unknown: [] });
  });

  it('leaves a field without a value visible and reports it, and reports unknown fields', () => {
    const out = renderTemplate('Hi {{firstName}}, re {{lastCollaboration}} {{nickname}}', mergeValuesFor({ ...creator, owner: undefined }));
    expect(out.text).toBe('Hi Ana, re {{lastCollaboration}} {{nickname}}');
    expect(out.missing).toEqual(['lastCollaboration']);
    expect(out.unknown).toEqual(['nickname']);
  });

  it('takes a first name from names and handles alike', () => {
    expect(firstNameOf('  Kiko  Beats ')).toBe('Kiko');
    expect(firstNameOf('@pluto')).toBe('pluto');
    expect(firstNameOf('   ')).toBeUndefined();
    expect(lastCollaborationOf([])).toBeUndefined();
  });

  it('never interprets the creator text as template syntax twice', () => {
    const out = renderTemplate('Hi {{firstName}}', mergeValuesFor({ ...creator, displayName: '{{owner}} x' }));
    expect(out.text).toBe('Hi {{owner}}');
  });
});
