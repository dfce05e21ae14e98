/**
 * Exports and the pages built on them: each format downloaded from the popup is byte for byte
 * what the command-line audit prints for the same page and audit date; the printable report page
 * shows that report, sanitised, styled under the strict CSP, without its actions in print; the
 * history lists audited articles without their text, searches them and deletes them.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditHtml } from '../../cli/audit-html.ts';
import { toHtml } from '../../report/html.ts';
import { expect, ROOT, test } from './fixtures.ts';
import { ArticlePage } from './pages/article-page.ts';
import { PopupPage } from './pages/popup-page.ts';
import { cliAvailable, cliReport } from './support/cli.ts';
import { bundledPage } from './support/bundled-page.ts';
import { saveScreenshot } from './support/screenshots.ts';

const REFERENCE = '/fixtures/seed-up-china-russia-cooperation.html';
const FORMATS = ['markdown', 'csv', 'json', 'html'] as const;
const EXTENSION = { markdown: 'md', csv: 'csv', json: 'json', html: 'html' };
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface StoredEntry {
  id: string;
  url: string;
  auditedAt: string;
  record: { title: string; body: string; findings: { category: string; sentence: string }[] };
}

function serious(violations: { id: string; impact?: string | null; nodes: { target: unknown }[] }[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
}

test('the popup exports each format exactly as the CLI prints it, and the printable report page shows it', async ({
  context,
  server,
  extensionId,
  tabIdOf,
  extension,
}) => {
  test.skip(!cliAvailable(), 'bin/sourcelens.mjs is not there yet');
  const cspErrors: string[] = [];
  context.on('console', (m) => /Content Security Policy/i.test(m.text()) && cspErrors.push(m.text()));
  const url = server.url(REFERENCE);
  const article = new ArticlePage(await context.newPage());
  await article.goto(url);
  await article.waitForHighlights();

  // The audit date the extension recorded (its history entry); the CLI is given the same date.
  await expect.poll(async () => (await extension.localStorage<StoredEntry[]>('history'))?.length ?? 0).toBe(1);
  const [entry] = (await extension.localStorage<StoredEntry[]>('history'))!;
  expect(Number.isNaN(Date.parse(entry.auditedAt))).toBe(false);
  const expected = await Promise.all(FORMATS.map((format) => cliReport(format, entry.auditedAt, url)));

  const popup = new PopupPage(await context.newPage());
  await popup.open(extensionId, await tabIdOf(article.page));
  await popup.waitForReport();
  for (const [i, format] of FORMATS.entries()) {
    const file = await popup.export(format);
    expect(file.text, `${format} export`).toBe(expected[i]);
    expect(file.filename).toMatch(new RegExp(`^sourcelens-us-concerned-about-growing-cooperation-[a-z0-9-]+\\.${EXTENSION[format]}$`));
  }
  await expect(popup.page.getByRole('status').filter({ hasText: 'Saved sourcelens-' })).toBeVisible();
  const record = JSON.parse(expected[FORMATS.indexOf('json')]) as { findings: { category: string }[] };
  // CSV: a header and one row per finding (no field here spans lines).
  expect(expected[FORMATS.indexOf('csv')].trimEnd().split('\r\n')).toHaveLength(record.findings.length + 1);

  const report = await popup.openReport();
  const content = report.getByTestId('report');
  await expect(content.locator('h1')).toHaveText('US concerned about growing cooperation between China and Russia');
  const flagged = record.findings.filter((f) => f.category !== 'named').length;
  await expect(content.locator('section.finding')).toHaveCount(flagged);
  await expect(content).toContainText('How the rating works');
  await expect(content.locator('ol.chain li').first()).toHaveText(
    'three unnamed officials→Financial Times→European Pravda→Ukrainska Pravda (this page)',
  );
  await expect(content).toContainText('Ask: Who is the source, as far as the story tells you?');
  // The report's own style sheet applies (adopted, since the CSP allows no inline styles) ...
  expect(await content.locator('section.finding').first().evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe('4px');
  // ... and the page's actions are not printed.
  const actions = report.getByRole('button', { name: 'Print or save as PDF' });
  await expect(actions).toBeVisible();
  await report.emulateMedia({ media: 'print' });
  await expect(actions).toBeHidden();
  await expect(content.locator('h1')).toBeVisible();
  await report.emulateMedia({ media: 'screen' });
  await saveScreenshot(report, 'report-page');
  expect(serious((await new AxeBuilder({ page: report }).withTags(WCAG).analyze()).violations)).toEqual([]);
  expect(await content.locator('script, style, [onerror], [onclick]').count()).toBe(0);
  expect(cspErrors).toEqual([]);
});

test('the history lists audited articles without their text, searches them, and deletes them', async ({
  context,
  server,
  extensionId,
  extension,
}) => {
  const article = new ArticlePage(await context.newPage());
  await article.goto(server.url(REFERENCE));
  await article.waitForHighlights();
  await article.goto(server.url('/fixtures/extract/standfirst.html'));
  await expect.poll(async () => (await extension.localStorage<StoredEntry[]>('history'))?.length ?? 0).toBe(2);

  // Stored: the findings' sentences, not the article's text.
  const stored = (await extension.localStorage<StoredEntry[]>('history'))!;
  const reference = stored.find((e) => e.url.endsWith(REFERENCE))!;
  expect(reference.record.body).toBe('');
  const kept = JSON.stringify(stored);
  expect(kept).toContain('According to three unnamed officials');
  // Sentences of the reference article with no finding in them are not kept.
  expect(kept).not.toContain('US-based companies which supply the Russian Federation');
  expect(kept).not.toContain('Beijing has threatened to boycott such meetings');

  const history = await context.newPage();
  await history.goto(`chrome-extension://${extensionId}/audit-history.html`);
  const entries = history.locator('li.entry');
  await expect(entries).toHaveCount(2);
  // Newest first.
  await expect(entries.first().locator('h2')).toHaveText('Water company fined over river spills');
  const first = entries.nth(1);
  await expect(first.locator('h2 a')).toHaveAttribute('href', reference.url);
  await expect(first.getByTestId('history-publisher')).toHaveText('Ukrainska Pravda');
  await expect(first.getByTestId('history-count-anonymous')).toHaveText(
    String(reference.record.findings.filter((f) => f.category === 'anonymous').length),
  );
  await expect(first.locator('dl')).toContainText(/Transparency\S.*\(\d+\/100\)/);
  await expect(first).toContainText('audited');
  expect(serious((await new AxeBuilder({ page: history }).withTags(WCAG).analyze()).violations)).toEqual([]);

  const search = history.getByLabel('Search titles, publishers and phrases');
  await search.fill('unnamed officials');
  await expect(entries).toHaveCount(1);
  await expect(history.getByTestId('history-status')).toHaveText('1 of 2 articles matches the search');
  await search.fill('pravda china');
  await expect(entries).toHaveCount(1);
  await search.fill('nothing like this');
  await expect(entries).toHaveCount(0);
  await search.fill('');

  // The report of an entry opens from the history, with the stored audit.
  const [report] = await Promise.all([
    context.waitForEvent('page'),
    history.getByRole('button', { name: 'Report on “US concerned about growing cooperation between China and Russia”' }).click(),
  ]);
  await expect(report.getByTestId('report').locator('h1')).toHaveText('US concerned about growing cooperation between China and Russia');
  await expect(report.getByTestId('report').locator('dd', { hasText: reference.auditedAt })).toHaveCount(1);
  await report.close();

  await history.getByRole('button', { name: 'Delete “Water company fined over river spills” and its notes' }).click();
  await expect(entries).toHaveCount(1);
  await expect(history.getByRole('status')).toHaveText('Deleted “Water company fined over river spills”.');
  await expect(search).toBeFocused();
  await history.getByRole('button', { name: 'Delete all…' }).click();
  await history.getByRole('button', { name: 'Yes, delete 1 article and every note' }).click();
  await expect(entries).toHaveCount(0);
  await expect.poll(async () => (await extension.localStorage<StoredEntry[]>('history')) ?? []).toEqual([]);
});

test('the report page\'s sanitiser, in Chromium: page text stays text, and nothing that could run is kept', async ({ context, server }) => {
  const entry = `
    import { sanitizeReport } from '${ROOT}/utils/safe-report.ts';
    window.sanitize = (html) => {
      const safe = sanitizeReport(html);
      const box = document.createElement('div');
      box.append(safe.body);
      const risky = box.querySelectorAll('img, script, style, iframe, [onerror], [onclick], [href^="javascript"]').length;
      return { html: box.innerHTML, text: box.textContent, risky, css: safe.css, lang: safe.lang };
    };`;
  const page = await context.newPage();
  await page.goto(server.serve('sanitizer.html', await bundledPage(entry, 'sanitizer')));
  type Safe = { html: string; text: string; risky: number; css: string; lang: string };
  const sanitize = (html: string) => page.evaluate((h) => (window as unknown as { sanitize(h: string): Safe }).sanitize(h), html);

  // A report whose page text is hostile: it is escaped by the report, then sanitised.
  const html = readFileSync(join(ROOT, 'tests', 'fixtures', 'seed-up-china-russia-cooperation.html'), 'utf8');
  const record = auditHtml('https://example.org/x', html, 'https://example.org/x');
  const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script></blockquote><a href="javascript:alert(3)">x</a>';
  const report = toHtml(
    { ...record, title: `Headline ${hostile}`, findings: record.findings.map((f, i) => (i === 0 ? { ...f, sentence: hostile } : f)) },
    { auditedAt: '2025-01-01T00:00:00.000Z', notes: { article: hostile, findings: {} } },
  );
  const safe = await sanitize(report);
  expect(safe.text).toContain(`Headline ${hostile}`);
  expect(safe.risky).toBe(0);
  expect(safe.html).toContain('<h1>Headline &lt;img src=x onerror="alert(1)"&gt;&lt;script&gt;');
  expect(safe.css).toContain('@media print');
  expect(safe.lang).toBe('en');

  // Markup that did not come from the report builder is cleaned too.
  const raw = await sanitize(
    '<html lang="x-evil"><head><style>body{color:red}</style></head><body><p onclick="x()">Hi</p><script>x()</script>' +
      '<style>p{}</style><iframe src="https://example.org"></iframe><a href="javascript:x()">a</a><svg><script>x()</script></svg></body></html>',
  );
  expect(raw.html).toBe('<p>Hi</p><a>a</a><svg></svg>');
  expect(raw.css).toBe('body{color:red}');
  expect(raw.lang).toBe('en');
});

test('with the history turned off in the options, audits are not added; turned on again, they are', async ({
  context,
  server,
  extensionId,
  extension,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const keep = options.getByLabel('Keep a history of the articles I audit');
  await expect(keep).toBeChecked();
  await keep.uncheck();

  const article = new ArticlePage(await context.newPage());
  await article.goto(server.url(REFERENCE));
  await article.waitForHighlights();
  await article.page.waitForFunction(() => performance.getEntriesByName('sourcelens:settled').length > 0);
  // The audit is reported to the background as the run settles; give it time to be (not) stored.
  await article.page.waitForTimeout(500);
  expect((await extension.localStorage<StoredEntry[]>('history')) ?? []).toEqual([]);

  await options.bringToFront();
  await keep.check();
  await article.goto(server.url('/fixtures/extract/standfirst.html'));
  // The background records audits one at a time, in order: once the second page's entry is
  // there, the first page's would have been too.
  await expect.poll(async () => (await extension.localStorage<StoredEntry[]>('history'))?.length ?? 0).toBe(1);
  const [entry] = (await extension.localStorage<StoredEntry[]>('history'))!;
  expect(entry.url).toContain('/fixtures/extract/standfirst.html');
});
