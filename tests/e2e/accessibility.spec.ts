/**
 * The popup and the options page with axe-core (WCAG 2 A/AA rules), and the popup used with the
 * keyboard alone.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { ArticlePage } from './pages/article-page.ts';
import { OptionsPage } from './pages/options-page.ts';
import { PopupPage } from './pages/popup-page.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function summary(violations: { id: string; nodes: { target: unknown }[] }[]): string[] {
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
}

test.describe('accessibility', () => {
  test('the popup with a report has no axe violations and works from the keyboard', async ({ context, server, extensionId, tabIdOf }) => {
    const article = new ArticlePage(await context.newPage());
    await article.goto(server.url('/fixtures/seed-up-china-russia-cooperation.html'));
    await article.waitForHighlights();
    const popup = new PopupPage(await context.newPage());
    await popup.open(extensionId, await tabIdOf(article.page));
    await popup.waitForReport();

    const results = await new AxeBuilder({ page: popup.page }).withTags(WCAG).analyze();
    expect(summary(results.violations)).toEqual([]);

    // Tab order starts at the switch, reaches the category toggles, then the findings.
    await popup.page.keyboard.press('Tab');
    await expect(popup.tabSwitch).toBeFocused();
    const order: string[] = [];
    for (let i = 0; i < 12; i++) {
      await popup.page.keyboard.press('Tab');
      order.push(
        await popup.page.evaluate(() => {
          const el = document.activeElement!;
          return `${el.localName}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''}${el.className ? `.${el.className}` : ''}`;
        }),
      );
    }
    // The chain's links (if any) come first, then the category toggles, then the findings.
    const firstToggle = order.indexOf('input[checkbox]');
    expect(order.slice(0, firstToggle).every((d) => d === 'a')).toBe(true);
    expect(order.slice(firstToggle, firstToggle + 4)).toEqual(Array(4).fill('input[checkbox]'));
    expect(order[firstToggle + 4]).toBe('button[button].finding');

    // A finding activated with Enter reveals it on the page.
    const first = popup.findings.first();
    await first.focus();
    await popup.page.keyboard.press('Enter');
    await expect.poll(() => article.focusedText()).toBe(await first.locator('mark').textContent());

    // Focus is visible: the focused control draws an outline.
    const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
  });

  test('the options page has no axe violations', async ({ context, extensionId }) => {
    const options = new OptionsPage(await context.newPage());
    await options.open(extensionId);
    await expect(options.shortcuts.first()).toBeVisible();
    const results = await new AxeBuilder({ page: options.page }).withTags(WCAG).analyze();
    expect(summary(results.violations)).toEqual([]);
  });
});
