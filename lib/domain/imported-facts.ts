/**
 * What a CSV import adds to a creator already on the roster beyond the fields it
 * replaces: contact details and custom fields are merged into what is known
 * (nothing typed in the side panel is lost to an import), and a preferred
 * channel from the file replaces the stored one.
 */
import type { Channel } from './enums';
import { mergeContact, mergeCustomFields, type Contact, type CustomFields } from './contact';
import type { Creator } from './creator';

export interface ImportedFacts {
  contact?: Contact;
  customFields?: CustomFields;
  preferredChannel?: Channel;
}

/** The creator fields to write for these facts (only those the facts change). */
export function importedFactsPatch(
  creator: Pick<Creator, 'contact' | 'customFields' | 'preferences'>,
  facts: ImportedFacts,
): Partial<Pick<Creator, 'contact' | 'customFields' | 'preferences'>> {
  const patch: Partial<Pick<Creator, 'contact' | 'customFields' | 'preferences'>> = {};
  if (facts.contact) {
    const contact = mergeContact(creator.contact, facts.contact);
    if (contact) patch.contact = contact;
  }
  if (facts.customFields) {
    const customFields = mergeCustomFields(creator.customFields, facts.customFields);
    if (customFields) patch.customFields = customFields;
  }
  if (facts.preferredChannel) patch.preferences = { ...creator.preferences, preferredChannel: facts.preferredChannel };
  return patch;
}
