/**
 * Moving between the drawn findings: keyboard steps, jumps from the popup, and the card that
 * goes with them. The focused finding is outlined with the `sourcelens-focus` highlight (or the
 * fallback's focus attribute), scrolled into view, and its card shown and announced.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { swatch } from '../../utils/palettes.ts';
import type { PaletteName } from '../../utils/settings.ts';
import type { FindingRef } from '../../utils/tab-state.ts';
import type { Entry } from './analyse-page.ts';
import type { CardHost } from './card.tsx';
import type { Drawing } from './drawing.ts';

/**
 * A key press can arrive twice: as the browser command (through the background) and as the page's
 * own keydown, when the browser does not swallow it. Two steps from different sources this close
 * together are one press; two from the same source are two presses.
 */
const STEP_DEDUPE_MS = 150;
const FLASH_MS = 1200;

export type StepSource = 'page-key' | 'message';

export interface NavigationHost {
  ctx: ContentScriptContext;
  doc: Document;
  drawing: Drawing;
  card: CardHost;
  /** The drawn entries in reading order, and one measurable range for each. */
  drawn(): readonly Entry[];
  ranges(): readonly Range[];
  palette(): PaletteName;
  /** Runs a DOM change of ours without it counting as a page change. */
  ignoring(change: () => void): void;
}

export class Navigation {
  /** Index into the drawn entries of the focused one, or -1. */
  focus = -1;
  private lastStep: { at: number; source: StepSource | '' } = { at: 0, source: '' };

  constructor(private readonly host: NavigationHost) {}

  /** Forgets the focus (the drawing changed). */
  reset(): void {
    this.focus = -1;
    this.host.card.hide();
  }

  get keyboardCardOpen(): boolean {
    return this.focus >= 0 && this.host.card.open;
  }

  reveal(ref: FindingRef): boolean {
    const index = this.host.drawn().findIndex((e) => e.ref.article === ref.article && e.ref.finding === ref.finding);
    if (index < 0) return false;
    this.focusAt(index, true);
    return true;
  }

  step(direction: 1 | -1, source: StepSource): FindingRef | null {
    const drawn = this.host.drawn();
    const now = Date.now();
    const echo = source !== this.lastStep.source && now - this.lastStep.at < STEP_DEDUPE_MS;
    this.lastStep = { at: now, source };
    if (echo && this.focus >= 0) return drawn[this.focus]?.ref ?? null;
    if (!drawn.length) return null;
    const n = drawn.length;
    const index = this.focus >= 0 && this.focus < n ? (this.focus + direction + n) % n : this.firstInView(direction);
    this.focusAt(index, false);
    return drawn[index].ref;
  }

  /** The card for a finding: by the pointer (hover) or for the keyboard focus (announced). */
  showCard(index: number, anchor: DOMRectReadOnly, keyboard: boolean): void {
    const drawn = this.host.drawn();
    const entry = drawn[index];
    if (!entry) return;
    this.host.ignoring(() =>
      this.host.card.show(
        {
          finding: entry.finding,
          lang: entry.lang,
          swatch: swatch(this.host.palette(), 'light', entry.finding.category),
          position: keyboard ? { index: index + 1, total: drawn.length } : null,
        },
        anchor,
        keyboard,
      ),
    );
  }

  /** After a scroll or resize: the keyboard card follows its phrase; a hover card closes. */
  reposition(): void {
    const range = this.host.ranges()[this.focus];
    if (!this.host.card.open || !range) {
      this.host.card.hide();
      return;
    }
    this.showCard(this.focus, firstRect(range), true);
  }

  /** Escape: the card closes and the outline goes; the next step continues from here. */
  close(): void {
    this.host.card.hide();
    this.host.drawing.setFocus(null, null);
  }

  /** Where keyboard navigation starts: the first phrase at or below the top of the view (or the last above its bottom). */
  private firstInView(direction: 1 | -1): number {
    const height = this.host.doc.defaultView?.innerHeight ?? 0;
    const boxes = this.host.ranges().map((r) => r.getBoundingClientRect());
    if (direction > 0) {
      const i = boxes.findIndex((r) => r.top >= 0);
      return i >= 0 ? i : 0;
    }
    for (let i = boxes.length - 1; i >= 0; i--) if (boxes[i].bottom <= height) return i;
    return boxes.length - 1;
  }

  private focusAt(index: number, flash: boolean): void {
    const range = this.host.ranges()[index];
    if (!range) return;
    this.focus = index;
    this.host.drawing.setFocus(index, range);
    scrollIntoView(range, this.host.doc.defaultView);
    if (flash) {
      this.host.drawing.setFlash(range);
      this.host.ctx.setTimeout(() => this.host.drawing.setFlash(null), FLASH_MS);
    }
    this.showCard(index, firstRect(range), true);
  }
}

function firstRect(range: Range): DOMRectReadOnly {
  return range.getClientRects()[0] ?? range.getBoundingClientRect();
}

/** Brings a phrase to about a third of the way down the view, unless it is already comfortably in it. */
function scrollIntoView(range: Range, view: Window | null): void {
  if (!view) return;
  const rect = range.getBoundingClientRect();
  const height = view.innerHeight;
  if (rect.top >= height * 0.1 && rect.bottom <= height * 0.75) return;
  view.scrollBy({ top: rect.top - height * 0.35, left: 0, behavior: 'instant' });
}
