/**
 * Practice mode from the first mark to the score: the findings are hidden, the student selects
 * words and marks them (from the keyboard, and with the toolbar's buttons), checks, sees the score
 * in plain words, SourceLens's findings beside the marks, and the results page with explanations.
 */
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { expect, ROOT, test } from './fixtures.ts';
import { ArticlePage, PracticeToolbar, selectText } from './pages/article-page.ts';
import { PopupPage } from './pages/popup-page.ts';
import { auditWithCli, cliAvailable } from './support/cli.ts';
import { saveScreenshot } from './support/screenshots.ts';

const REFERENCE = 'seed-up-china-russia-cooperation.html';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('practice mode: mark phrases, check, and see the score and the results', async ({ context, server, extensionId, tabIdOf, extension }) => {
  test.skip(!cliAvailable(), 'bin/sourcelens.mjs is not there yet');
  const flagged = auditWithCli(join(ROOT, 'tests', 'fixtures', REFERENCE)).filter((f) => f.category !== 'named').length;
  const article = new ArticlePage(await context.newPage());
  await article.goto(server.url(`/fixtures/${REFERENCE}`));
  await article.waitForHighlights();
  const tabId = await tabIdOf(article.page);
  const popup = new PopupPage(await context.newPage());
  await popup.open(extensionId, tabId);
  await popup.waitForReport();

  await popup.practiceButton('Start practice').click();
  // The answers are hidden: no highlights on the page, no findings or counts in the popup.
  await expect.poll(() => article.highlightNames()).toEqual([]);
  await expect(popup.findings).toHaveCount(0);
  await expect(popup.page.getByTestId('count-anonymous')).toHaveCount(0);
  // Not even the badge's count gives them away.
  await expect.poll(() => extension.badgeText(tabId)).toBe('');
  const toolbar = new PracticeToolbar(article.page);
  await expect.poll(() => toolbar.present()).toBe(true);

  const page = article.page;
  await page.bringToFront();
  // From the keyboard: select, then Alt+Shift+1 (anonymous source).
  await selectText(page, 'three unnamed officials');
  await page.keyboard.press('Alt+Shift+Digit1');
  await expect.poll(() => article.practiceMarks()).toEqual(['anonymous: three unnamed officials']);
  expect(await toolbar.text()).toContain('Marked “three unnamed officials” as Anonymous source.');
  // Keyboard only: select, Alt+Shift+M moves into the toolbar, Tab to "Secondhand report", Enter.
  await selectText(page, 'told Politico');
  await page.keyboard.press('Alt+Shift+KeyM');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => article.practiceMarks()).toContain('secondhand: told Politico');
  // With the mouse: select, then the toolbar's Hedge button.
  await selectText(page, 'reportedly');
  await toolbar.click('Hedge');
  // A named source marked as anonymous: a mark SourceLens does not agree with.
  await selectText(page, 'Antony Blinken, in communications');
  await page.keyboard.press('Alt+Shift+Digit1');
  // Words outside the article are not marked.
  await selectText(page, 'sources say', 'aside');
  await page.keyboard.press('Alt+Shift+Digit2');
  await expect.poll(() => toolbar.text()).toContain('The selection is not in the article');
  await expect
    .poll(() => article.practiceMarks())
    .toEqual([
      'anonymous: Antony Blinken, in communications',
      'anonymous: three unnamed officials',
      'hedge: reportedly',
      'secondhand: told Politico',
    ]);
  await expect(popup.page.getByTestId('practice-marks')).toHaveText('4 phrases marked');
  await saveScreenshot(page, 'practice-marking');

  await toolbar.click('Check my marks');
  const score = `You found 3 of the ${flagged} phrases SourceLens flagged; 3 of your 4 marks match.`;
  await expect.poll(() => toolbar.text()).toContain(score);
  // SourceLens's findings are drawn beside the marks now.
  await article.waitForHighlights();
  expect((await article.highlights()).filter((h) => h.category !== 'named')).toHaveLength(flagged);
  expect(await article.practiceMarks()).toHaveLength(4);
  await expect.poll(() => extension.badgeText(tabId)).toBe(String(flagged));

  const [results] = await Promise.all([context.waitForEvent('page'), popup.practiceButton('See results and explanations').click()]);
  await expect(results.getByTestId('practice-score')).toHaveText(score);
  await expect(results.getByRole('heading', { name: 'You and SourceLens agree (3)' })).toBeVisible();
  await expect(results.getByRole('heading', { name: `Missed: flagged by SourceLens, not by you (${flagged - 3})` })).toBeVisible();
  const extra = results.locator('li.extra');
  await expect(extra).toHaveCount(1);
  await expect(extra).toContainText('SourceLens reads these words as another kind: Named source');
  // Explanations cite the media-literacy questions.
  const agreedAnonymous = results.locator('li.agreed[data-category="anonymous"]');
  await expect(agreedAnonymous).toContainText('Does the story say why anonymity was granted?');
  await expect(agreedAnonymous).toContainText('Your mark: Anonymous source (“three unnamed officials”)');
  await saveScreenshot(results, 'practice-results', { fullPage: true });
  const axe = await new AxeBuilder({ page: results }).withTags(WCAG).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Leaving practice takes the toolbar and the marks away and brings the highlights back.
  await popup.practiceButton('Leave practice').click();
  await expect.poll(() => toolbar.present()).toBe(false);
  expect(await article.practiceMarks()).toEqual([]);
  await article.waitForHighlights();
  await expect(popup.findings).not.toHaveCount(0);
});
