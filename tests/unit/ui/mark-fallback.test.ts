// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { MarkFallback, textPiecesInRange } from '../../../utils/mark-fallback.ts';

function setup(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** A Range over [start, end) of the concatenated text of `root` (a test helper, not the extractor). */
function rangeOver(root: Node, start: number, end: number): Range {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let pos = 0;
  let n: Node | null;
  let started = false;
  while ((n = walker.nextNode())) {
    const len = (n as Text).data.length;
    if (!started && start <= pos + len) {
      range.setStart(n, start - pos);
      started = true;
    }
    if (end <= pos + len) {
      range.setEnd(n, end - pos);
      return range;
    }
    pos += len;
  }
  throw new Error('range out of bounds');
}

describe('textPiecesInRange', () => {
  beforeEach(() => setup(''));

  it('lists the covered part of each text node in document order', () => {
    const body = setup('<p>Source: <a href="#">Financial Times</a>, as reported</p>');
    const text = body.textContent!;
    const range = rangeOver(body, text.indexOf('Source'), text.indexOf(','));
    const pieces = textPiecesInRange(range);
    expect(pieces.map((p) => p.node.data.slice(p.start, p.end))).toEqual(['Source: ', 'Financial Times']);
  });

  it('handles boundaries given as element offsets', () => {
    const body = setup('<p><b>one</b><i>two</i><u>three</u></p>');
    const p = body.firstChild!;
    const pieces = textPiecesInRange({ startContainer: p, startOffset: 1, endContainer: p, endOffset: 2 });
    expect(pieces.map((x) => x.node.data.slice(x.start, x.end))).toEqual(['two']);
  });

  it('leaves out empty parts', () => {
    const body = setup('<p>abc</p><p>def</p>');
    const range = rangeOver(body, 3, 5);
    expect(textPiecesInRange(range).map((x) => x.node.data.slice(x.start, x.end))).toEqual(['de']);
  });
});

describe('MarkFallback', () => {
  it('wraps each request in sourcelens-mark elements with its category', () => {
    const body = setup('<p>According to <em>three unnamed officials</em>, it was reportedly so.</p>');
    const text = body.textContent!;
    const marks = new MarkFallback(document).wrap([
      { category: 'anonymous', range: rangeOver(body, text.indexOf('According'), text.indexOf(',')) },
      { category: 'hedge', range: rangeOver(body, text.indexOf('reportedly'), text.indexOf(' so')) },
    ]);
    expect(marks[0].map((m) => m.textContent)).toEqual(['According to ', 'three unnamed officials']);
    expect(marks[1].map((m) => m.textContent)).toEqual(['reportedly']);
    const all = [...document.querySelectorAll('sourcelens-mark')];
    expect(all.map((m) => m.getAttribute('data-sourcelens'))).toEqual(['anonymous', 'anonymous', 'hedge']);
    expect(body.textContent).toBe(text);
  });

  it('unwrap() restores the same text nodes with the same text, and the same HTML', () => {
    const body = setup('<p>Officials recently told Politico that <a href="/x">China</a> is attempting.</p><p>Second.</p>');
    const before = body.innerHTML;
    const p = body.firstChild!;
    const originalNodes = [...p.childNodes];
    const firstText = p.firstChild as Text;
    const text = body.textContent!;
    const fallback = new MarkFallback(document);
    fallback.wrap([
      { category: 'anonymous', range: rangeOver(body, 0, 'Officials recently told'.length) },
      { category: 'secondhand', range: rangeOver(body, text.indexOf('told Politico'), text.indexOf(' that')) },
      { category: 'hedge', range: rangeOver(body, text.indexOf('China'), text.indexOf(' is')) },
    ]);
    expect(body.innerHTML).not.toBe(before);
    fallback.unwrap();
    expect(body.innerHTML).toBe(before);
    expect([...p.childNodes]).toEqual(originalNodes);
    expect(p.firstChild).toBe(firstText);
    expect(firstText.data).toBe('Officials recently told Politico that ');
    expect(document.querySelectorAll('sourcelens-mark')).toHaveLength(0);
  });

  it('cuts overlapping requests consistently: each character sits in one mark, the stronger category wins', () => {
    const body = setup('<p>Officials recently told Politico that</p>');
    const text = body.textContent!;
    const marks = new MarkFallback(document).wrap([
      { category: 'secondhand', range: rangeOver(body, text.indexOf('told'), text.indexOf(' that')) },
      { category: 'anonymous', range: rangeOver(body, 0, text.indexOf(' Politico')) },
    ]);
    const all = [...document.querySelectorAll('sourcelens-mark')];
    expect(all.map((m) => [m.textContent, m.getAttribute('data-sourcelens')])).toEqual([
      ['Officials recently ', 'anonymous'],
      ['told', 'anonymous'],
      [' Politico', 'secondhand'],
    ]);
    expect(marks[0].map((m) => m.textContent)).toEqual(['told', ' Politico']);
    expect(marks[1].map((m) => m.textContent)).toEqual(['Officials recently ', 'told']);
  });

  it('keeps the page\'s own edits to a split node when unwrapping', () => {
    const body = setup('<p>alpha beta gamma</p>');
    const p = body.firstChild!;
    const fallback = new MarkFallback(document);
    const [marks] = fallback.wrap([{ category: 'hedge', range: rangeOver(body, 6, 10) }]);
    (marks[0].firstChild as Text).data = 'BETA';
    fallback.unwrap();
    expect(p.childNodes).toHaveLength(1);
    expect((p.firstChild as Text).data).toBe('alpha BETA gamma');
  });

  it('marks a focused request and clears the focus', () => {
    const body = setup('<p>one two three</p>');
    const fallback = new MarkFallback(document);
    fallback.wrap([
      { category: 'hedge', range: rangeOver(body, 0, 3) },
      { category: 'named', range: rangeOver(body, 8, 13) },
    ]);
    fallback.setFocus(1);
    expect([...document.querySelectorAll('[data-sourcelens-focus]')].map((m) => m.textContent)).toEqual(['three']);
    fallback.setFocus(null);
    expect(document.querySelectorAll('[data-sourcelens-focus]')).toHaveLength(0);
  });
});
