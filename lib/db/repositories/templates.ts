import { TemplateSchema, type Template } from '../../domain';
import { openRapportDb } from '../open';
import { forWrite, idOf, manyFromStore, type ReadResult } from '../records';
import { publishChanges } from '../changes';

export async function listTemplates(): Promise<ReadResult<Template>> {
  const db = await openRapportDb();
  return manyFromStore(TemplateSchema, 'templates', await db.getAll('templates'), idOf);
}

export async function saveTemplate(template: Template): Promise<Template> {
  const valid = forWrite(TemplateSchema, 'templates', template);
  const db = await openRapportDb();
  await db.put('templates', valid);
  publishChanges([{ store: 'templates', ids: [valid.id] }]);
  return valid;
}

export async function deleteTemplate(id: string): Promise<void> {
  const db = await openRapportDb();
  await db.delete('templates', id);
  publishChanges([{ store: 'templates', ids: [id] }]);
}
