/**
 * A backup restores every record exactly, whatever the records hold: random
 * rosters (any Unicode in names, notes, summaries and template bodies, lone
 * surrogates included, with contact details and custom fields) are written to a
 * backup, read back the way a file is read (streamed, in small chunks), restored,
 * and read from the database again.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readAllData, replaceAllData, type AllData } from '../../../lib/db';
import {
  AccountSchema,
  CHANNELS,
  CollaborationSchema,
  CreatorSchema,
  DEFAULT_SETTINGS,
  INTERACTION_KINDS,
  InteractionSchema,
  LIFECYCLE_STAGES,
  ReminderSchema,
  SEGMENTS,
  TemplateSchema,
} from '../../../lib/domain';
import { backupParts } from '../../../lib/import-export/backup-file';
import { readBackupFile } from '../../../lib/import-export/backup-reader';
import { backupSourceOf } from '../helpers/backup-source';

const T = fc.integer({ min: 0, max: 4_102_444_800_000 });
const text = (max: number) => fc.string({ unit: 'binary', maxLength: max });

/** A roster of 1-5 creators, each with one account and some touches, collaborations, reminders; plus templates. */
const roster = fc
  .array(
    fc.record({
      name: text(40).filter((s) => s.length > 0),
      segment: fc.constantFrom(...SEGMENTS),
      stage: fc.constantFrom(...LIFECYCLE_STAGES),
      notes: text(300),
      tags: fc.uniqueArray(text(20), { maxLength: 4 }),
      email: fc.option(fc.constantFrom('ana@example.com', 'kai.cooks@example.org'), { nil: undefined }),
      custom: fc.dictionary(
        text(20).filter((s) => s.length > 0),
        text(50),
        { maxKeys: 3 },
      ),
      followers: fc.array(fc.record({ at: T, value: fc.integer({ min: 0, max: 1e9 }) }), { maxLength: 3 }),
      touches: fc.array(fc.record({ channel: fc.constantFrom(...CHANNELS), kind: fc.constantFrom(...INTERACTION_KINDS), summary: text(200), at: T }), {
        maxLength: 4,
      }),
      collab: fc.option(fc.record({ title: text(60), amount: fc.integer({ min: 0, max: 1e6 }) }), { nil: undefined }),
      reminder: fc.option(fc.record({ title: text(60), at: T }), { nil: undefined }),
      created: T,
    }),
    { minLength: 1, maxLength: 5 },
  )
  .chain((creators) => fc.record({ creators: fc.constant(creators), templates: fc.array(fc.record({ name: text(30), body: text(200) }), { maxLength: 2 }) }));

type RosterSpec = typeof roster extends fc.Arbitrary<infer T> ? T : never;

function toAllData(spec: RosterSpec): AllData {
  const data: AllData = {
    creators: [],
    accounts: [],
    interactions: [],
    collaborations: [],
    campaigns: [],
    reminders: [],
    templates: [],
    settings: DEFAULT_SETTINGS,
  };
  spec.creators.forEach((c, i) => {
    const id = `c${i}`;
    data.creators.push(
      CreatorSchema.parse({
        id,
        displayName: c.name,
        accounts: [{ accountId: `a${i}`, platform: 'instagram', handle: `h${i}`, ...(c.followers.at(-1) ? { followers: c.followers.at(-1)?.value } : {}) }],
        segment: c.segment,
        stage: c.stage,
        fit: { notes: c.notes, rubric: {} },
        tags: c.tags,
        ...(c.email ? { contact: { emails: [c.email] } } : {}),
        ...(Object.keys(c.custom).length ? { customFields: c.custom } : {}),
        createdAt: c.created,
        updatedAt: c.created,
      }),
    );
    data.accounts.push(
      AccountSchema.parse({
        id: `a${i}`,
        creatorId: id,
        platform: 'instagram',
        handle: `h${i}`,
        profileUrl: `https://www.instagram.com/h${i}/`,
        displayName: c.name,
        bio: c.notes,
        followerSnapshots: c.followers.map((f) => ({ at: f.at, raw: String(f.value), value: f.value, exact: true })),
        addedAt: c.created,
        updatedAt: c.created,
      }),
    );
    c.touches.forEach((t, k) =>
      data.interactions.push(
        InteractionSchema.parse({
          id: `i${i}-${k}`,
          creatorId: id,
          channel: t.channel,
          direction: 'outbound',
          kind: t.kind,
          summary: t.summary,
          occurredAt: t.at,
          createdAt: t.at,
          updatedAt: t.at,
        }),
      ),
    );
    if (c.collab)
      data.collaborations.push(
        CollaborationSchema.parse({
          id: `k${i}`,
          creatorId: id,
          title: c.collab.title,
          status: 'proposed',
          deliverables: [],
          compensation: { cash: { amount: c.collab.amount, currency: 'EUR' } },
          disclosure: { required: true, confirmed: false },
          performance: {},
          createdAt: c.created,
          updatedAt: c.created,
        }),
      );
    if (c.reminder)
      data.reminders.push(
        ReminderSchema.parse({
          id: `r${i}`,
          creatorId: id,
          kind: 'custom',
          title: c.reminder.title,
          dueAt: c.reminder.at,
          createdAt: c.created,
          updatedAt: c.created,
        }),
      );
  });
  spec.templates.forEach((t, k) =>
    data.templates.push(TemplateSchema.parse({ id: `t${k}`, name: t.name, kind: 'other', body: t.body, createdAt: 1, updatedAt: 1 })),
  );
  return data;
}

/** The backup as a file that arrives in small chunks (lines and multi-byte characters cut across them), never read whole. */
const fileOf = (parts: readonly string[]) => backupSourceOf(new TextEncoder().encode(parts.join('')), { chunkSizes: [97], wholeText: 'refused' });

describe('backup and restore', () => {
  it('round-trips every record exactly, for any roster', async () => {
    await fc.assert(
      fc.asyncProperty(roster, async (spec) => {
        const data = toAllData(spec);
        const read = await readBackupFile(fileOf(backupParts(data, { exportedAt: 1, dbVersion: 4 })));
        if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
        await replaceAllData(read.data);
        const restored = await readAllData();
        expect(restored.errors).toEqual([]);
        const byId = <T extends { id: string }>(records: readonly T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
        for (const store of ['creators', 'accounts', 'interactions', 'collaborations', 'reminders', 'templates'] as const) {
          expect(byId(restored.data[store] as { id: string }[]), store).toEqual(byId(data[store] as { id: string }[]));
        }
        expect(restored.data.settings).toEqual(data.settings);
      }),
      { numRuns: 60, seed: 4 },
    );
  });
});
