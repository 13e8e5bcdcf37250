/**
 * Keeps the host frame exactly the size of what the overlay shows, so the
 * transparent rest of the frame never covers (and steals clicks from) the page.
 */
import { useLayoutEffect, type RefObject } from 'react';
import { requestLayout } from './overlay-connection';

export const MAX_WIDTH = 340;
export const MAX_HEIGHT = 420;

export function useLayoutReporter(ref: RefObject<HTMLElement | null>, collapsed: boolean): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const report = () => {
      const box = element.getBoundingClientRect();
      requestLayout({
        collapsed,
        width: Math.min(MAX_WIDTH, Math.max(24, Math.ceil(box.width))),
        height: Math.min(MAX_HEIGHT, Math.max(24, Math.ceil(box.height))),
      });
    };
    report();
    const observer = new ResizeObserver(report);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, collapsed]);
}
