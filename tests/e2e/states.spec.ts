/**
 * The popup's other states, and the options page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, ROOT, test, type Sw } from './fixtures.ts';
import { ArticlePage } from './pages/article-page.ts';
import { OptionsPage } from './pages/options-page.ts';
import { PopupPage } from './pages/popup-page.ts';
import { saveScreenshot } from './support/screenshots.ts';

test.describe('popup states and options', () => {
  test('a page with no article shows the "no article" state and no badge', async ({ context, server, extensionId, tabIdOf, extension }) => {
    const article = new ArticlePage(await context.newPage());
    await article.goto(server.url('/site/no-article.html'));
    const tabId = await tabIdOf(article.page);
    const popup = new PopupPage(await context.newPage());
    await popup.open(extensionId, tabId);
    await expect(popup.status).toHaveAttribute('data-state', 'no-article');
    await expect(popup.page.getByRole('heading', { name: 'No article on this page' })).toBeVisible();
    expect(await article.highlightNames()).toEqual([]);
    expect(await extension.badgeText(tabId)).toBe('');
  });

  test('an article in another language shows "language not supported yet" and no highlights', async ({ context, server, extensionId, tabIdOf, extension }) => {
    const article = new ArticlePage(await context.newPage());
    await article.goto(server.url('/site/german.html'));
    const tabId = await tabIdOf(article.page);
    const popup = new PopupPage(await context.newPage());
    await popup.open(extensionId, tabId);
    await expect(popup.status).toHaveAttribute('data-state', 'unsupported-language');
    await expect(popup.status).toContainText('German');
    expect(await article.highlightNames()).toEqual([]);
    expect(await extension.badgeText(tabId)).toBe('');
  });

  test('on a dark page the highlights use the dark tints', async ({ context, server }) => {
    const html = readFileSync(join(ROOT, 'tests', 'fixtures', 'seed-up-china-russia-cooperation.html'), 'utf8').replace(
      'body{font-family:Georgia,serif;margin:0;color:#222}',
      'body{font-family:Georgia,serif;margin:0;color:#e8e8e8;background:#121212}',
    );
    const article = new ArticlePage(await context.newPage());
    await article.goto(server.serve('dark-reference.html', html));
    await article.waitForHighlights();
    const css = await article.page.evaluate(() =>
      [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
    );
    // The dark palette's anonymous underline (#ff9592), not the light one (#c62a2f).
    expect(css).toMatch(/::highlight\(sourcelens-anonymous\)[^}]*rgb\(255, 149, 146\)/);
    expect(css).not.toContain('rgb(198, 42, 47)');
    await saveScreenshot(article.page, 'annotated-dark-page');
  });

  test("the browser's own pages show the \"page not allowed\" state", async ({ context, extensionId, extension }) => {
    // The profile's first tab, so it is the only tab whose URL the extension may not see.
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('chrome://version/');
    const hidden = (await extension.tabs()).filter((t) => t.url === undefined);
    expect(hidden).toHaveLength(1);
    const popup = new PopupPage(await context.newPage());
    await popup.open(extensionId, hidden[0].id!);
    await expect(popup.status).toHaveAttribute('data-state', 'not-allowed');
    await expect(popup.tabSwitch).toBeDisabled();
  });

  test('changing the palette in options restyles the open page live', async ({ context, server, extensionId }) => {
    const article = new ArticlePage(await context.newPage());
    await article.goto(server.url('/fixtures/seed-up-china-russia-cooperation.html'));
    await article.waitForHighlights();
    const sheetText = () =>
      article.page.evaluate(() => [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'));
    expect(await sheetText()).toContain('::highlight(sourcelens-anonymous)');
    expect(await sheetText()).not.toContain('rgb(255, 255, 0)');

    const options = new OptionsPage(await context.newPage());
    await options.open(extensionId);
    await options.palette(/High contrast/).check();
    await expect.poll(sheetText).toContain('rgb(255, 255, 0)');
    await expect(options.shortcuts.first()).toContainText('Alt+Shift+S');

    // Hiding a category in options removes its highlight from the page.
    await options.category(/Hedges/).uncheck();
    await expect.poll(() => article.highlightNames()).not.toContain('sourcelens-hedge');
    await options.reset.click();
    await expect.poll(() => article.highlightNames()).toContain('sourcelens-hedge');
  });

  test('a chosen automatic site whose access is granted gets the registered content script, until removed', async ({ context, server, extensionId, extension }) => {
    const registered = () => extension.registeredScripts();
    expect(await registered()).toEqual([]);
    // The e2e build already holds access to the test server, so no permission prompt is needed;
    // what is tested is the path from the stored choice to the registration.
    const options = new OptionsPage(await context.newPage());
    await options.open(extensionId);
    const setSites = (patterns: string[]) =>
      options.page.evaluate((p) => (globalThis as unknown as Sw).chrome.storage.sync.set({ autoSites: { patterns: p } }), patterns);
    await setSites(['http://127.0.0.1/*', '*://not-granted.example/*']);
    await expect.poll(registered).toEqual([expect.objectContaining({ id: 'sourcelens-auto', matches: ['http://127.0.0.1/*'] })]);
    await expect(options.page.locator('.sites li')).toHaveCount(2);
    await expect(options.page.locator('.sites li', { hasText: 'not-granted.example' })).toContainText('not allowed yet');

    // Registered and manifest scripts both run on this page: one SourceLens stays alive (two
    // would each answer the pointer with a card of their own).
    const article = new ArticlePage(await context.newPage());
    await article.goto(server.url('/fixtures/seed-up-china-russia-cooperation.html'));
    await article.waitForHighlights();
    await article.page.waitForTimeout(500);
    await article.hover((await article.highlights())[0]);
    await expect.poll(async () => (await article.card()).open).toBe(true);
    expect(await article.page.locator('sourcelens-card').count()).toBe(1);

    await setSites([]);
    await expect.poll(registered).toEqual([]);
  });
});
