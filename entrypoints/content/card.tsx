/**
 * The finding card, in a closed shadow root on a `sourcelens-card` host: the page's styles and
 * scripts cannot reach into it, and its styles cannot leak out. The host is added on first use
 * and removed by `destroy()`, which leaves the page's DOM as it was.
 */
import { render } from 'preact';
import { FINDING_CARD_CSS, FindingCard, type FindingCardProps } from '../../components/FindingCard.tsx';

export const CARD_TAG = 'sourcelens-card';
const GAP = 8;

export class CardHost {
  private host: HTMLElement | null = null;
  private frame: HTMLDivElement | null = null;
  open = false;

  constructor(private readonly doc: Document) {}

  /** Whether an event target is the card (pointer over the card keeps it open). */
  owns(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  show(props: FindingCardProps, anchor: DOMRectReadOnly, announce: boolean): void {
    const frame = this.ensure();
    frame.setAttribute('aria-live', announce ? 'polite' : 'off');
    render(<FindingCard {...props} />, frame);
    frame.hidden = false;
    this.open = true;
    this.place(frame, anchor);
  }

  hide(): void {
    if (!this.frame) return;
    this.frame.hidden = true;
    this.open = false;
  }

  destroy(): void {
    if (this.frame) render(null, this.frame);
    this.host?.remove();
    this.host = null;
    this.frame = null;
    this.open = false;
  }

  private ensure(): HTMLDivElement {
    if (this.frame && this.host?.isConnected) return this.frame;
    this.destroy();
    const host = this.doc.createElement(CARD_TAG);
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = FINDING_CARD_CSS;
    const frame = this.doc.createElement('div');
    frame.className = 'frame';
    frame.setAttribute('role', 'status');
    frame.hidden = true;
    root.append(style, frame);
    // On <html>, after <body>: outside the article, and away from `body > *` page rules.
    this.doc.documentElement.append(host);
    this.host = host;
    this.frame = frame;
    return frame;
  }

  private place(frame: HTMLDivElement, anchor: DOMRectReadOnly): void {
    const view = this.doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const { width, height } = frame.getBoundingClientRect();
    const below = anchor.bottom + GAP;
    const top = below + height <= vh - GAP || anchor.top - GAP - height < GAP ? below : anchor.top - GAP - height;
    const left = Math.max(GAP, Math.min(anchor.left, vw - width - GAP));
    frame.style.top = `${Math.round(top)}px`;
    frame.style.left = `${Math.round(left)}px`;
  }
}
