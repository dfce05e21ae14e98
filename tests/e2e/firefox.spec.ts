/**
 * Firefox: the Firefox build of the extension, in firefox-esr driven by puppeteer-core over
 * WebDriver BiDi (Playwright's own Firefox cannot load extensions). It must draw the same
 * highlights as Chromium on the reference page, with the Custom Highlight API, and its own pages
 * (popup, history, report) must work there too.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { expect, ROOT, test } from './fixtures.ts';
import { auditWithCli, cliAvailable, keyed } from './support/cli.ts';

const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv3-e2e');
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const REFERENCE = 'seed-up-china-russia-cooperation.html';
/** The Firefox build's add-on id (wxt.config.ts, browser_specific_settings). */
const ADDON_ID = 'sourcelens@sourcelens.invalid';
const TITLE = 'US concerned about growing cooperation between China and Russia';

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

  test('the Firefox build\'s popup, history and report pages show the audit of the open article', async ({ server }) => {
    test.skip(!existsSync(FIREFOX_PATH), `no Firefox at ${FIREFOX_PATH}`);
    // Extension pages get a fixed address (the add-on's internal UUID is set by a preference),
    // and WebDriver BiDi may open moz-extension:// pages only with this variable set.
    const uuid = randomUUID();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }) },
    });
    await browser.installExtension(FIREFOX_BUILD);
    const article = await browser.newPage();
    await article.goto(server.url(`/fixtures/${REFERENCE}`));
    await article.waitForFunction(() => (CSS.highlights.get('sourcelens-anonymous')?.size ?? 0) > 0, { timeout: 15_000 });
    const drawn = await article.evaluate(() => {
      let n = 0;
      for (const c of ['anonymous', 'secondhand', 'hedge']) n += CSS.highlights.get(`sourcelens-${c}`)?.size ?? 0;
      return n;
    });

    // Firefox does not report these navigations as finished; the pages' own content says when
    // they are ready.
    const open = async (path: string, ready: string): Promise<Page> => {
      const page = await browser!.newPage();
      await page.goto(`moz-extension://${uuid}/${path}`, { timeout: 3_000 }).catch(() => undefined);
      await page.waitForFunction((text) => document.body?.innerText.includes(text), { timeout: 15_000 }, ready);
      return page;
    };

    // The history: the article was recorded when it was audited.
    const history = await open('audit-history.html', '1 article audited');
    expect(await history.$eval('li.entry h2', (h) => h.textContent?.trim())).toBe(TITLE);
    expect(await history.$eval('[data-testid="history-publisher"]', (e) => e.textContent)).toBe('Ukrainska Pravda');
    const tabId: number = await history.evaluate(async (suffix) => {
      const tabs = await (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).browser.tabs.query({});
      return tabs.find((t) => t.url?.endsWith(suffix))!.id;
    }, REFERENCE);

    // The popup for the article's tab: the chain, the counts, one entry per highlight.
    const popup = await open(`popup.html?tab=${tabId}`, TITLE);
    const chains = await popup.$$eval('ol.chain', (lists) =>
      lists.map((ol) => [...ol.querySelectorAll('.node-box > :first-child')].map((n) => n.textContent?.trim()).join(' → ')),
    );
    expect(chains.some((c) => c.includes('Financial Times → European Pravda → Ukrainska Pravda'))).toBe(true);
    expect(await popup.$$eval('button.finding', (b) => b.length)).toBe(drawn);

    // The printable report of the same tab.
    const report = await open(`report.html?tab=${tabId}`, 'Financial Times');
    expect(await report.$eval('[data-testid="report"] h1', (h) => h.textContent?.trim())).toBe(TITLE);

    // The popup's switch takes the highlights off the page, in Firefox too.
    await popup.click('[role="switch"]');
    await article.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('sourcelens-')), { timeout: 10_000 });
  });
});
