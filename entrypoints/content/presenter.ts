/**
 * What the page shows of an analysis: the findings of the visible categories (none inside the
 * region the reader is editing, none while practice hides them), the practice marks, their
 * styles, and the measurable range of each drawn finding that the pointer and keyboard code use.
 * The controller decides when; this decides what and how.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Category } from '../../engine/types.ts';
import { highlightCss, type PageTheme } from '../../utils/palettes.ts';
import { themeOf } from '../../utils/page-theme.ts';
import type { Settings } from '../../utils/settings.ts';
import { timed } from '../../utils/yield-to-page.ts';
import type { Entry } from './analyse-page.ts';
import type { CardHost } from './card.tsx';
import { createDrawing, type Drawing } from './drawing.ts';
import { inEditor } from './editing-watch.ts';
import { Navigation } from './navigation.ts';
import { PageStyles } from './page-styles.ts';

export interface PresenterHost {
  ctx: ContentScriptContext;
  doc: Document;
  card: CardHost;
  settings(): Settings;
  /** The element being edited, whose findings are not drawn. */
  editor(): HTMLElement | null;
  /** Practice mode's marks: drawn with the findings, and they need the styles too. */
  practice: { draw(): void; readonly active: boolean };
  /** Runs a DOM change of ours without it counting as a page change. */
  ignoring(change: () => void): void;
}

export class Presenter {
  readonly navigation: Navigation;
  private readonly drawing: Drawing;
  private readonly styles: PageStyles;
  /** Entries of the visible categories, in reading order, and a measurable range for each. */
  private drawn: Entry[] = [];
  private drawnRanges: Range[] = [];
  private theme: PageTheme = 'light';

  constructor(private readonly host: PresenterHost) {
    this.drawing = createDrawing(host.doc);
    this.styles = new PageStyles(host.doc);
    this.navigation = new Navigation({
      ctx: host.ctx,
      doc: host.doc,
      drawing: this.drawing,
      card: host.card,
      drawn: () => this.drawn,
      ranges: () => this.drawnRanges,
      palette: () => host.settings().palette,
      ignoring: host.ignoring,
    });
  }

  /** Whether highlights are the Custom Highlight API's (else marks, which split text nodes). */
  get native(): boolean {
    return this.drawing.native;
  }

  get ranges(): readonly Range[] {
    return this.drawnRanges;
  }

  /** Light or dark tints, from the background behind the article's first finding. */
  takeThemeFrom(entries: readonly Entry[]): void {
    const doc = this.host.doc;
    const first = entries[0]?.range.startContainer;
    this.theme = themeOf(first?.parentElement ?? doc.body, doc.defaultView ?? window);
  }

  /**
   * Draws `entries` (those of the visible categories, or none when `findingsShown` is false) and
   * the practice marks; returns the categories shown.
   */
  async show(entries: readonly Entry[], findingsShown: boolean): Promise<Category[]> {
    const { categories, palette } = this.host.settings();
    const editor = this.host.editor();
    this.drawn = findingsShown ? entries.filter((e) => categories[e.finding.category] && !inEditor(editor, e.range)) : [];
    timed('draw', () =>
      this.host.ignoring(() => {
        this.drawnRanges = this.drawing.draw(this.drawn);
        this.host.practice.draw();
      }),
    );
    if (this.drawn.length || this.host.practice.active) await this.styles.apply(highlightCss(palette, this.theme));
    return (Object.keys(categories) as Category[]).filter((c) => categories[c]);
  }

  /** Takes the highlights away (the styles stay until `removeStyles`). */
  clear(): void {
    this.host.ignoring(() => this.drawing.clear());
    this.drawn = [];
    this.drawnRanges = [];
    this.navigation.reset();
  }

  removeStyles(): void {
    void this.styles.remove();
  }
}
