/**
 * The practice toolbar's place on the page: a closed shadow root on a `sourcelens-practice`
 * host, like the card's, added when practice starts and removed when it ends.
 */
import { render } from 'preact';
import { PRACTICE_TOOLBAR_CSS, PracticeToolbar, type PracticeToolbarProps } from '../../components/PracticeToolbar.tsx';

export const PRACTICE_TAG = 'sourcelens-practice';

export class PracticeHost {
  private host: HTMLElement | null = null;
  private frame: HTMLDivElement | null = null;

  constructor(private readonly doc: Document) {}

  get element(): HTMLElement | null {
    return this.host;
  }

  show(props: PracticeToolbarProps): void {
    render(<PracticeToolbar {...props} />, this.ensure());
  }

  /** Moves the keyboard focus to the toolbar's first button (the keyboard way in). */
  focus(): void {
    this.frame?.querySelector<HTMLButtonElement>('button')?.focus();
  }

  /** Whether the keyboard focus is inside the toolbar. */
  hasFocus(): boolean {
    return !!this.host && this.doc.activeElement === this.host;
  }

  destroy(): void {
    if (this.frame) render(null, this.frame);
    this.host?.remove();
    this.host = null;
    this.frame = null;
  }

  private ensure(): HTMLDivElement {
    if (this.frame && this.host?.isConnected) return this.frame;
    this.destroy();
    const host = this.doc.createElement(PRACTICE_TAG);
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = PRACTICE_TOOLBAR_CSS;
    const frame = this.doc.createElement('div');
    frame.className = 'frame';
    root.append(style, frame);
    // On <html>, after <body>, like the card: outside the article and away from `body > *` rules.
    this.doc.documentElement.append(host);
    this.host = host;
    this.frame = frame;
    return frame;
  }
}
