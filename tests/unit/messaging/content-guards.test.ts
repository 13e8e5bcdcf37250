/**
 * Contract test: the content script's zod-free guards accept exactly what the
 * protocol's zod schemas accept, over valid, boundary and hostile inputs.
 */
import { describe, expect, it } from 'vitest';
import { ContentRequestSchema, OverlayLayoutSchema } from '../../../lib/messaging/content-protocol';
import { isContentRequest, parseOverlayLayout } from '../../../lib/messaging/content-guards';

const layout = { type: 'overlay:layout', collapsed: false, width: 340, height: 420 };
const layoutCases: unknown[] = [
  layout,
  { ...layout, collapsed: true, width: 24, height: 24 },
  { ...layout, width: 480, height: 720 },
  { ...layout, width: 23.9 },
  { ...layout, width: 481 },
  { ...layout, height: 721 },
  { ...layout, height: Number.NaN },
  { ...layout, height: Number.POSITIVE_INFINITY },
  { ...layout, width: '340' },
  { ...layout, collapsed: 'false' },
  { ...layout, collapsed: undefined },
  { ...layout, type: 'overlay:state' },
  { collapsed: false, width: 340, height: 420 },
  { ...layout, extra: '<img src=x onerror=alert(1)>' },
  [layout],
  null,
  undefined,
  'overlay:layout',
  42,
];

const requestCases: unknown[] = [
  { type: 'content:get-profile' },
  { type: 'content:get-profile', extra: 1 },
  { type: 'content:get-profile ' },
  { type: 'CONTENT:GET-PROFILE' },
  { kind: 'content:get-profile' },
  ['content:get-profile'],
  'content:get-profile',
  null,
  undefined,
];

describe('content-script guards agree with the protocol schemas', () => {
  it.each(layoutCases.map((c) => [JSON.stringify(c) ?? String(c), c]))('overlay layout %s', (_label, input) => {
    const schema = OverlayLayoutSchema.safeParse(input);
    const guard = parseOverlayLayout(input);
    expect(guard !== null).toBe(schema.success);
    if (schema.success) {
      const { type: _type, ...expected } = schema.data;
      expect(guard).toEqual(expected);
    }
  });

  it.each(requestCases.map((c) => [JSON.stringify(c) ?? String(c), c]))('content request %s', (_label, input) => {
    expect(isContentRequest(input)).toBe(ContentRequestSchema.safeParse(input).success);
  });
});
