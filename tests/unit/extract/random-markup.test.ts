import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findArticles } from '../../../extract/index.ts';
import { linkedomDocument, segmentProblems } from './dom.ts';

// Random documents: nested blocks and inline elements, text with every kind of whitespace,
// hidden and skipped elements, links. Whatever the markup, the finder must not throw, must not
// change the document, and every article must keep the segment contract.
const words = fc.constantFrom('Officials', 'said', 'reportedly', 'the', 'sources', 'told', 'Reuters', '東京', 'über', 'news', '—', '“quoted”', '42');
const space = fc.constantFrom(' ', '  ', '\n', '\n    ', '\t', '\u00a0', '');
const text = fc.array(fc.tuple(words, space), { maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

const inlineTags = ['a href="https://example.com/x"', 'em', 'strong', 'span', 'b', 'span hidden', 'span aria-hidden="true"', 'span style="display:none"'];
const blockTags = ['p', 'div', 'section', 'article', 'blockquote', 'ul', 'li', 'h1', 'h2', 'figure', 'aside', 'div class="share-bar"', 'div class="story-body"', 'table', 'tr', 'td', 'pre', 'header', 'script', 'noscript', 'form'];

const node: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? fc.oneof(text, fc.constant('<br>'), fc.constant('<hr>'), fc.constant('<img src="x.png" alt="a">'))
    : fc.oneof(
        text,
        fc.tuple(fc.constantFrom(...inlineTags), fc.array(node(depth - 1), { maxLength: 3 })).map(([t, kids]) => `<${t}>${kids.join('')}</${t.split(' ')[0]}>`),
        fc.tuple(fc.constantFrom(...blockTags), fc.array(node(depth - 1), { maxLength: 4 })).map(([t, kids]) => `<${t}>${kids.join('')}</${t.split(' ')[0]}>`),
      ),
);

const page = fc
  .tuple(fc.array(node(5), { minLength: 1, maxLength: 6 }), fc.boolean(), text)
  .map(([body, ld, title]) =>
    `<!DOCTYPE html><html><head><title>${title}</title>` +
    (ld ? `<script type="application/ld+json">{"@type":"NewsArticle","headline":${JSON.stringify(title)}}</script>` : '') +
    `</head><body>${body.join('')}</body></html>`,
  );

describe('random markup', () => {
  it('never throws, never changes the document, and keeps exact DOM segments', () => {
    fc.assert(
      fc.property(page, (html) => {
        const doc = linkedomDocument(html);
        const before = doc.documentElement.outerHTML;
        const result = findArticles(doc, { url: 'https://example.com/story' });
        expect(doc.documentElement.outerHTML).toBe(before);
        expect(result.isArticle).toBe(result.articles.length > 0);
        for (const a of result.articles) {
          expect(a.text).toBe(`${a.title}\n\n${a.body}`);
          expect(segmentProblems(a)).toEqual([]);
          expect(a.body).not.toMatch(/ {2}|^\s|\s$/);
          for (const l of a.links) expect(a.text.slice(l.start, l.end).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300, seed: 20240406 },
    );
  });
});
