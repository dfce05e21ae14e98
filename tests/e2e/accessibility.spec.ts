/**
 * Accessibility (WCAG 2.2 A/AA rules of axe-core): every extension page, the annotated reference
 * page, and the injected card and practice toolbar; the popup used with the keyboard alone; the
 * interface in Ukrainian. Exports, history and practice results are checked in their own specs.
 */
import AxeBuilder from '@axe-core/playwright';
import { rmSync } from 'node:fs';
import { expect, extensionIdOf, launchWithExtension, newProfile, test } from './fixtures.ts';
import { ArticlePage } from './pages/article-page.ts';
import { OptionsPage } from './pages/options-page.ts';
import { PopupPage } from './pages/popup-page.ts';
import { componentGallery } from './support/bundled-page.ts';
import type { WorkerGlobals } from './support/worker-globals.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const REFERENCE = '/fixtures/seed-up-china-russia-cooperation.html';

type Violation = { id: string; impact?: string | null; nodes: { target: unknown }[] };

function summary(violations: Violation[]): string[] {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
}

function serious(violations: Violation[]): string[] {
  return summary(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'));
}

test.describe('accessibility', () => {
  test('the popup with a report has no axe violations and works from the keyboard', async ({ context, server, extensionId, tabIdOf }) => {
    const article = new ArticlePage(await context.newPage());
    await article.goto(server.url(REFERENCE));
    await article.waitForHighlights();
    const popup = new PopupPage(await context.newPage());
    await popup.open(extensionId, await tabIdOf(article.page));
    await popup.waitForReport();

    const results = await new AxeBuilder({ page: popup.page }).withTags(WCAG).analyze();
    expect(summary(results.violations)).toEqual([]);

    // Tab order: the switch, practice, the chain's links (if any), the category toggles, then each
    // finding followed by its note button, then the article's note and the exports.
    await popup.page.keyboard.press('Tab');
    await expect(popup.tabSwitch).toBeFocused();
    const order: string[] = [];
    for (let i = 0; i < 16; i++) {
      await popup.page.keyboard.press('Tab');
      order.push(
        await popup.page.evaluate(() => {
          const el = document.activeElement!;
          return `${el.localName}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''}${el.className ? `.${el.className}` : ''}`;
        }),
      );
    }
    expect(order[0]).toBe('button[button].primary');
    const firstToggle = order.indexOf('input[checkbox]');
    expect(order.slice(1, firstToggle).every((d) => d === 'a')).toBe(true);
    expect(order.slice(firstToggle, firstToggle + 4)).toEqual(Array(4).fill('input[checkbox]'));
    expect(order.slice(firstToggle + 4, firstToggle + 8)).toEqual([
      'button[button].finding',
      'button[button].note-toggle',
      'button[button].finding',
      'button[button].note-toggle',
    ]);

    // A finding activated with Enter reveals it on the page.
    const first = popup.findings.first();
    await first.focus();
    await popup.page.keyboard.press('Enter');
    await expect.poll(() => article.focusedText()).toBe(await first.locator('mark').textContent());

    // Focus is visible: the focused control draws an outline.
    const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');

    // A note is written from the keyboard: Enter opens the field, which takes the focus.
    await popup.page.keyboard.press('Tab');
    await popup.page.keyboard.press('Enter');
    await expect(popup.page.getByLabel('Your note on this phrase')).toBeFocused();
    expect(summary((await new AxeBuilder({ page: popup.page }).withTags(WCAG).analyze()).violations)).toEqual([]);
    // And in the browser's dark scheme.
    await popup.page.emulateMedia({ colorScheme: 'dark' });
    expect(summary((await new AxeBuilder({ page: popup.page }).withTags(WCAG).analyze()).violations)).toEqual([]);
  });

  test('the options page has no axe violations', async ({ context, extensionId }) => {
    const options = new OptionsPage(await context.newPage());
    await options.open(extensionId);
    await expect(options.shortcuts.first()).toBeVisible();
    const results = await new AxeBuilder({ page: options.page }).withTags(WCAG).analyze();
    expect(summary(results.violations)).toEqual([]);
    await options.page.emulateMedia({ colorScheme: 'dark' });
    expect(summary((await new AxeBuilder({ page: options.page }).withTags(WCAG).analyze()).violations)).toEqual([]);
  });

  test('annotating the reference page, card open, adds no serious or critical axe violation', async ({ context, server, extension, tabIdOf, serviceWorker }) => {
    const article = new ArticlePage(await context.newPage());
    await article.goto(server.url(REFERENCE));
    await article.waitForHighlights();
    await article.page.locator('body').click({ position: { x: 2, y: 2 } });
    await article.pressNext();
    await expect.poll(async () => (await article.card()).open).toBe(true);
    const annotated = serious((await new AxeBuilder({ page: article.page }).withTags(WCAG).analyze()).violations);

    // The same page with SourceLens switched off: what the page itself brings.
    const tabId = await tabIdOf(article.page);
    await serviceWorker.evaluate(
      (id) => (globalThis as unknown as WorkerGlobals).chrome.tabs.sendMessage(id, { type: 'deactivate' }),
      tabId,
    );
    await expect.poll(() => article.highlightNames()).toEqual([]);
    expect(await extension.badgeText(tabId)).toBe('');
    const own = serious((await new AxeBuilder({ page: article.page }).withTags(WCAG).analyze()).violations);
    expect(annotated).toEqual(own);
    // The saved page's own styling: its date line is grey on white (a copy of the real site's CSS).
    expect(own).toEqual(['color-contrast (serious): [".post__time"]']);
  });

  test('the card and the practice toolbar have no axe violations', async ({ context, server }) => {
    // On a page they sit in closed shadow roots, out of axe's reach: here they are drawn in open ones.
    const page = await context.newPage();
    await page.goto(server.serve('components.html', await componentGallery()));
    await expect(page.locator('[data-gallery="toolbar-checked"]')).toHaveCount(1);
    const text = await page.evaluate(() =>
      [...document.querySelectorAll('[data-gallery]')].map((h) => h.shadowRoot!.textContent!.replace(/\s+/g, ' ')),
    );
    expect(text[0]).toContain('Does the story say why anonymity was granted?');
    expect(text[1]).toContain('Anonymous sourceSecondhand reportHedge');
    expect(text[1]).toContain('Check my marks');
    expect(text[2]).toContain('You found 1 of the 1 phrase SourceLens flagged; 1 of your 2 marks matches.');
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(summary(results.violations)).toEqual([]);
  });

  test('in Ukrainian: the manifest, the popup and the options page speak Ukrainian and pass axe', async ({ server }) => {
    const profile = newProfile();
    const context = await launchWithExtension(profile, { lang: 'uk' });
    try {
      const id = await extensionIdOf(context);
      const worker = context.serviceWorkers()[0];
      const manifest = await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string; description: string } } } }).chrome.runtime.getManifest());
      // The manifest is localised by the browser at install; the raw fields point at messages.
      expect(manifest.description).toMatch(/^(__MSG_description__|Показує, звідки)/);

      const url = server.url(REFERENCE);
      const article = new ArticlePage(await context.newPage());
      await article.goto(url);
      await article.waitForHighlights();
      const tabs = await worker.evaluate(() => (globalThis as unknown as WorkerGlobals).chrome.tabs.query({}));
      const popup = new PopupPage(await context.newPage());
      await popup.open(id, tabs.find((t) => t.url === url)!.id!);
      await popup.waitForReport();
      expect(await popup.page.evaluate(() => document.documentElement.lang)).toBe('uk');
      await expect(popup.page.getByRole('heading', { name: 'Прозорість' })).toBeVisible();
      await expect(popup.tabSwitch).toHaveText('Виділення на цій вкладці: увімкнено');
      await expect(popup.page.getByRole('button', { name: 'Звіт для друку' })).toBeVisible();
      // The engine's words stay English, and say so.
      await expect(popup.page.locator('.rating-reason')).toHaveAttribute('lang', 'en');
      expect(summary((await new AxeBuilder({ page: popup.page }).withTags(WCAG).analyze()).violations)).toEqual([]);

      const options = await context.newPage();
      await options.goto(`chrome-extension://${id}/options.html`);
      await expect(options.getByRole('heading', { level: 1 })).toHaveText('Налаштування SourceLens');
      await expect(options.locator('table.shortcuts tbody tr').first()).toBeVisible();
      expect(summary((await new AxeBuilder({ page: options }).withTags(WCAG).analyze()).violations)).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
