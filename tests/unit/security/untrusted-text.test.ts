/**
 * Untrusted names in the digest notification: Chrome notifications take plain
 * strings, so the digest passes each name through as it is (nothing stripped or
 * re-encoded, no markup of its own) and the notification is created with exactly
 * that text.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DIGEST_NOTIFICATION_ID, digestContent, showDigest } from '../../../lib/background/digest';
import { XSS_PAYLOADS } from '../../fixtures/xss-payloads';

describe('the digest notification', () => {
  it('carries every payload name as plain text, verbatim', async () => {
    for (const payload of XSS_PAYLOADS) {
      const summary = {
        total: 1,
        byKind: { cadence: 1 },
        newCount: 1,
        newSample: [{ kind: 'cadence' as const, creatorName: payload, title: 'Check in' }],
        errors: [],
      };
      const { message } = digestContent(summary);
      expect(message.split('\n')).toEqual(['1 check-in', `${payload}: Check in`]);
      await showDigest(summary);
      const created = fakeBrowser.notifications.getAllCreateOptions()[DIGEST_NOTIFICATION_ID] as { message?: string } | undefined;
      expect(created?.message).toBe(message);
    }
  });
});
