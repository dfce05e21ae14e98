/**
 * Practice mode on one page: the student selects words in the article and marks them as an
 * anonymous source, a secondhand report or a hedge, with the toolbar or from the keyboard
 * (Alt+Shift+1, 2, 3 mark the selection; Alt+Shift+M moves to the toolbar). Marks are kept as
 * offsets in the article's text, found through the same text segments the highlights are drawn
 * from, and drawn as their own highlights. "Check" scores them against the findings.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { rangeForSpan } from '../../extract/range.ts';
import type { FoundArticle } from '../../extract/types.ts';
import { categoryLabel } from '../../utils/category-copy.ts';
import { isEditable } from '../../utils/editable.ts';
import { HighlightRegistry, nativeHighlightEnv } from '../../utils/highlight-registry.ts';
import { t } from '../../utils/i18n.ts';
import { PRACTICE_PREFIX } from '../../utils/palettes.ts';
import {
  addMark,
  PRACTICE_CATEGORIES,
  scorePractice,
  type PracticeCategory,
  type PracticeFinding,
  type PracticeMark,
  type PracticeResult,
} from '../../utils/practice-score.ts';
import { spanForRange, trimSpan } from '../../utils/range-offsets.ts';
import type { PaletteName } from '../../utils/settings.ts';
import { PracticeHost } from './practice-host.tsx';

export interface PracticeHooks {
  articles(): readonly FoundArticle[];
  findings(): readonly PracticeFinding[];
  palette(): PaletteName;
  /** The article's language, for the marked words in the toolbar. */
  lang(): string | undefined;
  /** Marks were added or removed (the popup shows how many). */
  changed(): void;
  check(): void;
  stop(): void;
  openResults(): void;
}

const KEY_CATEGORY: Record<string, PracticeCategory> = { Digit1: 'anonymous', Digit2: 'secondhand', Digit3: 'hedge' };

export class PracticeSession {
  marks: PracticeMark[] = [];
  result: PracticeResult | null = null;
  private remembered: Range | null = null;
  private message = '';
  private readonly host: PracticeHost;
  private readonly registry: HighlightRegistry | null;
  private readonly listeners = new AbortController();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    private readonly hooks: PracticeHooks,
  ) {
    this.host = new PracticeHost(doc);
    const env = nativeHighlightEnv(doc.defaultView ?? globalThis);
    // Without the Custom Highlight API the marks are listed in the toolbar but not painted: the
    // fallback's elements would split the very text nodes the marks are mapped through.
    this.registry = env ? new HighlightRegistry(env, PRACTICE_PREFIX) : null;
  }

  get checked(): boolean {
    return this.result !== null;
  }

  get element(): HTMLElement | null {
    return this.host.element;
  }

  start(): void {
    const signal = this.listeners.signal;
    this.ctx.onInvalidated(() => this.listeners.abort());
    this.doc.addEventListener('selectionchange', () => this.onSelectionChange(), { signal });
    (this.doc.defaultView ?? window).addEventListener('keydown', (e) => this.onKey(e), { capture: true, signal });
    this.say(t('practice_started'));
  }

  destroy(): void {
    this.listeners.abort();
    this.registry?.clear();
    this.host.destroy();
    this.remembered = null;
  }

  /** The page's text changed under the marks: they no longer point at the same words. */
  reset(): void {
    this.marks = [];
    this.result = null;
    this.draw();
    this.say(t('practice_reset'));
  }

  mark(category: PracticeCategory): void {
    if (this.checked) return;
    const range = this.currentRange();
    if (!range) return this.say(t('practice_select_first'));
    const mark = this.markFor(range, category);
    if (!mark) return this.say(t('practice_select_in_article'));
    this.marks = addMark(this.marks, mark);
    this.remembered = null;
    this.doc.getSelection()?.removeAllRanges();
    this.draw();
    this.say(t('practice_marked', { text: mark.text, category: categoryLabel(category) }));
    this.hooks.changed();
  }

  remove(index: number): void {
    const [removed] = this.marks.splice(index, 1);
    if (!removed) return;
    this.marks = [...this.marks];
    this.draw();
    this.say(t('practice_removed', { text: removed.text }));
    this.hooks.changed();
  }

  /** Scores the marks; the controller draws the findings beside them. */
  check(): PracticeResult {
    this.result = scorePractice(this.marks, this.hooks.findings());
    this.say(t('practice_checked_status'));
    this.draw();
    return this.result;
  }

  /** Draws the marks and the toolbar again (after a palette change, a check). */
  draw(): void {
    if (this.registry) {
      const articles = this.hooks.articles();
      const byCategory = new Map<PracticeCategory, Range[]>(PRACTICE_CATEGORIES.map((c) => [c, []]));
      for (const m of this.marks) {
        const range = rangeFor(articles[m.article], m.start, m.end);
        if (range) byCategory.get(m.category)!.push(range);
      }
      this.registry.show(byCategory);
    }
    this.host.show({
      marks: this.marks,
      result: this.result,
      message: this.message,
      palette: this.hooks.palette(),
      lang: this.hooks.lang(),
      onMark: (category) => this.mark(category),
      onRemove: (index) => this.remove(index),
      onCheck: () => this.hooks.check(),
      onOpenResults: () => this.hooks.openResults(),
      onStop: () => this.hooks.stop(),
    });
  }

  private say(message: string): void {
    this.message = message;
    this.draw();
  }

  /** The words to mark: the selection, or the last one made if pressing a button collapsed it. */
  private currentRange(): Range | null {
    const selection = this.doc.getSelection();
    if (selection && selection.rangeCount && !selection.isCollapsed) return selection.getRangeAt(0);
    return this.remembered;
  }

  private onSelectionChange(): void {
    const selection = this.doc.getSelection();
    if (selection && selection.rangeCount && !selection.isCollapsed) this.remembered = selection.getRangeAt(0).cloneRange();
    // Moving into the toolbar with the keyboard keeps the words chosen before; a click elsewhere drops them.
    else if (!this.host.hasFocus()) this.remembered = null;
  }

  private markFor(range: Range, category: PracticeCategory): PracticeMark | null {
    const articles = this.hooks.articles();
    for (let a = 0; a < articles.length; a++) {
      const span = spanForRange(articles[a].segments, range);
      const trimmed = span && trimSpan(articles[a].text, span);
      if (trimmed) return { article: a, ...trimmed, category, text: articles[a].text.slice(trimmed.start, trimmed.end) };
    }
    return null;
  }

  private onKey(e: KeyboardEvent): void {
    if (this.ctx.isInvalid || !e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
    const category = KEY_CATEGORY[e.code];
    if (category) {
      if (isEditable(e.target)) return;
      e.preventDefault();
      this.mark(category);
    } else if (e.code === 'KeyM') {
      e.preventDefault();
      this.host.focus();
    }
  }
}

function rangeFor(article: FoundArticle | undefined, start: number, end: number): Range | null {
  if (!article) return null;
  try {
    const range = rangeForSpan(article, start, end);
    return range && !range.collapsed ? range : null;
  } catch {
    // The page removed the text meanwhile.
    return null;
  }
}
