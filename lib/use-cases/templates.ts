/** Message templates: saved, deleted, or the starter set added. Nothing due depends on them. */
import { deleteTemplate as deleteTemplateRecord, saveTemplate as saveTemplateRecord } from '../db';
import { STARTER_TEMPLATES, TemplateSchema, newId, type Template } from '../domain';

export type TemplateDraft = Pick<Template, 'name' | 'kind' | 'body'> & Partial<Pick<Template, 'id' | 'createdAt'>>;

/** Validates the draft and saves it; a problem comes back in words, nothing is written. */
export async function saveTemplate(draft: TemplateDraft, now = Date.now()): Promise<{ ok: true; template: Template } | { ok: false; error: string }> {
  const name = draft.name.trim();
  if (!name) return { ok: false, error: 'Give the template a name.' };
  const parsed = TemplateSchema.safeParse({
    id: draft.id ?? newId(),
    createdAt: draft.createdAt ?? now,
    kind: draft.kind,
    body: draft.body,
    name,
    updatedAt: now,
  });
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'Invalid template' };
  return { ok: true, template: await saveTemplateRecord(parsed.data) };
}

/** The starter set, for a user with no templates yet. */
export async function addStarterTemplates(now = Date.now()): Promise<void> {
  for (const starter of STARTER_TEMPLATES) {
    const saved = await saveTemplate(starter, now);
    if (!saved.ok) throw new Error(saved.error);
  }
}

export async function deleteTemplate(id: string): Promise<void> {
  await deleteTemplateRecord(id);
}
