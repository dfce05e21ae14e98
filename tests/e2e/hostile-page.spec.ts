/**
 * Page text is untrusted. An article whose title, publisher, body and flagged phrases hold markup
 * (`<img src=x onerror=...>`, `</style>`, `<svg onload>`, a `javascript:` link) must show that
 * markup as text everywhere SourceLens shows page text: the card, the popup, the printable report,
 * the history, the practice results and every export. No script from it runs (the payloads set
 * `window.__pwned`) and no element is made from it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ArticlePage } from './pages/article-page.ts';
import { PopupPage } from './pages/popup-page.ts';
import { escapeHtml } from './support/hard-pages.ts';
import { watchErrors } from '../../scripts/browser/console-watch.ts';

const IMG = '<img src=x onerror="window.__pwned=1">';
const TITLE = `Officials warn ${IMG} </style><script>window.__pwned=2</script> of delays`;
const PUBLISHER = 'Evil <img src=x onerror=window.__pwned=3> News';
const PARAGRAPHS = [
  `Three unnamed officials said ${IMG} was planted in the port report on Monday.`,
  'The ministry reportedly plans </style><b onmouseover="window.__pwned=4">bold</b> changes to the contract.',
  'As reported by Reuters, <svg onload="window.__pwned=5"></svg> the company denied any wrongdoing.',
  'A senior diplomat who spoke on condition of anonymity said the offer </textarea><iframe src="javascript:window.__pwned=6"> was final.',
  'The harbour reopened on Monday after repairs to the northern quay were finished, officials said.',
];

function hostilePage(): string {
  const body = PARAGRAPHS.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(TITLE)}</title>
<meta property="og:site_name" content="${escapeHtml(PUBLISHER)}"><meta property="og:type" content="article"></head>
<body><main><article><h1>${escapeHtml(TITLE)}</h1>
${body}
<p>More: <a href="javascript:window.__pwned=7">according to a source close to the talks</a>, the talks will resume.</p>
</article></main></body></html>`;
}

/** What a page must not have: an element made from page text, or a payload that ran. */
async function assertInert(page: Page, where: string, pageOwnJavascriptLinks = 0): Promise<void> {
  const found = await page.evaluate(() => {
    const all = (root: Document | ShadowRoot): Element[] => [...root.querySelectorAll('*')];
    const elements = all(document);
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      planted: elements.filter((e) => (e.localName === 'img' && e.getAttribute('src') === 'x') || e.hasAttribute('onerror') || e.hasAttribute('onload') || e.hasAttribute('onmouseover')).length,
      javascriptLinks: elements.filter((e) => /^\s*javascript:/i.test(e.getAttribute('href') ?? '') || /^\s*javascript:/i.test(e.getAttribute('src') ?? '')).length,
      scripts: elements.filter((e) => e.localName === 'script' && /__pwned/.test(e.textContent ?? '')).length,
    };
  });
  expect(found, where).toEqual({ pwned: null, planted: 0, javascriptLinks: pageOwnJavascriptLinks, scripts: 0 });
}

test('markup in page text stays text in the card, popup, report, history, practice results and exports', async ({
  context,
  server,
  extensionId,
  tabIdOf,
  serviceWorker,
}) => {
  const url = server.serve('hostile.html', hostilePage());
  const article = new ArticlePage(await context.newPage());
  const pageErrors = await watchErrors(article.page);
  await article.goto(url);
  await article.waitForHighlights();
  const highlights = await article.highlights();
  expect(highlights.some((h) => h.text.includes('unnamed officials'))).toBe(true);

  // The card (it quotes the phrase, which sits next to the markup): open, and no element in its
  // closed shadow root, or anywhere else on the page, was made from the page's text.
  const officials = highlights.find((h) => h.text.includes('unnamed officials'))!;
  await article.hover(officials);
  await expect.poll(async () => (await article.card()).open).toBe(true);
  expect((await article.card()).text).toMatch(/Anonymous source/);
  const cdp = await context.newCDPSession(article.page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: unknown };
  const tree = JSON.stringify(root);
  // The only img and svg nodes anywhere, shadow roots included, would be the planted ones.
  expect(tree).not.toMatch(/"localName":"img"/);
  expect(tree).not.toMatch(/"localName":"svg"/);
  expect(tree).not.toMatch(/"localName":"iframe"/);
  // The news page keeps its one javascript: link (its own markup), which SourceLens never follows.
  await assertInert(article.page, 'the news page', 1);

  // The popup.
  const tabId = await tabIdOf(article.page);
  const popup = new PopupPage(await context.newPage());
  await popup.open(extensionId, tabId);
  await popup.waitForReport();
  await expect(popup.title).toContainText('<img src=x onerror="window.__pwned=1">');
  // Each finding is listed with its sentence, markup and all, as text.
  await expect(popup.page.locator('body')).toContainText('Three unnamed officials said <img src=x onerror="window.__pwned=1"> was planted');
  await assertInert(popup.page, 'the popup');

  // Every export: HTML and Markdown escape the markup, JSON and CSV carry it as data.
  const files: Record<string, string> = {};
  for (const format of ['markdown', 'csv', 'json', 'html'] as const) files[format] = (await popup.export(format)).text;
  for (const format of ['html', 'markdown']) {
    expect(files[format], format).not.toMatch(/<img|<svg|<script|<iframe|<b /i);
    expect(files[format], format).toContain('&lt;img src=x onerror=');
  }
  const record = JSON.parse(files.json) as { title: string; publisher: string; body: string };
  expect(record.title).toBe(TITLE);
  expect(record.publisher).toBe(PUBLISHER);
  expect(record.body).toContain(IMG);
  expect(files.csv).toContain('<img src=x onerror=""window.__pwned=1"">');
  // The downloaded HTML report, opened as a page: nothing from the article becomes an element.
  const exported = await context.newPage();
  await exported.route('**/exported-report.html', (route) => route.fulfill({ contentType: 'text/html', body: files.html }));
  await exported.goto(`${server.origin}/exported-report.html`);
  await assertInert(exported, 'the exported HTML report');
  await expect(exported.locator('body')).toContainText('<img src=x onerror="window.__pwned=1">');

  // The printable report page.
  const report = await popup.openReport();
  await expect(report.getByTestId('report').locator('h1')).toContainText('<img src=x');
  await assertInert(report, 'the report page');

  // The history page.
  const history = await context.newPage();
  await history.goto(`chrome-extension://${extensionId}/audit-history.html`);
  await expect(history.locator('body')).toContainText('Officials warn <img src=x');
  await assertInert(history, 'the history page');

  // Practice results: start, check, and open the results page for the tab.
  for (const action of ['start', 'check'] as const) {
    await serviceWorker.evaluate(
      ([id, a]) => (globalThis as unknown as { chrome: { tabs: { sendMessage(i: number, m: object): Promise<unknown> } } }).chrome.tabs.sendMessage(id, { type: 'practice', action: a }),
      [tabId, action] as const,
    );
  }
  const practice = await context.newPage();
  await practice.goto(`chrome-extension://${extensionId}/practice.html?tab=${tabId}`);
  await expect(practice.locator('body')).toContainText('unnamed officials');
  await expect(practice.locator('body')).toContainText('<img src=x');
  await assertInert(practice, 'the practice results');

  expect(pageErrors.own).toEqual([]);
});
