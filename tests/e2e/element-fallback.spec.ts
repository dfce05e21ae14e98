/**
 * The element fallback: where a browser has no Custom Highlight API, phrases are wrapped in
 * `<sourcelens-mark>` elements. Chromium has the API, so the e2e build lets a page ask for the
 * fallback (`data-sourcelens-test-drawing="elements"` on its root element, read in
 * entrypoints/content/drawing.ts); everything else is the real extension on the real page.
 */
import { join } from 'node:path';
import { expect, ROOT, test } from './fixtures.ts';
import { ArticlePage } from './pages/article-page.ts';
import { PopupPage } from './pages/popup-page.ts';
import { cliAvailable, cliRecords, keyed } from './support/cli.ts';

const REFERENCE = 'seed-up-china-russia-cooperation.html';
const FLAGGED = new Set(['anonymous', 'secondhand', 'hedge']);
/** Where two findings share characters, one mark carries the first of these (utils/mark-fallback.ts). */
const PRECEDENCE = ['anonymous', 'secondhand', 'hedge'];

/**
 * What the marks should show for the CLI's findings: each flagged finding, less the characters a
 * finding of a category before it already marks ("told Politico" under "Officials recently
 * told" leaves "Politico" to the secondhand mark).
 */
function expectedPhrases(file: string): { category: string; text: string }[] {
  const [record] = cliRecords(file);
  const text = `${record.title}\n\n${record.body}`;
  const flagged = (record.findings ?? []).filter((f) => FLAGGED.has(f.category));
  const phrases: { category: string; text: string }[] = [];
  for (const f of flagged) {
    const before = flagged.filter((g) => PRECEDENCE.indexOf(g.category) < PRECEDENCE.indexOf(f.category));
    let start = f.start;
    for (let i = f.start; i <= f.end; i++) {
      const covered = i < f.end && before.some((g) => g.start <= i && i < g.end);
      if (covered || i === f.end) {
        if (i > start && text.slice(start, i).trim()) phrases.push({ category: f.category, text: text.slice(start, i) });
        start = i + 1;
      }
    }
  }
  return phrases;
}

interface Mark {
  category: string;
  text: string;
  rect: { x: number; y: number; width: number; height: number } | null;
}

/** The drawn phrases: marks that touch (no unmarked text between them) are one phrase. */
function phrasesOf(page: ArticlePage): Promise<Mark[]> {
  return page.page.evaluate(() => {
    const marks = [...document.querySelectorAll('sourcelens-mark')];
    const out: Mark[] = [];
    let previous: Element | null = null;
    for (const mark of marks) {
      const between = document.createRange();
      if (previous) {
        between.setStartAfter(previous);
        between.setEndBefore(mark);
      }
      const category = mark.getAttribute('data-sourcelens') ?? '';
      const last = out[out.length - 1];
      if (previous && last && last.category === category && between.toString() === '') {
        last.text += mark.textContent ?? '';
      } else {
        const r = mark.getClientRects()[0];
        out.push({ category, text: mark.textContent ?? '', rect: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null });
      }
      previous = mark;
    }
    return out;
  });
}

test('without the Highlight API: marks hold exactly the CLI findings, the card opens, and off puts back the same text nodes', async ({
  context,
  server,
  extensionId,
  tabIdOf,
}) => {
  test.skip(!cliAvailable(), 'bin/sourcelens.mjs is not there yet');
  const expected = expectedPhrases(join(ROOT, 'tests', 'fixtures', REFERENCE));
  expect(expected.length).toBeGreaterThan(0);

  const page = await context.newPage();
  // In the page's own world, before SourceLens runs (at document_idle): ask for the fallback and
  // keep the article's text nodes and markup as they were.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.setAttribute('data-sourcelens-test-drawing', 'elements');
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; data: string }[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push({ node: n as Text, data: (n as Text).data });
      Object.assign(window, { __nodes: nodes, __before: document.documentElement.outerHTML });
    });
  });
  const article = new ArticlePage(page);
  await article.goto(server.url(`/fixtures/${REFERENCE}`));
  await page.waitForSelector('sourcelens-mark');

  const drawn = (await phrasesOf(article)).filter((m) => FLAGGED.has(m.category));
  expect(keyed(drawn)).toEqual(keyed(expected));
  expect(await article.highlightNames()).toEqual([]);
  expect(await page.evaluate(() => document.querySelectorAll('aside sourcelens-mark').length)).toBe(0);

  // Hover finds the phrase through its marks.
  const first = drawn[0];
  if (!first.rect) throw new Error(`"${first.text}" has no box on the page`);
  await page.mouse.move(0, 0);
  await page.mouse.move(first.rect.x + Math.min(first.rect.width / 2, 20), first.rect.y + first.rect.height / 2, { steps: 4 });
  await expect.poll(async () => (await article.card()).open).toBe(true);
  expect((await article.card()).text).toContain(first.text.replace(/\s+/g, ' ').trim());

  const popup = new PopupPage(await context.newPage());
  await popup.open(extensionId, await tabIdOf(page));
  await popup.waitForReport();
  await popup.tabSwitch.click();
  await expect(popup.tabSwitch).toHaveAttribute('aria-checked', 'false');

  expect(await page.evaluate(() => document.querySelectorAll('sourcelens-mark').length)).toBe(0);
  expect(await article.outerHTML()).toBe(await page.evaluate(() => (window as unknown as { __before: string }).__before));
  // Not only the same markup: the very same Text nodes, in the page, with their own text.
  const nodes = await page.evaluate(() => {
    const kept = (window as unknown as { __nodes: { node: Text; data: string }[] }).__nodes;
    return {
      total: kept.length,
      detached: kept.filter((k) => !k.node.isConnected).length,
      changed: kept.filter((k) => k.node.data !== k.data).length,
      extra: (() => {
        const known = new Set(kept.map((k) => k.node));
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let n = 0;
        for (let t = walker.nextNode(); t; t = walker.nextNode()) if (!known.has(t as Text)) n++;
        return n;
      })(),
    };
  });
  expect(nodes.total).toBeGreaterThan(0);
  expect(nodes).toEqual({ total: nodes.total, detached: 0, changed: 0, extra: 0 });

  // And on again: drawn the same way.
  await popup.tabSwitch.click();
  await expect(popup.tabSwitch).toHaveAttribute('aria-checked', 'true');
  await page.waitForSelector('sourcelens-mark');
  expect(keyed((await phrasesOf(article)).filter((m) => FLAGGED.has(m.category)))).toEqual(keyed(expected));
});
