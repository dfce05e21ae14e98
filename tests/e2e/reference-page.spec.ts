/**
 * The reference page (a Ukrainska Pravda item relaying the Financial Times via European Pravda):
 * what the extension draws must be exactly what the command-line audit finds, never anything in
 * the sidebar, and everything must come off again without a trace.
 */
import { join } from 'node:path';
import { expect, ROOT, test } from './fixtures.ts';
import { ArticlePage } from './pages/article-page.ts';
import { PopupPage } from './pages/popup-page.ts';
import { auditWithCli, cliAvailable, fold, keyed } from './support/cli.ts';
import { saveScreenshot } from './support/screenshots.ts';

const REFERENCE = 'seed-up-china-russia-cooperation.html';
const REFERENCE_FILE = join(ROOT, 'tests', 'fixtures', REFERENCE);
const FLAGGED = new Set(['anonymous', 'secondhand', 'hedge']);

test.describe('reference page', () => {
  test('highlights are exactly the CLI findings, and none is in the sidebar', async ({ context, server }) => {
    test.skip(!cliAvailable(), 'bin/sourcelens.mjs is not there yet');
    // SourceLens itself requests nothing: every request is the test page's or the extension's own.
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const expected = auditWithCli(REFERENCE_FILE).filter((f) => FLAGGED.has(f.category));
    expect(expected.length).toBeGreaterThan(0);

    const article = new ArticlePage(await context.newPage());
    await article.goto(server.url(`/fixtures/${REFERENCE}`));
    await article.waitForHighlights();
    const drawn = await article.highlights();

    expect(keyed(drawn)).toEqual(keyed(expected));
    expect(drawn.filter((h) => h.inAside)).toEqual([]);
    expect(drawn.every((h) => h.inArticle)).toBe(true);
    // The sidebar's decoys stay unflagged.
    const texts = drawn.map((h) => fold(h.text).toLowerCase());
    expect(texts).not.toContain('sources say');
    expect(drawn.some((h) => h.text === 'Reportedly')).toBe(false);
    expect(await article.highlightNames()).toEqual(
      [...new Set(drawn.map((h) => `sourcelens-${h.category}`))].sort(),
    );
    await saveScreenshot(article.page, 'annotated-page', { readme: true });
    const foreign = requests.filter((u) => !u.startsWith(server.origin) && !/^(chrome-extension|data|about):/.test(u));
    expect(foreign).toEqual([]);
  });

  test('the badge shows the number of flagged phrases', async ({ context, server, extension, tabIdOf }) => {
    const article = new ArticlePage(await context.newPage());
    await article.goto(server.url(`/fixtures/${REFERENCE}`));
    await article.waitForHighlights();
    const drawn = await article.highlights();
    const tabId = await tabIdOf(article.page);
    await expect
      .poll(() => extension.badgeText(tabId))
      .toBe(String(drawn.length));
    if (cliAvailable()) {
      const flagged = auditWithCli(REFERENCE_FILE).filter((f) => FLAGGED.has(f.category)).length;
      expect(await extension.badgeText(tabId)).toBe(String(flagged));
    }
  });

  test('the popup shows the article, its sourcing chain and its findings', async ({ context, server, extensionId, tabIdOf }) => {
    const article = new ArticlePage(await context.newPage());
    await article.goto(server.url(`/fixtures/${REFERENCE}`));
    await article.waitForHighlights();
    const drawn = await article.highlights();

    const popup = new PopupPage(await context.newPage());
    await popup.open(extensionId, await tabIdOf(article.page));
    await popup.waitForReport();
    await expect(popup.title).toHaveText('US concerned about growing cooperation between China and Russia');
    await expect(popup.publisher).toHaveText('Ukrainska Pravda');
    const chains = await popup.chains();
    expect(chains.some((c) => c.includes('Financial Times → European Pravda → Ukrainska Pravda'))).toBe(true);
    await expect(popup.findings).toHaveCount(drawn.length);
    expect(await popup.count('anonymous')).toBe(drawn.filter((h) => h.category === 'anonymous').length);
    await expect(popup.tabSwitch).toHaveAttribute('aria-checked', 'true');
    await saveScreenshot(popup.page, 'popup', { readme: true, fullPage: true });
  });

  test('clicking a finding in the popup scrolls the page to it and flashes it', async ({ context, server, extensionId, tabIdOf }) => {
    const article = new ArticlePage(await context.newPage());
    await article.goto(server.url(`/fixtures/${REFERENCE}`));
    await article.waitForHighlights();
    const popup = new PopupPage(await context.newPage());
    await popup.open(extensionId, await tabIdOf(article.page));
    await popup.waitForReport();

    const last = popup.findings.last();
    const sentence = await last.locator('mark').textContent();
    await last.click();
    await expect.poll(() => article.focusedText()).toBe(sentence);
    const flashed = await article.page.evaluate(() => {
      const h = CSS.highlights.get('sourcelens-flash') as unknown as Set<Range> | undefined;
      return h ? [...h].map((r) => r.toString()) : [];
    });
    expect(flashed).toEqual([sentence]);
    const inView = await article.page.evaluate(() => {
      const h = CSS.highlights.get('sourcelens-focus') as unknown as Set<Range>;
      const rect = [...h][0].getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
  });

  test('the card opens on hover and explains the finding', async ({ context, server }) => {
    const article = new ArticlePage(await context.newPage());
    await article.goto(server.url(`/fixtures/${REFERENCE}`));
    await article.waitForHighlights();
    const anonymous = (await article.highlights()).find((h) => h.category === 'anonymous');
    expect(anonymous).toBeDefined();
    expect((await article.card()).open).toBe(false);

    await article.hover(anonymous!);
    await expect.poll(async () => (await article.card()).open).toBe(true);
    const card = await article.card();
    expect(card.text).toContain('Anonymous source — the reader cannot check who said this.');
    expect(card.text).toContain(fold(anonymous!.text));
    // The questions are the reports' own (report/guidance.ts), not a second wording.
    expect(card.text).toContain('Ask: Who is the source, as far as the story tells you? How would they know?');
    expect(card.text).toContain('Does the story say why anonymity was granted?');

    // Moving away closes it.
    await article.page.mouse.move(5, 5);
    await expect.poll(async () => (await article.card()).open).toBe(false);
  });

  test('keyboard: the next-finding key focuses a phrase and shows its card; Escape closes it', async ({ context, server }) => {
    const article = new ArticlePage(await context.newPage());
    await article.goto(server.url(`/fixtures/${REFERENCE}`));
    await article.waitForHighlights();
    const drawn = await article.highlights();
    // Reading order: the first highlight in the document.
    const first = [...drawn].sort((a, b) => a.rect!.y - b.rect!.y || a.rect!.x - b.rect!.x)[0];

    await article.page.locator('body').click({ position: { x: 2, y: 2 } });
    await article.pressNext();
    await expect.poll(() => article.focusedText()).toBe(first.text);
    await expect.poll(async () => (await article.card()).open).toBe(true);
    const card = await article.card();
    expect(card.text).toContain(fold(first.text));
    expect(card.text).toContain(`1 of ${drawn.length}`);

    await article.pressNext();
    await expect.poll(() => article.focusedText()).not.toBe(first.text);
    expect((await article.card()).text).toContain(`2 of ${drawn.length}`);

    await article.pressEscape();
    await expect.poll(async () => (await article.card()).open).toBe(false);
    expect(await article.focusedText()).toBeNull();
  });

  test('switching off removes every highlight and card and leaves the DOM exactly as it was', async ({ context, server, extensionId, tabIdOf }) => {
    const page = await context.newPage();
    // Captured by the page's own world before SourceLens runs (it runs at document_idle).
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __before: string }).__before = document.documentElement.outerHTML;
      });
    });
    const article = new ArticlePage(page);
    await article.goto(server.url(`/fixtures/${REFERENCE}`));
    await article.waitForHighlights();
    // Use the card both ways, so there is something to take away.
    const some = (await article.highlights())[0];
    await article.hover(some);
    await expect.poll(async () => (await article.card()).open).toBe(true);
    await article.pressNext();

    const popup = new PopupPage(await context.newPage());
    await popup.open(extensionId, await tabIdOf(page));
    await popup.waitForReport();
    await popup.tabSwitch.click();
    await expect(popup.tabSwitch).toHaveAttribute('aria-checked', 'false');
    await expect(popup.status).toContainText('off');

    expect(await article.highlightNames()).toEqual([]);
    expect((await article.card()).present).toBe(false);
    const before = await page.evaluate(() => (window as unknown as { __before: string }).__before);
    expect(await article.outerHTML()).toBe(before);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);

    // And on again.
    await popup.tabSwitch.click();
    await expect(popup.tabSwitch).toHaveAttribute('aria-checked', 'true');
    await article.waitForHighlights();
  });
});
