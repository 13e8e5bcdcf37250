/**
 * How to reach a creator: emails, phone, agent or management, where they are,
 * the languages they work in and their rate card. Plus the custom fields a user
 * chose to keep from an import. The text codecs here are shared by the side
 * panel's form and the CSV import and export, so one spelling of a rate card or
 * an email list means the same thing everywhere.
 */
import { z } from 'zod';
import { TextSchema } from './common';

export const EmailSchema = z.email().max(254);

export const RateSchema = z.object({
  /** What is delivered for the price, e.g. "Reel" or "Story set of 3". */
  deliverable: z.string().min(1).max(120),
  amount: z.number().nonnegative().max(1_000_000_000),
  /** ISO 4217 code, upper case. */
  currency: z.string().regex(/^[A-Z]{3}$/),
});
export type Rate = z.infer<typeof RateSchema>;

export const AgentSchema = z.object({
  name: TextSchema(200).optional(),
  email: EmailSchema.optional(),
});

export const ContactSchema = z.object({
  emails: z.array(EmailSchema).max(10).default([]),
  phone: TextSchema(50).optional(),
  agent: AgentSchema.optional(),
  /** City or region, free text. */
  location: TextSchema(200).optional(),
  country: TextSchema(100).optional(),
  languages: z.array(TextSchema(60)).max(20).default([]),
  rateCard: z.array(RateSchema).max(50).default([]),
});
export type Contact = z.infer<typeof ContactSchema>;

export const CUSTOM_FIELD_NAME_MAX = 60;
export const CUSTOM_FIELD_VALUE_MAX = 2000;
export const MAX_CUSTOM_FIELDS = 50;

/** Columns a user kept from an import, by the column's name. */
export const CustomFieldsSchema = z
  .record(z.string().min(1).max(CUSTOM_FIELD_NAME_MAX), TextSchema(CUSTOM_FIELD_VALUE_MAX))
  .refine((fields) => Object.keys(fields).length <= MAX_CUSTOM_FIELDS, { message: `At most ${MAX_CUSTOM_FIELDS} custom fields` });
export type CustomFields = z.infer<typeof CustomFieldsSchema>;

export const EMPTY_CONTACT: Contact = { emails: [], languages: [], rateCard: [] };

/** The contact without empty parts, or undefined when nothing is known (so records stay small). */
export function compactContact(contact: Contact | undefined): Contact | undefined {
  if (!contact) return undefined;
  const out: Contact = { emails: contact.emails, languages: contact.languages, rateCard: contact.rateCard };
  if (contact.phone) out.phone = contact.phone;
  if (contact.location) out.location = contact.location;
  if (contact.country) out.country = contact.country;
  const agent = { ...(contact.agent?.name ? { name: contact.agent.name } : {}), ...(contact.agent?.email ? { email: contact.agent.email } : {}) };
  if (agent.name || agent.email) out.agent = agent;
  const empty = !out.emails.length && !out.languages.length && !out.rateCard.length && !out.phone && !out.location && !out.country && !out.agent;
  return empty ? undefined : out;
}

