import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { findArticles, rangeForSpan, type FoundArticle } from '../../../extract/index.ts';
import { spanForRange, trimSpan } from '../../../utils/range-offsets.ts';

const windows: Window[] = [];
afterAll(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

/** A page in happy-dom (a DOM with Range), read by the article finder like the content script does. */
function page(html: string): { doc: Document; article: FoundArticle } {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  windows.push(window);
  window.document.write(html);
  const doc = window.document as unknown as Document;
  const [article] = findArticles(doc).articles;
  return { doc, article };
}

const reference = readFileSync(fileURLToPath(new URL('../../fixtures/seed-up-china-russia-cooperation.html', import.meta.url)), 'utf8');

describe('a selection back to article offsets', () => {
  const { doc, article } = page(reference);

  function textNodeWith(phrase: string, within = 'article'): { node: Text; at: number } {
    const walker = doc.createTreeWalker(doc.querySelector(within)!, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(phrase);
      if (at >= 0) return { node: n as Text, at };
    }
    throw new Error(`no "${phrase}"`);
  }

  function select(phrase: string, within = 'article'): Range {
    const { node, at } = textNodeWith(phrase, within);
    const range = doc.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + phrase.length);
    return range;
  }

  it('maps words selected inside one text node to exactly those words of the article text', () => {
    const span = spanForRange(article.segments, select('three unnamed officials'))!;
    expect(article.text.slice(span.start, span.end)).toBe('three unnamed officials');
  });

  it('maps a selection across paragraphs and inline elements to one span holding both ends', () => {
    const range = doc.createRange();
    const a = textNodeWith('as reported by');
    const b = textNodeWith('According to three');
    range.setStart(a.node, a.at);
    range.setEnd(b.node, b.at + 'According to three'.length);
    const span = spanForRange(article.segments, range)!;
    expect(article.text.slice(span.start, span.end)).toBe('as reported by European Pravda\n\nDetails: According to three');
  });

  it('a selection that starts in an element (not in a text node) begins at its first text', () => {
    const paragraph = textNodeWith('The Biden administration').node.parentElement!;
    const range = doc.createRange();
    range.setStart(paragraph, 0);
    const { node, at } = textNodeWith('is reportedly');
    range.setEnd(node, at + 'is reportedly'.length);
    const span = spanForRange(article.segments, range)!;
    expect(article.text.slice(span.start, span.end)).toBe('The Biden administration is reportedly');
  });

  it('ignores what is outside the article: the sidebar alone maps to nothing, a drag into the article keeps the article part', () => {
    expect(spanForRange(article.segments, select('sources say', 'aside'))).toBeNull();
    // The photo caption sits inside <article> but is not article text.
    expect(spanForRange(article.segments, select('Photo: Getty Images'))).toBeNull();
    const caption = textNodeWith('Photo: Getty Images');
    const end = textNodeWith('Allegations have been made');
    const range = doc.createRange();
    range.setStart(caption.node, caption.at);
    range.setEnd(end.node, end.at + 'Allegations'.length);
    const span = trimSpan(article.text, spanForRange(article.segments, range)!)!;
    expect(article.text.slice(span.start, span.end)).toBe('Allegations');
  });

  it('trims white space and paragraph breaks at the ends, and gives null for a selection of white space only', () => {
    expect(trimSpan('ab\n\n cd ', { start: 2, end: 8 })).toEqual({ start: 5, end: 7 });
    expect(trimSpan('ab\n\n cd ', { start: 2, end: 5 })).toBeNull();
  });

  it('inverts rangeForSpan: a span drawn on the page maps back to the same span of page text (property)', () => {
    const max = article.text.length;
    // Characters of the article text that come from the page (not inserted breaks and spaces).
    const fromPage = new Array<boolean>(max).fill(false);
    for (const seg of article.segments) for (let i = seg.start; i < seg.end; i++) fromPage[i] = true;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: max - 1 }), fc.integer({ min: 1, max: 400 }), (start, length) => {
        const end = Math.min(max, start + length);
        const first = fromPage.indexOf(true, start);
        const last = fromPage.lastIndexOf(true, end - 1);
        const expected = first >= 0 && first < end && last >= start ? { start: first, end: last + 1 } : null;
        const range = rangeForSpan(article, start, end);
        expect(range === null).toBe(expected === null);
        if (range) expect(spanForRange(article.segments, range)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});
