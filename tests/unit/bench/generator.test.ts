import { describe, expect, it } from 'vitest';
import { AccountSchema, CollaborationSchema, CreatorSchema, InteractionSchema } from '../../../lib/domain';
import { checkRow, guessMapping, mappingProblems, parseCsv } from '../../../lib/import-export/csv-import';
import { blockCount, generateBlock, identityAt, rosterCsv, type RosterBlock, type RosterSpec } from '../../bench/generator';

const NOW = Date.UTC(2026, 10, 24, 12);
const SPEC: RosterSpec = { seed: 7, creators: 600, interactions: 6000, collaborations: 180, due: 6, now: NOW, blockSize: 250 };

function all(spec: RosterSpec): RosterBlock {
  const out: RosterBlock = { creators: [], accounts: [], interactions: [], collaborations: [] };
  for (let b = 0; b < blockCount(spec); b++) {
    const block = generateBlock(spec, b);
    out.creators.push(...block.creators);
    out.accounts.push(...block.accounts);
    out.interactions.push(...block.interactions);
    out.collaborations.push(...block.collaborations);
  }
  return out;
}

describe('the seeded roster generator', () => {
  const roster = all(SPEC);

  it('makes exactly the requested numbers of creators, touches and collaborations', () => {
    expect(roster.creators).toHaveLength(600);
    expect(roster.interactions).toHaveLength(6000);
    expect(roster.collaborations).toHaveLength(180);
    // Several platforms per creator on average.
    expect(roster.accounts.length).toBeGreaterThan(1.5 * 600);
  });

  it('is deterministic: the same seed gives the same records', () => {
    expect(generateBlock(SPEC, 1)).toEqual(generateBlock(SPEC, 1));
    expect(generateBlock({ ...SPEC, seed: 8 }, 1).creators[0]?.id).not.toBe(generateBlock(SPEC, 1).creators[0]?.id);
  });

  it('produces records the domain schemas accept as they are', () => {
    for (const c of roster.creators) expect(CreatorSchema.parse(c)).toEqual(c);
    for (const a of roster.accounts.slice(0, 200)) expect(AccountSchema.parse(a)).toEqual(a);
    for (const i of roster.interactions.slice(0, 500)) expect(InteractionSchema.parse(i)).toEqual(i);
    for (const c of roster.collaborations) expect(CollaborationSchema.parse(c)).toEqual(c);
  });

  it('has exactly `due` creators due at now, and keeps contact times consistent with the touches', () => {
    expect(roster.creators.filter((c) => c.nextDueAt !== undefined && c.nextDueAt <= NOW)).toHaveLength(6);
    const lastTouch = new Map<string, number>();
    for (const i of roster.interactions) lastTouch.set(i.creatorId, Math.max(lastTouch.get(i.creatorId) ?? 0, i.occurredAt));
    for (const c of roster.creators) expect(c.lastContactAt).toBe(lastTouch.get(c.id));
  });

  it('keeps [platform, handle] unique, as the accounts index requires, and links every record to a creator', () => {
    const keys = new Set(roster.accounts.map((a) => `${a.platform}:${a.handle}`));
    expect(keys.size).toBe(roster.accounts.length);
    const ids = new Set(roster.creators.map((c) => c.id));
    for (const r of [...roster.accounts, ...roster.interactions, ...roster.collaborations]) expect(ids.has(r.creatorId)).toBe(true);
  });

  it('names the same accounts from the identity alone (random access for the runner)', () => {
    const block = generateBlock(SPEC, 1);
    const identity = identityAt(SPEC, SPEC.blockSize + 3);
    expect(block.creators[3]?.accounts.map((a) => [a.platform, a.handle])).toEqual(identity.accounts.map((a) => [a.platform, a.handle]));
    expect(block.creators[3]?.displayName).toBe(identity.displayName);
  });

  it('writes a CSV that the product importer maps and accepts row by row', () => {
    const parsed = parseCsv(rosterCsv(SPEC, SPEC.creators));
    expect(parsed.problems).toEqual([]);
    const mapping = guessMapping(parsed.headers);
    expect(mappingProblems(mapping)).toEqual([]);
    const checks = parsed.rows.map((row, i) => checkRow(row, mapping, i + 2));
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks).toHaveLength(SPEC.creators);
  });
});