/** Each item once, the first spelling kept (emails and languages compare without case). */
function uniqueIgnoringCase(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const key = item.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/** Splits a typed or imported list ("a@example.com; b@example.org", "English, Spanish"), trimmed, without repeats. */
export function splitContactList(text: string): string[] {
  return uniqueIgnoringCase(
    text
      .split(/[;,|\n]/)
      .map((part) => part.trim())
      .filter(Boolean),
  );
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseEmail(text: string): Parsed<string | undefined> {
  const value = text.trim();
  if (!value) return { ok: true, value: undefined };
  return EmailSchema.safeParse(value).success ? { ok: true, value } : { ok: false, error: `"${value.slice(0, 80)}" is not an email address` };
}

export function parseEmails(text: string): Parsed<string[]> {
  const emails = splitContactList(text);
  const bad = emails.filter((e) => !EmailSchema.safeParse(e).success);
  if (bad.length)
    return {
      ok: false,
      error: `${bad.map((b) => `"${b.slice(0, 80)}"`).join(', ')} ${bad.length === 1 ? 'is not an email address' : 'are not email addresses'}`,
    };
  if (emails.length > 10) return { ok: false, error: 'Keep at most 10 email addresses' };
  return { ok: true, value: emails };
}

export function parseLanguages(text: string): Parsed<string[]> {
  const languages = splitContactList(text);
  if (languages.length > 20) return { ok: false, error: 'Keep at most 20 languages' };
  if (languages.some((l) => l.length > 60)) return { ok: false, error: 'A language name is longer than 60 characters' };
  return { ok: true, value: languages };
}

/** "Reel: 500 EUR" (also "Reel 500 EUR", "Reel = 1,200.50 usd"). */
const RATE_LINE = /^(.+?)\s*[:=]?\s+([\d][\d\s.,]*)\s*([A-Za-z]{3})$/;

/** Reads "1,200.50", "1.200,50", "1 200" and "500" as amounts. */
function parseAmount(text: string): number | undefined {
  const t = text.replace(/\s/g, '');
  // A last comma followed by one or two digits is a decimal comma (1.200,50); any other comma separates thousands.
  const decimalComma = t.lastIndexOf(',') > t.lastIndexOf('.') && /,\d{1,2}$/.test(t);
  const normalised = decimalComma ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  const n = Number(normalised);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** A rate card typed as lines or separated by ";": each "deliverable: amount CURRENCY". */
export function parseRateCard(text: string): Parsed<Rate[]> {
  const rates: Rate[] = [];
  for (const part of text.split(/[;\n]/)) {
    const line = part.trim();
    if (!line) continue;
    const m = RATE_LINE.exec(line);
    const amount = m?.[2] ? parseAmount(m[2]) : undefined;
    if (!m?.[1] || amount === undefined || !m[3]) {
      return { ok: false, error: `"${line.slice(0, 80)}" is not a rate: write it as "Reel: 500 EUR"` };
    }
    const rate = { deliverable: m[1].trim().slice(0, 120), amount, currency: m[3].toUpperCase() };
    if (!RateSchema.safeParse(rate).success) return { ok: false, error: `"${line.slice(0, 80)}" is not a rate: write it as "Reel: 500 EUR"` };
    rates.push(rate);
  }
  if (rates.length > 50) return { ok: false, error: 'Keep at most 50 rates' };
  return { ok: true, value: rates };
}

export function formatRate(rate: Rate): string {
  return `${rate.deliverable}: ${rate.amount} ${rate.currency}`;
}

/** The rate card as one line (CSV) or one rate per line (the form). */
export function formatRateCard(rates: readonly Rate[], separator = '; '): string {
  return rates.map(formatRate).join(separator);
}

/** Everything about a contact that search should find, lower-cased by the caller. */
export function contactSearchParts(contact: Contact | undefined, customFields: CustomFields | undefined): string[] {
  const parts: string[] = [];
  if (contact) {
    parts.push(...contact.emails, ...contact.languages);
    for (const value of [contact.phone, contact.agent?.name, contact.agent?.email, contact.location, contact.country]) if (value) parts.push(value);
  }
  if (customFields) parts.push(...Object.values(customFields));
  return parts;
}

/**
 * What an import brings for a creator already on the roster, merged into what is
 * known: single values from the file replace the stored ones, lists (emails,
 * languages) gain the file's new entries, and a rate for the same deliverable
 * and currency takes the file's amount.
 */
export function mergeContact(current: Contact | undefined, incoming: Contact): Contact | undefined {
  const base = current ?? EMPTY_CONTACT;
  const union = (a: readonly string[], b: readonly string[]) => uniqueIgnoringCase([...a, ...b]);
  const rateKey = (r: Rate) => `${r.deliverable.toLowerCase()}\u0000${r.currency}`;
  const incomingRates = new Set(incoming.rateCard.map(rateKey));
  const agentName = incoming.agent?.name ?? base.agent?.name;
  const agentEmail = incoming.agent?.email ?? base.agent?.email;
  return compactContact({
    emails: union(base.emails, incoming.emails).slice(0, 10),
    languages: union(base.languages, incoming.languages).slice(0, 20),
    rateCard: [...base.rateCard.filter((r) => !incomingRates.has(rateKey(r))), ...incoming.rateCard].slice(0, 50),
    ...((incoming.phone ?? base.phone) ? { phone: incoming.phone ?? base.phone } : {}),
    ...((incoming.location ?? base.location) ? { location: incoming.location ?? base.location } : {}),
    ...((incoming.country ?? base.country) ? { country: incoming.country ?? base.country } : {}),
    ...(agentName || agentEmail ? { agent: { ...(agentName ? { name: agentName } : {}), ...(agentEmail ? { email: agentEmail } : {}) } } : {}),
  });
}

/** Custom fields from an import over the stored ones (the file's value of a field wins). */
export function mergeCustomFields(current: CustomFields | undefined, incoming: CustomFields): CustomFields | undefined {
  const merged = { ...current, ...incoming };
  return Object.keys(merged).length ? Object.fromEntries(Object.entries(merged).slice(0, MAX_CUSTOM_FIELDS)) : undefined;
}

/** The contact form as typed: one string per field. */
export interface ContactDraft {
  emails: string;
  phone: string;
  agentName: string;
  agentEmail: string;
  location: string;
  country: string;
  languages: string;
  rateCard: string;
}
export type ContactDraftField = keyof ContactDraft;

export function contactToDraft(contact: Contact | undefined): ContactDraft {
  return {
    emails: contact?.emails.join(', ') ?? '',
    phone: contact?.phone ?? '',
    agentName: contact?.agent?.name ?? '',
    agentEmail: contact?.agent?.email ?? '',
    location: contact?.location ?? '',
    country: contact?.country ?? '',
    languages: contact?.languages.join(', ') ?? '',
    rateCard: formatRateCard(contact?.rateCard ?? [], '\n'),
  };
}

/** Each field's name in words: the form shows it as the field's label, the CSV import before the field's problem. */
export const CONTACT_FIELD_LABELS: Record<ContactDraftField, string> = {
  emails: 'Email(s)',
  phone: 'Phone',
  agentName: 'Agent or management',
  agentEmail: "Agent's email",
  location: 'Location',
  country: 'Country',
  languages: 'Languages',
  rateCard: 'Rate card',
};

const TEXT_LIMITS: Partial<Record<ContactDraftField, number>> = { phone: 50, agentName: 200, location: 200, country: 100 };

/** The typed form as a contact, or a plain-words problem for each field that is wrong. */
export function contactFromDraft(
  draft: ContactDraft,
): { ok: true; contact: Contact | undefined } | { ok: false; problems: Partial<Record<ContactDraftField, string>> } {
  const problems: Partial<Record<ContactDraftField, string>> = {};
  const emails = parseEmails(draft.emails);
  if (!emails.ok) problems.emails = emails.error;
  const agentEmail = parseEmail(draft.agentEmail);
  if (!agentEmail.ok) problems.agentEmail = agentEmail.error;
  const languages = parseLanguages(draft.languages);
  if (!languages.ok) problems.languages = languages.error;
  const rateCard = parseRateCard(draft.rateCard);
  if (!rateCard.ok) problems.rateCard = rateCard.error;
  for (const [field, max] of Object.entries(TEXT_LIMITS) as [ContactDraftField, number][]) {
    if (draft[field].trim().length > max) problems[field] = `Keep it to ${max} characters`;
  }
  if (!emails.ok || !agentEmail.ok || !languages.ok || !rateCard.ok || Object.keys(problems).length) return { ok: false, problems };
  return {
    ok: true,
    contact: compactContact({
      emails: emails.value,
      languages: languages.value,
      rateCard: rateCard.value,
      phone: draft.phone.trim(),
      location: draft.location.trim(),
      country: draft.country.trim(),
      agent: { name: draft.agentName.trim(), ...(agentEmail.value ? { email: agentEmail.value } : {}) },
    }),
  };
}
