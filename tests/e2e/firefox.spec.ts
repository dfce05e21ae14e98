/**
 * Firefox: the Firefox build of the extension, in firefox-esr driven by puppeteer-core over
 * WebDriver BiDi (Playwright's own Firefox cannot load extensions). It must draw the same
 * highlights as Chromium on the reference page, with the Custom Highlight API.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { expect, ROOT, test } from './fixtures.ts';
import { auditWithCli, cliAvailable, keyed } from './support/cli.ts';

const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv3-e2e');
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const REFERENCE = 'seed-up-china-russia-cooperation.html';

interface Drawn {
  category: string;
  text: string;
  inAside: boolean;
  x: number;
  y: number;
}

test.describe('Firefox', () => {
  let browser: Browser | null = null;

  test.afterEach(async () => {
    await browser?.close();
    browser = null;
  });

  test('the Firefox build highlights the reference page like the CLI, and the card opens on hover', async ({ server }) => {
    test.skip(!existsSync(FIREFOX_PATH), `no Firefox at ${FIREFOX_PATH}`);
    expect(existsSync(join(FIREFOX_BUILD, 'manifest.json')), 'run `npm run build:e2e` first').toBe(true);

    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
    await browser.installExtension(FIREFOX_BUILD);
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(server.url(`/fixtures/${REFERENCE}`));
    await page.waitForFunction(
      () => ['anonymous', 'secondhand', 'hedge'].some((c) => (CSS.highlights.get(`sourcelens-${c}`)?.size ?? 0) > 0),
      { timeout: 15_000 },
    );
    const drawn: Drawn[] = await page.evaluate(() => {
      const aside = document.querySelector('aside');
      const out: Drawn[] = [];
      for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<Range>>) {
        if (!name.startsWith('sourcelens-')) continue;
        for (const range of highlight) {
          const r = range.getClientRects()[0];
          out.push({
            category: name.slice('sourcelens-'.length),
            text: range.toString(),
            inAside: !!aside?.contains(range.commonAncestorContainer),
            x: r ? r.x + Math.min(r.width / 2, 20) : -1,
            y: r ? r.y + r.height / 2 : -1,
          });
        }
      }
      return out;
    });

    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.filter((d) => d.inAside)).toEqual([]);
    if (cliAvailable()) {
      const expected = auditWithCli(join(ROOT, 'tests', 'fixtures', REFERENCE)).filter((f) => f.category !== 'named');
      expect(keyed(drawn)).toEqual(keyed(expected));
    }
    // The styles came in without a node: an adopted style sheet.
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);

    const target = drawn.find((d) => d.category === 'anonymous' && d.y > 0 && d.y < 880)!;
    await page.mouse.move(target.x, target.y, { steps: 4 });
    await page.waitForFunction(() => document.querySelector('sourcelens-card') !== null, { timeout: 5_000 });

    mkdirSync(join(ROOT, 'test-results', 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results', 'screenshots', 'firefox-annotated-page.png') });
  });
});
