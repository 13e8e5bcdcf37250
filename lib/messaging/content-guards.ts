/**
 * The content script's checks for what it receives. They implement exactly the
 * zod schemas in content-protocol.ts (the contract, which every other context
 * parses with zod), without shipping zod: even zod/mini adds ~4.5 KB gzipped to
 * every page of every supported site, about half the content script's budget.
 * tests/unit/messaging/content-guards.test.ts proves guard and schema agree.
 */
import type { ContentRequest, OverlayLayout } from './content-protocol';

export { OVERLAY_PORT_PREFIX } from './overlay-port';

type Layout = Omit<OverlayLayout, 'type'>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function inRange(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && value >= min && value <= max;
}

export function isContentRequest(value: unknown): value is ContentRequest {
  return isRecord(value) && value.type === 'content:get-profile';
}

export function parseOverlayLayout(value: unknown): Layout | null {
  if (!isRecord(value) || value.type !== 'overlay:layout' || typeof value.collapsed !== 'boolean') return null;
  if (!inRange(value.width, 24, 480) || !inRange(value.height, 24, 720)) return null;
  return { collapsed: value.collapsed, width: value.width, height: value.height };
}
