/** The contact facts the profile card shows, as label and text pairs, in the order a scout reaches for them. */
import { CHANNEL_LABELS, formatRate, type Creator } from '../domain';

export interface ContactLine {
  key: 'email' | 'phone' | 'agent' | 'location' | 'languages' | 'rates' | 'channel';
  label: string;
  text: string;
}

/** How many rates the card lists before "+N more" (the side panel has the whole card). */
const RATES_SHOWN = 2;

export function contactSummary(creator: Pick<Creator, 'contact' | 'preferences'>): ContactLine[] {
  const c = creator.contact;
  const lines: ContactLine[] = [];
  const more = (n: number) => (n > 0 ? ` +${n} more` : '');
  if (c?.emails[0]) lines.push({ key: 'email', label: 'Email', text: `${c.emails[0]}${more(c.emails.length - 1)}` });
  if (c?.phone) lines.push({ key: 'phone', label: 'Phone', text: c.phone });
  if (c?.agent) lines.push({ key: 'agent', label: 'Agent', text: [c.agent.name, c.agent.email].filter(Boolean).join(' · ') });
  const place = [c?.location, c?.country].filter(Boolean).join(', ');
  if (place) lines.push({ key: 'location', label: 'Based in', text: place });
  if (c?.languages.length) lines.push({ key: 'languages', label: 'Languages', text: c.languages.join(', ') });
  if (c?.rateCard.length) {
    lines.push({
      key: 'rates',
      label: 'Rates',
      text: `${c.rateCard.slice(0, RATES_SHOWN).map(formatRate).join('; ')}${more(c.rateCard.length - RATES_SHOWN)}`,
    });
  }
  if (creator.preferences.preferredChannel) lines.push({ key: 'channel', label: 'Prefers', text: CHANNEL_LABELS[creator.preferences.preferredChannel] });
  return lines;
}
