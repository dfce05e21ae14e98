/**
 * Pointer and keyboard for highlights that have no DOM nodes: the pointer position is tested
 * against the drawn ranges each animation frame, and the navigation keys are read on the window.
 * Listeners are added once, through `ctx`, and do nothing while SourceLens is off.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isEditable } from '../../utils/editable.ts';
import { caretAt, rangeIndexAtPoint, rectsContain } from '../../utils/hit-test.ts';
import type { CardHost } from './card.tsx';

export interface PointerHooks {
  enabled(): boolean;
  ranges(): readonly Range[];
  show(index: number, anchor: DOMRectReadOnly): void;
  hide(): void;
  keyboardCardOpen(): boolean;
  step(direction: 1 | -1): void;
  escape(): void;
  reposition(): void;
}

/** Long enough to move the pointer from a phrase onto its card without the card closing. */
const HIDE_DELAY_MS = 300;

type HighlightsFromPoint = (x: number, y: number) => { ranges?: AbstractRange[] }[];

export class PointerWatch {
  private x = 0;
  private y = 0;
  private overCard = false;
  private framePending = false;
  private hovered = -1;
  private hideTimer: number | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    private readonly card: CardHost,
    private readonly hooks: PointerHooks,
  ) {}

  start(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    this.ctx.addEventListener(this.doc, 'mousemove', (e) => this.onMove(e), { passive: true, capture: true });
    this.ctx.addEventListener(win, 'keydown', (e) => this.onKey(e), { capture: true });
    this.ctx.addEventListener(win, 'scroll', () => this.onViewportChange(), { passive: true, capture: true });
    this.ctx.addEventListener(win, 'resize', () => this.onViewportChange(), { passive: true });
  }

  private onMove(e: MouseEvent): void {
    if (!this.hooks.enabled() || this.ctx.isInvalid) return;
    this.x = e.clientX;
    this.y = e.clientY;
    this.overCard = this.card.owns(e.target);
    if (this.framePending) return;
    this.framePending = true;
    this.ctx.requestAnimationFrame(() => {
      this.framePending = false;
      try {
        this.check();
      } catch {
        // Measuring a range the page has just removed can fail; the next move tries again.
      }
    });
  }

  private check(): void {
    if (this.overCard) {
      this.cancelHide();
      return;
    }
    const index = this.indexAt(this.x, this.y);
    if (index >= 0) {
      this.cancelHide();
      if (index !== this.hovered || !this.card.open) {
        this.hovered = index;
        this.hooks.show(index, this.anchorRect(index));
      }
    } else if (this.hovered >= 0) {
      this.scheduleHide();
    }
  }

  /** The range under the point: the browser's own hit test where it has one, else caret and rects. */
  private indexAt(x: number, y: number): number {
    const ranges = this.hooks.ranges();
    if (!ranges.length) return -1;
    const fromPoint = (globalThis.CSS as { highlights?: { highlightsFromPoint?: HighlightsFromPoint } } | undefined)
      ?.highlights?.highlightsFromPoint;
    if (typeof fromPoint === 'function') {
      try {
        const hits = new Set(fromPoint.call(CSS.highlights, x, y).flatMap((h) => h.ranges ?? []));
        const i = ranges.findIndex((r) => hits.has(r) && rectsContain(r, x, y));
        if (i >= 0) return i;
      } catch {
        // Older shapes of the API; fall through to the caret test.
      }
    }
    return rangeIndexAtPoint(ranges, x, y, caretAt(this.doc, x, y));
  }

  /** The line box of the range under the pointer, so a card for a wrapped phrase sits by the pointer. */
  private anchorRect(index: number): DOMRectReadOnly {
    const range = this.hooks.ranges()[index];
    const rects = Array.from(range.getClientRects());
    return rects.find((r) => this.y >= r.top - 2 && this.y <= r.bottom + 2) ?? rects[0] ?? range.getBoundingClientRect();
  }

  private scheduleHide(): void {
    if (this.hideTimer !== null) return;
    this.hideTimer = this.ctx.setTimeout(() => {
      this.hideTimer = null;
      if (this.overCard) return;
      this.hovered = -1;
      if (this.hooks.keyboardCardOpen()) this.hooks.reposition();
      else this.hooks.hide();
    }, HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.hooks.enabled() || this.ctx.isInvalid) return;
    if (e.key === 'Escape') {
      if (this.card.open) {
        this.hovered = -1;
        this.hooks.escape();
      }
      return;
    }
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
    if (e.code !== 'KeyN' && e.code !== 'KeyP') return;
    if (isEditable(e.target)) return;
    e.preventDefault();
    this.hooks.step(e.code === 'KeyN' ? 1 : -1);
  }

  private onViewportChange(): void {
    if (!this.hooks.enabled() || !this.card.open) return;
    this.ctx.requestAnimationFrame(() => this.hooks.reposition());
  }
}
