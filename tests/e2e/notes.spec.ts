/**
 * Notes: a student writes a note on a finding and one on the article in the popup; the browser
 * is closed and started again on the same profile; the notes are still there, in the popup and
 * in the exports.
 */
import { rmSync } from 'node:fs';
import { expect, extensionIdOf, launchWithExtension, newProfile, test } from './fixtures.ts';
import { ArticlePage } from './pages/article-page.ts';
import { PopupPage } from './pages/popup-page.ts';
import type { WorkerGlobals } from './support/worker-globals.ts';

const REFERENCE = '/fixtures/seed-up-china-russia-cooperation.html';
const PHRASE = 'According to three unnamed officials';
const FINDING_NOTE = 'Which officials, and from which country? Why were they granted anonymity?';
const ARTICLE_NOTE = 'Did any outlet besides the FT confirm this? <b>not bold</b>';

async function openPopup(context: Awaited<ReturnType<typeof launchWithExtension>>, url: string): Promise<PopupPage> {
  const article = new ArticlePage(await context.newPage());
  await article.goto(url);
  await article.waitForHighlights();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const tabs = await worker.evaluate(() => (globalThis as unknown as WorkerGlobals).chrome.tabs.query({}));
  const tabId = tabs.find((t) => t.url === url)!.id!;
  const popup = new PopupPage(await context.newPage());
  await popup.open(await extensionIdOf(context), tabId);
  await popup.waitForReport();
  return popup;
}

test('notes survive a browser restart and appear in the popup and in the exports', async ({ server }) => {
  const profile = newProfile();
  const url = server.url(REFERENCE);
  try {
    let context = await launchWithExtension(profile);
    let popup = await openPopup(context, url);
    await popup.noteButton(PHRASE).click();
    const field = popup.page.getByLabel('Your note on this phrase');
    await expect(field).toBeFocused();
    await field.fill(FINDING_NOTE);
    await popup.articleNote.fill(ARTICLE_NOTE);
    // Stored as typed, per page, in storage.local.
    await expect
      .poll(() =>
        popup.page.evaluate(async () => {
          const { storage } = (globalThis as unknown as WorkerGlobals).chrome;
          const { notes } = (await storage.local.get('notes')) as { notes?: Record<string, { article: string; findings: Record<string, string> }> };
          return Object.values(notes ?? {}).map((n) => [n.article, Object.values(n.findings)]);
        }),
      )
      .toEqual([[ARTICLE_NOTE, [FINDING_NOTE]]]);
    await context.close();

    // The browser starts again on the same profile.
    context = await launchWithExtension(profile);
    popup = await openPopup(context, url);
    await expect(popup.page.getByTestId('finding-note')).toHaveText(`Your note: ${FINDING_NOTE}`);
    await expect(popup.articleNote).toHaveValue(ARTICLE_NOTE);
    await expect(popup.noteButton(PHRASE)).toHaveText('Edit note');

    const markdown = await popup.export('markdown');
    expect(markdown.text).toContain(`**Note:** ${FINDING_NOTE}`);
    // Page text and notes are escaped in every format.
    expect(markdown.text).toContain('## Notes on the article\n\nDid any outlet besides the FT confirm this? &lt;b&gt;not bold&lt;/b&gt;');
    const csv = await popup.export('csv');
    const row = csv.text.split('\r\n').find((line) => line.includes(PHRASE))!;
    expect(row.endsWith(`"${FINDING_NOTE}"`) || row.endsWith(`,${FINDING_NOTE}`)).toBe(true);
    const html = await popup.export('html');
    expect(html.text).toContain(`<p class="note"><strong>Note:</strong> ${FINDING_NOTE}</p>`);
    expect(html.text).toContain('&lt;b&gt;not bold&lt;/b&gt;');
    // JSON is the CLI's machine format: no notes.
    expect((await popup.export('json')).text).not.toContain(FINDING_NOTE);

    // Clearing a note removes it.
    await popup.noteButton(PHRASE).click();
    await popup.page.getByLabel('Your note on this phrase').fill('');
    await popup.noteButton(PHRASE).click();
    await expect(popup.page.getByTestId('finding-note')).toHaveCount(0);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
