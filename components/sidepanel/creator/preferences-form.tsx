/** The creator's preferences and boundaries: contact window, topics to avoid, do not contact, do not store message text. */
import { useState } from 'react';
import { type Creator, splitCommaList } from '../../../lib/domain';
import { ErrorNote, buttonClass, inputClass } from '../../ui/controls';
import { useCreatorSaver } from './use-creator-saver';

export function PreferencesForm(props: { creator: Creator }) {
  const { creator } = props;
  const { error, savedAt, save } = useCreatorSaver(creator.id);
  const [prefs, setPrefs] = useState(creator.preferences);
  const [topics, setTopics] = useState(creator.preferences.topicsToAvoid.join(', '));
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        const { contactWindow, doNotContact, doNotStoreMessageText } = prefs;
        // The preferred channel is edited in the contact section: keep the stored one, not this form's copy.
        const { preferredChannel } = creator.preferences;
        void save({
          preferences: {
            doNotContact,
            doNotStoreMessageText,
            topicsToAvoid: splitCommaList(topics),
            ...(preferredChannel ? { preferredChannel } : {}),
            ...(contactWindow?.trim() ? { contactWindow: contactWindow.trim() } : {}),
          },
        });
      }}
    >
      <label className="flex flex-col gap-0.5">
        <span className="text-xs font-semibold">Contact window</span>
        <input
          className={inputClass}
          value={prefs.contactWindow ?? ''}
          placeholder="e.g. weekdays 9–17 CET"
          onChange={(e) => setPrefs({ ...prefs, contactWindow: e.target.value })}
        />
      </label>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs font-semibold">Topics to avoid (comma separated)</span>
        <input className={inputClass} value={topics} onChange={(e) => setTopics(e.target.value)} />
      </label>
      <label className="flex items-center gap-1 text-xs">
        <input type="checkbox" checked={prefs.doNotContact} onChange={(e) => setPrefs({ ...prefs, doNotContact: e.target.checked })} />
        Do not contact (no reminders or follow-ups)
      </label>
      <label className="flex items-center gap-1 text-xs">
        <input
          type="checkbox"
          checked={prefs.doNotStoreMessageText}
          onChange={(e) => setPrefs({ ...prefs, doNotStoreMessageText: e.target.checked })}
          data-testid="pref-no-text"
        />
        Do not store message text (keep only that a touch happened)
      </label>
      <button type="submit" className={buttonClass}>
        Save preferences
      </button>
      {savedAt && (
        <span className="ml-2 text-xs" role="status">
          Saved
        </span>
      )}
      {error && <ErrorNote>{error}</ErrorNote>}
    </form>
  );
}
