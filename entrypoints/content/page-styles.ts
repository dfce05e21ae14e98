/**
 * Puts the `::highlight()` rules into the page without adding a node: a constructed style sheet
 * in `document.adoptedStyleSheets`. Where the content script may not adopt a sheet it built
 * (the assignment throws or does not stick), the background inserts the CSS with
 * `scripting.insertCSS`, which adds no node either.
 */
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../utils/messages.ts';

export class PageStyles {
  private sheet: CSSStyleSheet | null = null;
  private viaBackground = false;
  private css = '';

  constructor(private readonly doc: Document) {}

  async apply(css: string): Promise<void> {
    if (css === this.css && (this.sheet ? this.adopted(this.sheet) : this.viaBackground)) return;
    this.css = css;
    if (!this.viaBackground && this.tryAdopt(css)) return;
    this.viaBackground = true;
    await sendToBackground(browser.runtime, 'page-css', { css });
  }

  /** Takes the rules out again. */
  async remove(): Promise<void> {
    this.css = '';
    if (this.sheet) {
      const sheet = this.sheet;
      this.sheet = null;
      try {
        this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // The page replaced the list meanwhile; our sheet is no longer in it.
      }
    }
    if (this.viaBackground) {
      this.viaBackground = false;
      await sendToBackground(browser.runtime, 'page-css', { css: '' }).catch(() => undefined);
    }
  }

  private adopted(sheet: CSSStyleSheet): boolean {
    try {
      return this.doc.adoptedStyleSheets.includes(sheet);
    } catch {
      return false;
    }
  }

  private tryAdopt(css: string): boolean {
    try {
      const sheet = this.sheet ?? new CSSStyleSheet();
      sheet.replaceSync(css);
      if (!this.adopted(sheet)) this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      if (!this.adopted(sheet)) return false;
      this.sheet = sheet;
      return true;
    } catch {
      this.sheet = null;
      return false;
    }
  }
}
