/**
 * Draws entries on the page, with the Custom Highlight API where it exists and with
 * `sourcelens-mark` elements where it does not. Both sides expose the same few operations, and
 * both give back, per drawn entry, a Range that the pointer and keyboard code can measure.
 */
import type { Category } from '../../engine/types.ts';
import { HighlightRegistry, nativeHighlightEnv } from '../../utils/highlight-registry.ts';
import { MarkFallback } from '../../utils/mark-fallback.ts';
import type { Entry } from './analyse-page.ts';

export interface Drawing {
  readonly native: boolean;
  /** Draws these entries (replacing what was drawn); returns one measurable range per entry. */
  draw(entries: readonly Entry[]): Range[];
  setFocus(index: number | null, range: Range | null): void;
  setFlash(range: Range | null): void;
  /** Removes everything drawn; the page's DOM is as it was before `draw`. */
  clear(): void;
}

class NativeDrawing implements Drawing {
  readonly native = true;
  constructor(private readonly registry: HighlightRegistry) {}

  draw(entries: readonly Entry[]): Range[] {
    const byCategory = new Map<Category, Range[]>();
    for (const e of entries) {
      const list = byCategory.get(e.finding.category) ?? [];
      list.push(e.range);
      byCategory.set(e.finding.category, list);
    }
    this.registry.show(byCategory);
    return entries.map((e) => e.range);
  }

  setFocus(_index: number | null, range: Range | null): void {
    this.registry.setFocus(range);
  }

  setFlash(range: Range | null): void {
    this.registry.setFlash(range);
  }

  clear(): void {
    this.registry.clear();
  }
}

class ElementDrawing implements Drawing {
  readonly native = false;
  private readonly marks: MarkFallback;
  constructor(private readonly doc: Document) {
    this.marks = new MarkFallback(doc);
  }

  draw(entries: readonly Entry[]): Range[] {
    const marksByEntry = this.marks.wrap(entries.map((e) => ({ category: e.finding.category, range: e.range })));
    // Wrapping moved the text into marks, which collapses the original live ranges: measure
    // the marks instead.
    return marksByEntry.map((marks) => {
      const range = this.doc.createRange();
      if (marks.length) {
        range.setStartBefore(marks[0]);
        range.setEndAfter(marks[marks.length - 1]);
      }
      return range;
    });
  }

  setFocus(index: number | null): void {
    this.marks.setFocus(index);
  }

  setFlash(): void {
    // The focus outline already marks the phrase; elements get no separate flash.
  }

  clear(): void {
    this.marks.unwrap();
  }
}

/**
 * e2e builds only: a page whose root element carries `data-sourcelens-test-drawing="elements"`
 * gets the element fallback, so the end-to-end tests can run it in a browser that has the
 * Highlight API. The mode is a build-time constant: other builds drop the branch.
 */
function testAsksForElements(doc: Document): boolean {
  return import.meta.env.MODE === 'e2e' && doc.documentElement.getAttribute('data-sourcelens-test-drawing') === 'elements';
}

export function createDrawing(doc: Document): Drawing {
  const env = testAsksForElements(doc) ? null : nativeHighlightEnv(doc.defaultView ?? globalThis);
  return env ? new NativeDrawing(new HighlightRegistry(env)) : new ElementDrawing(doc);
}
