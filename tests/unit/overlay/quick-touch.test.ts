import { describe, expect, it } from 'vitest';
import { PreferencesSchema } from '../../../lib/domain';
import { outboundKind } from '../../../lib/domain';
import { quickTouchOptions, touchFromPreset } from '../../../lib/overlay/quick-touch';

const prefs = (over: Partial<{ doNotContact: boolean }> = {}) => PreferencesSchema.parse(over);

describe('quick touches', () => {
  it("offers the platform's DM channel, email, a call and an inbound reply", () => {
    const options = quickTouchOptions({ outreachStatus: 'not-contacted', preferences: prefs() }, 'instagram');
    expect(options.map((o) => o.id)).toEqual(['dm-sent', 'email-sent', 'call', 'reply-received']);
    expect(options[0]).toMatchObject({ channel: 'instagram-dm', direction: 'outbound', kind: 'outreach' });
    expect(options[3]).toMatchObject({ channel: 'instagram-dm', direction: 'inbound' });
    expect(quickTouchOptions({ outreachStatus: 'replied', preferences: prefs() }, 'youtube')[0]?.channel).toBe('other-dm');
  });

  it('names the outbound kind after where the relationship is', () => {
    expect(outboundKind('not-contacted')).toBe('outreach');
    expect(outboundKind('contacted')).toBe('follow-up');
    expect(outboundKind('no-response')).toBe('follow-up');
    expect(outboundKind('negotiating')).toBe('negotiation');
    expect(outboundKind('agreed')).toBe('check-in');
  });

  it('never offers outbound asks for a do-not-contact creator', () => {
    const options = quickTouchOptions({ outreachStatus: 'contacted', preferences: prefs({ doNotContact: true }) }, 'x');
    expect(options.map((o) => o.direction)).toEqual(['inbound']);
  });

  it('turns a preset into a touch the repository accepts', () => {
    const [dm] = quickTouchOptions({ outreachStatus: 'not-contacted', preferences: prefs() }, 'tiktok');
    expect(dm && touchFromPreset('c1', dm, 123)).toEqual({
      creatorId: 'c1',
      channel: 'tiktok-dm',
      direction: 'outbound',
      kind: 'outreach',
      summary: '',
      occurredAt: 123,
    });
  });
});
