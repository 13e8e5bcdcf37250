/**
 * The profile script's context (lib/content/profile-content-script.ts): an AbortSignal
 * that ends every listener and timer, `isInvalid` once the extension is reloaded,
 * `wxt:locationchange` for client-side navigations. Same contract as WXT's
 * ContentScriptContext, minus what costs on every page: WXT's reads `chrome.runtime`
 * as soon as it loads (the browser then builds the runtime API object, about 0.4 ms
 * of the page's main thread) and announces itself with DOM events that page scripts
 * can observe. This one touches the extension API only when asked whether it is
 * still valid, and keeps its events to itself.
 */
import { extensionApi } from './extension-api';

/** A client-side navigation; Chromium reports it before the new URL commits. */
export interface LocationChange {
  readonly newUrl: URL;
  readonly oldUrl: URL;
}

/** What Rapport's content-script code uses of a context; WXT's ContentScriptContext has the same members. */
export interface ContentContext {
  readonly signal: AbortSignal;
  /** True once the extension was reloaded or updated under the page (then `signal` is aborted). */
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): () => void;
  addEventListener(target: Window, type: 'wxt:locationchange', handler: (event: LocationChange) => void): void;
}

const LOCATION_CHANGE = 'wxt:locationchange';
/** Without the Navigation API (older Firefox), the URL is compared this often. */
const POLL_MS = 1_000;

class LocationChangeEvent extends Event implements LocationChange {
  constructor(
    readonly newUrl: URL,
    readonly oldUrl: URL,
  ) {
    super(LOCATION_CHANGE);
  }
}

interface NavigateEventLike extends Event {
  destination: { url: string };
}

interface Invalidatable {
  notifyInvalidated(): void;
}

const slotOf = (contentScriptName: string) => `__rapportContentScript:${contentScriptName}`;

const isInvalidatable = (value: unknown): value is Invalidatable =>
  typeof value === 'object' && value !== null && typeof (value as Partial<Invalidatable>).notifyInvalidated === 'function';

const isContext = (value: object): value is ContentContext => typeof (value as Partial<ContentContext>).isInvalid === 'boolean';

export class ContentScriptContext implements ContentContext {
  private readonly controller = new AbortController();
  /** Location changes are dispatched here, not on window, so page scripts never see them. */
  private readonly changes = new EventTarget();
  private watching = false;

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    // A newer copy of the same script in this page takes over; the old one stops.
    // The slot is on the isolated world's global object, which page scripts do not share.
    const previous: unknown = Reflect.get(globalThis, slotOf(contentScriptName));
    if (isInvalidatable(previous)) previous.notifyInvalidated();
    Reflect.set(globalThis, slotOf(contentScriptName), this);
  }

  /** The context of the script by that name already running in this isolated world and still valid, if any. */
  static running(contentScriptName: string): ContentContext | undefined {
    // Not instanceof: each evaluation of the script (import, then injection) defines its own copy of this class.
    const current: unknown = Reflect.get(globalThis, slotOf(contentScriptName));
    return isInvalidatable(current) && isContext(current) && !current.isInvalid ? current : undefined;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    // Chromium leaves a reloaded extension's content scripts running, with runtime.id gone.
    if (!this.signal.aborted && extensionApi()?.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** A promise that never settles, for async work that must stop once the context is invalid. */
  block<T>(): Promise<T> {
    return new Promise<T>(() => undefined);
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = window.setInterval(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => {
      if (!this.signal.aborted) callback(deadline);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /** Like WXT's: `wxt:locationchange` on window reports client-side navigations; other events are plain listeners tied to the signal. */
  addEventListener(target: Window, type: 'wxt:locationchange', handler: (event: LocationChange) => void): void;
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  addEventListener(
    target: EventTarget,
    type: string,
    handler: ((event: LocationChange) => void) | ((event: Event) => void),
    options?: AddEventListenerOptions,
  ): void {
    if (type !== LOCATION_CHANGE) {
      target.addEventListener(type, handler as (event: Event) => void, { ...options, signal: this.signal });
      return;
    }
    if (this.signal.aborted) return;
    this.watchLocation();
    this.changes.addEventListener(type, (event) => (handler as (event: LocationChange) => void)(event as LocationChangeEvent), {
      signal: this.signal,
    });
  }

  private watchLocation(): void {
    if (this.watching) return;
    this.watching = true;
    let last = location.href;
    const report = (href: string) => {
      if (href === last) return;
      const oldUrl = new URL(last);
      last = href;
      this.changes.dispatchEvent(new LocationChangeEvent(new URL(href), oldUrl));
    };
    const navigation: unknown = Reflect.get(globalThis, 'navigation');
    if (navigation instanceof EventTarget) {
      navigation.addEventListener('navigate', (event) => report((event as NavigateEventLike).destination.url), {
        signal: this.signal,
      });
    } else {
      const timer = setInterval(() => {
        if (!this.isInvalid) report(location.href);
      }, POLL_MS);
      this.onInvalidated(() => clearInterval(timer));
    }
  }
}
