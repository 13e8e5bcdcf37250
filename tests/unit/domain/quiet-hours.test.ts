import { describe, expect, it } from 'vitest';
import { isQuietAt, quietEndsAt } from '../../../lib/domain';

// Local wall-clock times, so the tests hold in any time zone.
const at = (h: number, m = 0, day = 1) => new Date(2026, 2, day, h, m).getTime();

describe('quiet hours', () => {
  const overnight = { enabled: true, start: '20:00', end: '08:00' };

  it('covers a window that crosses midnight', () => {
    expect(isQuietAt(overnight, at(19, 59))).toBe(false);
    expect(isQuietAt(overnight, at(20, 0))).toBe(true);
    expect(isQuietAt(overnight, at(2, 30))).toBe(true);
    expect(isQuietAt(overnight, at(7, 59))).toBe(true);
    expect(isQuietAt(overnight, at(8, 0))).toBe(false);
  });

  it('covers a window within one day', () => {
    const lunch = { enabled: true, start: '12:00', end: '13:30' };
    expect(isQuietAt(lunch, at(11, 59))).toBe(false);
    expect(isQuietAt(lunch, at(13, 29))).toBe(true);
    expect(isQuietAt(lunch, at(13, 30))).toBe(false);
  });

  it('is never quiet when disabled or when start equals end', () => {
    expect(isQuietAt({ ...overnight, enabled: false }, at(23))).toBe(false);
    expect(isQuietAt({ enabled: true, start: '09:00', end: '09:00' }, at(9))).toBe(false);
  });

  it('tells when the current quiet window ends', () => {
    expect(quietEndsAt(overnight, at(22, 15, 1))).toBe(at(8, 0, 2));
    expect(quietEndsAt(overnight, at(3, 0, 2))).toBe(at(8, 0, 2));
    expect(quietEndsAt(overnight, at(12, 0))).toBeUndefined();
  });
});
