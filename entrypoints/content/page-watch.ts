/**
 * Follows the page as it changes: content that loads later, and single-page-app navigation
 * (WXT's `wxt:locationchange`). Changes are debounced into one re-analysis, with a ceiling on
 * the wait so a page that never stops changing (a ticker, a clock) is still re-read, and a floor
 * between runs so it is not re-read all the time.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface PageWatchHooks {
  /** Nodes SourceLens itself put in the page (card host, fallback marks): their changes are ignored. */
  isOurs(node: Node): boolean;
  changed(): void;
}

const QUIET_MS = 500;
const MAX_WAIT_MS = 3000;
const MIN_INTERVAL_MS = 1500;
/** After a URL change the page usually renders the new article within a few frames. */
const NAVIGATION_MS = 250;

export class PageWatch {
  private observer: MutationObserver | null = null;
  private timer: number | null = null;
  private firstPending = 0;
  private lastRun = 0;
  private listening = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    private readonly hooks: PageWatchHooks,
  ) {}

  start(): void {
    if (!this.listening) {
      this.listening = true;
      this.ctx.addEventListener(this.doc.defaultView ?? window, 'wxt:locationchange', () => {
        if (this.observer) this.schedule(NAVIGATION_MS, true);
      });
      this.ctx.onInvalidated(() => this.stop());
    }
    if (this.observer || this.ctx.isInvalid) return;
    this.observer = new MutationObserver((records) => {
      if (records.some((r) => this.relevant(r))) this.schedule(QUIET_MS, false);
    });
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Runs a change of our own and drops the mutation records it caused. */
  ignoring<T>(change: () => T): T {
    try {
      return change();
    } finally {
      this.observer?.takeRecords();
    }
  }

  private relevant(record: MutationRecord): boolean {
    if (this.hooks.isOurs(record.target)) return false;
    if (!this.doc.body?.contains(record.target)) return false;
    if (record.type === 'characterData') return true;
    const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    return nodes.some((n) => !this.hooks.isOurs(n) && (n.textContent ?? '').trim().length > 0);
  }

  private schedule(delay: number, navigation: boolean): void {
    const now = Date.now();
    if (this.timer === null) this.firstPending = now;
    else clearTimeout(this.timer);
    const untilCeiling = MAX_WAIT_MS - (now - this.firstPending);
    const untilFloor = navigation ? 0 : MIN_INTERVAL_MS - (now - this.lastRun);
    const wait = Math.max(0, Math.min(delay, untilCeiling), untilFloor);
    this.timer = this.ctx.setTimeout(() => {
      this.timer = null;
      this.lastRun = Date.now();
      this.hooks.changed();
    }, wait);
  }
}
