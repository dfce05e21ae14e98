/** Test helpers: fixtures parsed by linkedom (as the CLI does) and by happy-dom (a spec DOM with Range). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import type { FoundArticle } from '../../../extract/index.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** A fixture's HTML: `extract/<name>` for this area's fixtures, or a shared one by its path. */
export function fixture(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

export function linkedomDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const windows: Window[] = [];

export function happyDocument(html: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  windows.push(window);
  // The window's own document rather than a DOMParser one: happy-dom 21's Range reads nothing
  // from nodes of a DOMParser document.
  window.document.write(html);
  return window.document as unknown as Document;
}

export async function closeHappyWindows(): Promise<void> {
  for (const w of windows.splice(0)) await w.happyDOM.close();
}

export const PARSERS = [
  ['linkedom', linkedomDocument],
  ['happy-dom', happyDocument],
] as const;

/**
 * The segment contract: each segment is an exact copy of its text node, segments are sorted and
 * disjoint, and every character outside them is one the finder inserted (a space or a line break).
 * A title taken from metadata (no headline element in the page) has no segments at all.
 */
export function segmentProblems(article: FoundArticle): string[] {
  const problems: string[] = [];
  const titleFromPage = article.segments.some((s) => s.start < article.title.length);
  let covered = titleFromPage ? 0 : article.title.length;
  let last = 0;
  for (const s of article.segments) {
    if (s.start < last) problems.push(`segment at ${s.start} overlaps or is out of order`);
    if (s.end <= s.start) problems.push(`empty segment at ${s.start}`);
    const copy = s.node.data.slice(s.offset, s.offset + (s.end - s.start));
    if (article.text.slice(s.start, s.end) !== copy) problems.push(`segment at ${s.start} is not a copy of its node`);
    for (let i = covered; i < s.start; i++) {
      if (!/[ \n]/.test(article.text[i])) problems.push(`uncovered character ${JSON.stringify(article.text[i])} at ${i}`);
    }
    covered = s.end;
    last = s.end;
  }
  for (let i = covered; i < article.text.length; i++) {
    if (!/[ \n]/.test(article.text[i])) problems.push(`uncovered character at ${i}`);
  }
  return problems;
}
