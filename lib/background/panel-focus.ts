/**
 * Which creator the side panel should show. Kept in storage.session (never in
 * worker memory) so a panel that opens after the worker restarted still finds it.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

const KEY = 'rapport:panel-focus';

export const PanelFocusSchema = z.object({
  creatorId: z.optional(z.string()),
  view: z.optional(z.enum(['roster', 'due', 'creator', 'log-touch'])),
  at: z.number(),
});
export type PanelFocus = z.infer<typeof PanelFocusSchema>;

export async function setPanelFocus(focus: Omit<PanelFocus, 'at'>): Promise<void> {
  await browser.storage.session.set({ [KEY]: { ...focus, at: Date.now() } });
}

export async function getPanelFocus(): Promise<PanelFocus | null> {
  const stored: Record<string, unknown> = await browser.storage.session.get(KEY);
  const parsed = PanelFocusSchema.safeParse(stored[KEY]);
  return parsed.success ? parsed.data : null;
}

/** Calls back whenever something asks the panel to focus a creator or view. */
export function onPanelFocus(listener: (focus: PanelFocus) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session' || !(KEY in changes)) return;
    const parsed = PanelFocusSchema.safeParse(changes[KEY]?.newValue);
    if (parsed.success) listener(parsed.data);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
