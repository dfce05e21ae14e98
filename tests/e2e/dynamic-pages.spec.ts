/**
 * Pages that change after load: a story that arrives late, single-page-app navigation, and a
 * second injection into a page that is already annotated.
 */
import { expect, test } from './fixtures.ts';
import { ArticlePage } from './pages/article-page.ts';
import { fold } from './support/cli.ts';

async function articleText(article: ArticlePage): Promise<string> {
  return article.page.evaluate(() => document.querySelector('article')?.textContent ?? '');
}

test.describe('dynamic pages', () => {
  test('a story that loads after the page is annotated, and SPA navigation re-annotates', async ({ context, server }) => {
    const article = new ArticlePage(await context.newPage());
    await article.goto(server.url('/spa/first'));
    await article.waitForHighlights();
    const first = await article.highlights();
    const firstText = fold(await articleText(article));
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((h) => h.inArticle && firstText.includes(fold(h.text)))).toBe(true);

    await article.page.click('#next');
    await expect(article.page).toHaveURL(/\/spa\/second$/);
    await expect(article.page.locator('article h1')).toHaveText(/Ferry contract/);
    const secondText = fold(await articleText(article));
    await expect
      .poll(async () => {
        const now = await article.highlights();
        return now.length > 0 && now.every((h) => h.inArticle && secondText.includes(fold(h.text)));
      })
      .toBe(true);
    const second = await article.highlights();
    // Nothing of the first story is still drawn (its nodes are gone), and the new story is.
    expect(second.map((h) => h.text)).not.toEqual(first.map((h) => h.text));
    expect(second.every((h) => h.rect !== null)).toBe(true);
  });

  test('injecting the content script again does not annotate the page twice', async ({ context, server, extension, tabIdOf }) => {
    const article = new ArticlePage(await context.newPage());
    await article.goto(server.url('/fixtures/seed-up-china-russia-cooperation.html'));
    await article.waitForHighlights();
    const before = await article.highlights();
    const tabId = await tabIdOf(article.page);
    await extension.inject(tabId);
    await article.page.waitForTimeout(300);
    await article.waitForHighlights();
    const after = await article.highlights();
    expect(after.map((h) => `${h.category}:${h.text}`).sort()).toEqual(before.map((h) => `${h.category}:${h.text}`).sort());
    // One card host at most, whatever the number of injections.
    await article.hover(after[0]);
    await expect.poll(async () => (await article.card()).open).toBe(true);
    expect(await article.page.locator('sourcelens-card').count()).toBe(1);
  });
});

test('an extension update leaves nothing behind on open pages', async ({ context, server, serviceWorker }) => {
  const article = new ArticlePage(await context.newPage());
  await article.goto(server.url('/fixtures/seed-up-china-russia-cooperation.html'));
  await article.waitForHighlights();
  await article.hover((await article.highlights())[0]);
  await expect.poll(async () => (await article.card()).open).toBe(true);
  // Reloading the extension is what an update does to the scripts already in a page.
  await serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload());
  await expect.poll(() => article.highlightNames(), { timeout: 8_000 }).toEqual([]);
  expect((await article.card()).present).toBe(false);
  expect(await article.page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
});
