import { describe, expect, it } from 'vitest';
import {
  CreatorSchema,
  compactContact,
  contactFromDraft,
  contactToDraft,
  formatRateCard,
  importedFactsPatch,
  mergeContact,
  mergeCustomFields,
  parseEmails,
  parseRateCard,
  splitContactList,
  type Contact,
} from '../../../lib/domain';
import { contactSummary } from '../../../lib/overlay/contact-summary';
import { searchTextOf } from '../../../lib/roster/rows';

const FULL: Contact = {
  emails: ['kai@kaicooks.com', 'collabs@kaicooks.com'],
  phone: '+34 600 000 000',
  agent: { name: 'Mia at Spoon Talent', email: 'mia@spoontalent.com' },
  location: 'Valencia',
  country: 'Spain',
  languages: ['Spanish', 'English'],
  rateCard: [
    { deliverable: 'Reel', amount: 500, currency: 'EUR' },
    { deliverable: 'Story set of 3', amount: 150, currency: 'EUR' },
    { deliverable: 'YouTube integration', amount: 1200.5, currency: 'USD' },
  ],
};

describe('contact lists and rate cards', () => {
  it('splits lists on commas, semicolons, bars and lines, trimmed and without repeats', () => {
    expect(splitContactList(' a@x.com; b@y.com , A@x.com|c@z.com\n')).toEqual(['a@x.com', 'b@y.com', 'c@z.com']);
  });

  it('refuses an address that is not an email, naming it', () => {
    expect(parseEmails('kai@kaicooks.com, not-an-email')).toEqual({ ok: false, error: '"not-an-email" is not an email address' });
    expect(parseEmails('')).toEqual({ ok: true, value: [] });
  });

  it('reads rates written the ways people write them', () => {
    expect(parseRateCard('Reel: 500 EUR; Story set of 3 = 150 eur\nYouTube integration 1,200.50 USD\nPost: 1.200,50 EUR')).toEqual({
      ok: true,
      value: [
        { deliverable: 'Reel', amount: 500, currency: 'EUR' },
        { deliverable: 'Story set of 3', amount: 150, currency: 'EUR' },
        { deliverable: 'YouTube integration', amount: 1200.5, currency: 'USD' },
        { deliverable: 'Post', amount: 1200.5, currency: 'EUR' },
      ],
    });
    expect(parseRateCard('Reel: lots')).toEqual({ ok: false, error: '"Reel: lots" is not a rate: write it as "Reel: 500 EUR"' });
    expect(parseRateCard('500 EUR')).toMatchObject({ ok: false });
  });

  it('prints a rate card that reads back as the same rates', () => {
    const text = formatRateCard(FULL.rateCard);
    expect(text).toBe('Reel: 500 EUR; Story set of 3: 150 EUR; YouTube integration: 1200.5 USD');
    expect(parseRateCard(text)).toEqual({ ok: true, value: FULL.rateCard });
  });
});

describe('the contact form', () => {
  it('round-trips a full contact through the draft', () => {
    expect(contactFromDraft(contactToDraft(FULL))).toEqual({ ok: true, contact: FULL });
  });

  it('keeps nothing for an empty form, so the record stays small', () => {
    expect(contactFromDraft(contactToDraft(undefined))).toEqual({ ok: true, contact: undefined });
    expect(compactContact({ emails: [], languages: [], rateCard: [], agent: {}, phone: '' })).toBeUndefined();
  });

  it('says what is wrong in plain words, per field', () => {
    const draft = { ...contactToDraft(undefined), emails: 'kai@', agentEmail: 'mia', rateCard: 'Reel', phone: '1'.repeat(51) };
    expect(contactFromDraft(draft)).toEqual({
      ok: false,
      problems: {
        emails: '"kai@" is not an email address',
        agentEmail: '"mia" is not an email address',
        rateCard: '"Reel" is not a rate: write it as "Reel: 500 EUR"',
        phone: 'Keep it to 50 characters',
      },
    });
  });

  it('is a valid part of a creator record', () => {
    const creator = CreatorSchema.parse({
      id: 'c',
      displayName: 'Kai',
      contact: FULL,
      customFields: { 'Instagram bio link': 'kaicooks.com' },
      createdAt: 1,
      updatedAt: 1,
    });
    expect(creator.contact).toEqual(FULL);
    expect(CreatorSchema.safeParse({ ...creator, contact: { ...FULL, emails: ['nope'] } }).success).toBe(false);
    expect(CreatorSchema.safeParse({ ...creator, contact: { ...FULL, rateCard: [{ deliverable: 'Reel', amount: 5, currency: 'euro' }] } }).success).toBe(false);
  });
});

describe('merging what an import brings', () => {
  it('adds new emails and languages, replaces single values and same-deliverable rates, keeps the rest', () => {
    const incoming: Contact = {
      emails: ['new@kaicooks.com', 'KAI@kaicooks.com'],
      languages: ['Catalan'],
      rateCard: [{ deliverable: 'reel', amount: 650, currency: 'EUR' }],
      phone: '+34 611 111 111',
    };
    expect(mergeContact(FULL, incoming)).toEqual({
      ...FULL,
      emails: ['kai@kaicooks.com', 'collabs@kaicooks.com', 'new@kaicooks.com'],
      languages: ['Spanish', 'English', 'Catalan'],
      phone: '+34 611 111 111',
      rateCard: [FULL.rateCard[1], FULL.rateCard[2], { deliverable: 'reel', amount: 650, currency: 'EUR' }],
    });
    expect(mergeContact(undefined, { emails: ['a@b.co'], languages: [], rateCard: [] })).toEqual({ emails: ['a@b.co'], languages: [], rateCard: [] });
  });

  it('lets the file win per custom field and keeps the others', () => {
    expect(mergeCustomFields({ a: '1', b: '2' }, { b: '3', c: '4' })).toEqual({ a: '1', b: '3', c: '4' });
    expect(mergeCustomFields(undefined, {})).toBeUndefined();
  });

  it('writes only what the facts change, keeping the other preferences', () => {
    const creator = CreatorSchema.parse({
      id: 'c',
      displayName: 'Kai',
      preferences: { doNotStoreMessageText: true, contactWindow: 'mornings' },
      createdAt: 1,
      updatedAt: 1,
    });
    expect(importedFactsPatch(creator, {})).toEqual({});
    expect(importedFactsPatch(creator, { preferredChannel: 'email', customFields: { Agency: 'Spoon' } })).toEqual({
      preferences: { ...creator.preferences, preferredChannel: 'email' },
      customFields: { Agency: 'Spoon' },
    });
  });
});

describe('where contact details show', () => {
  const creator = CreatorSchema.parse({
    id: 'c',
    displayName: 'Kai',
    contact: FULL,
    preferences: { preferredChannel: 'email' },
    customFields: { Agency: 'Spoon Talent' },
    createdAt: 1,
    updatedAt: 1,
  });

  it('the card lists them in the order a scout reaches for them, bounded', () => {
    expect(contactSummary(creator)).toEqual([
      { key: 'email', label: 'Email', text: 'kai@kaicooks.com +1 more' },
      { key: 'phone', label: 'Phone', text: '+34 600 000 000' },
      { key: 'agent', label: 'Agent', text: 'Mia at Spoon Talent · mia@spoontalent.com' },
      { key: 'location', label: 'Based in', text: 'Valencia, Spain' },
      { key: 'languages', label: 'Languages', text: 'Spanish, English' },
      { key: 'rates', label: 'Rates', text: 'Reel: 500 EUR; Story set of 3: 150 EUR +1 more' },
      { key: 'channel', label: 'Prefers', text: 'Email' },
    ]);
    expect(contactSummary(CreatorSchema.parse({ id: 'd', displayName: 'D', createdAt: 1, updatedAt: 1 }))).toEqual([]);
  });

  it('roster search finds a creator by email, agent, place, language and custom field', () => {
    const text = searchTextOf(creator);
    for (const term of ['collabs@kaicooks.com', 'spoontalent', 'valencia', 'spain', 'english', 'spoon talent', '+34 600']) expect(text).toContain(term);
  });
});
