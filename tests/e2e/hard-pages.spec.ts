/**
 * Synthetic hard pages, generated here: each must end with correct highlights (the CLI's findings
 * for the same page, drawn on the page's own text) or a clean "not supported" state, and never
 * with an exception from SourceLens reaching the console.
 */
import { expect, test } from './fixtures.ts';
import { watchErrors, type ErrorWatch } from '../../scripts/browser/console-watch.ts';
import {
  cliKeys,
  drawnRanges,
  escapeHtml,
  isolatedEval,
  keysOf,
  newsPage,
  paragraphs,
  tabState,
  waitForSettled,
} from './support/hard-pages.ts';
import type { Page } from '@playwright/test';

async function open(page: Page, url: string): Promise<ErrorWatch> {
  const errors = await watchErrors(page);
  await page.goto(url);
  await waitForSettled(page);
  return errors;
}

test.describe('hard pages', () => {
  test('a 200,000-word article is annotated completely, exactly as the CLI finds it', async ({ context, server }) => {
    test.setTimeout(180_000);
    const body = paragraphs(3100).map((p) => `<p>${p}</p>`).join('\n');
    const url = server.serve('long-200k.html', newsPage({ body }));
    const words = body.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThan(200_000);
    const page = await context.newPage();
    const errors = await open(page, url);
    const drawn = await drawnRanges(page);
    expect(drawn.length).toBeGreaterThan(3100);
    expect(keysOf(drawn)).toEqual(await cliKeys(url));
    expect(errors.own).toEqual([]);
  });

  test('a 50,000-element page: the article is found and drawn, the rest left alone', async ({ context, server }) => {
    const cells = Array.from({ length: 12_600 }, (_, i) => `<li><a href="/t/${i}"><span>Topic</span> <b>${i}</b></a></li>`).join('');
    const url = server.serve('big-dom.html', newsPage({ after: `<aside><h2>Topics</h2><ul>${cells}</ul></aside>` }));
    const page = await context.newPage();
    const errors = await open(page, url);
    expect(await isolatedEval<number>(page, 'document.getElementsByTagName("*").length')).toBeGreaterThan(50_000);
    const drawn = await drawnRanges(page, 'article');
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((r) => r.inside)).toBe(true);
    expect(keysOf(drawn)).toEqual(await cliKeys(url));
    expect(errors.own).toEqual([]);
  });

  test('a phrase split across <a>, <em> and <span> is one highlight over the whole phrase', async ({ context, server }) => {
    const split =
      '<p><a href="/who">Three</a> <em>unnam</em><span>ed offi</span><b>cials</b> said the talks had stalled over the port contract. ' +
      'The ministry <span>report</span><em>edly</em> plans to delay the vote.</p>';
    const url = server.serve('split.html', newsPage({ body: split + paragraphs(4).map((p) => `<p>${p}</p>`).join('') }));
    const page = await context.newPage();
    const errors = await open(page, url);
    const drawn = await drawnRanges(page);
    const anonymous = drawn.find((r) => r.category === 'anonymous' && r.text.includes('unnamed officials'));
    expect(anonymous, JSON.stringify(drawn)).toBeDefined();
    expect(anonymous!.text.startsWith('Three unnamed officials')).toBe(true);
    expect(anonymous!.crossesNodes).toBe(true);
    expect(drawn.some((r) => r.category === 'hedge' && r.text === 'reportedly' && r.crossesNodes)).toBe(true);
    expect(keysOf(drawn)).toEqual(await cliKeys(url));
    expect(errors.own).toEqual([]);
  });

  test('content in open shadow roots and same-origin iframes is left alone; the light-DOM article is drawn', async ({ context, server }) => {
    const frameDoc = escapeHtml(newsPage({ title: 'Inside the frame' }));
    const after =
      `<div id="host"></div><iframe id="frame" srcdoc="${frameDoc}"></iframe>` +
      `<script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>Officials reportedly said, according to sources, that the deal was off.</p>';</script>`;
    const url = server.serve('shadow.html', newsPage({ after }));
    const page = await context.newPage();
    const errors = await open(page, url);
    const drawn = await drawnRanges(page, 'article');
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((r) => r.inside)).toBe(true);
    expect(keysOf(drawn)).toEqual(await cliKeys(url));
    // The frame's document has highlights of its own, and SourceLens drew none there.
    const frame = page.frameLocator('#frame');
    await expect(frame.locator('h1')).toHaveText('Inside the frame');
    const inFrame = await page.evaluate(() => {
      const w = (document.getElementById('frame') as HTMLIFrameElement).contentWindow as unknown as { CSS: { highlights: Map<string, unknown> } };
      return [...w.CSS.highlights.keys()].filter((k) => k.startsWith('sourcelens-')).length;
    });
    expect(inFrame).toBe(0);
    expect(errors.own).toEqual([]);
  });

  test('an article that lives entirely in a shadow root ends in a clean "no article" state', async ({ context, server, serviceWorker }) => {
    const inner = paragraphs(6).map((p) => `<p>${escapeHtml(p)}</p>`).join('');
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Shadow story</title></head><body><div id="app"></div>
<script>document.getElementById('app').attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(`<article><h1>Shadow story</h1>${inner}</article>`)};</script></body></html>`;
    const url = server.serve('shadow-only.html', html);
    const page = await context.newPage();
    const errors = await open(page, url);
    expect((await tabState(serviceWorker, url))?.kind).toBe('no-article');
    expect(await drawnRanges(page)).toEqual([]);
    expect(errors.own).toEqual([]);
  });

  test('right-to-left text: an Arabic article is "not supported", an English one with RTL quotes is drawn', async ({
    context,
    server,
    serviceWorker,
  }) => {
    const arabic = Array.from({ length: 12 }, () => '<p>قال مسؤولون لم يكشف عن أسمائهم إن المحادثات توقفت بسبب عقد الميناء، وذكرت التقارير أن الوزارة تخطط لتأجيل التصويت حتى الربيع.</p>').join('');
    const rtlUrl = server.serve('rtl-ar.html', newsPage({ title: 'توقف المحادثات في الميناء', body: arabic, htmlAttrs: 'dir="rtl"' }).replace('lang="en"', 'lang="ar"'));
    const page = await context.newPage();
    const errors = await open(page, rtlUrl);
    expect((await tabState(serviceWorker, rtlUrl))?.kind).toBe('unsupported-language');
    expect(await drawnRanges(page)).toEqual([]);
    expect(errors.own).toEqual([]);

    const mixed = paragraphs(6).map((p, i) => `<p>${p} <q dir="rtl" lang="he">השיחות נמשכות ${i}</q></p>`).join('');
    const mixedUrl = server.serve('rtl-mixed.html', newsPage({ body: mixed }));
    const second = await context.newPage();
    const secondErrors = await open(second, mixedUrl);
    const drawn = await drawnRanges(second);
    expect(drawn.length).toBeGreaterThan(0);
    expect(keysOf(drawn)).toEqual(await cliKeys(mixedUrl));
    expect(secondErrors.own).toEqual([]);
  });

  test('a contenteditable region is never annotated while it has the focus', async ({ context, server }) => {
    const body = `<div id="editor" contenteditable="true">${paragraphs(6).map((p) => `<p>${p}</p>`).join('')}</div>`;
    // The page focuses its editor before SourceLens arrives (document_idle).
    const head = `<script>document.addEventListener('DOMContentLoaded', () => document.getElementById('editor').focus());</script>`;
    const url = server.serve('editable.html', newsPage({ body, head }));
    const page = await context.newPage();
    const errors = await open(page, url);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    expect((await drawnRanges(page, '#editor')).filter((r) => r.inside)).toEqual([]);

    // Focus leaves the editor: its phrases are drawn, exactly the CLI's findings.
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await expect.poll(async () => (await drawnRanges(page, '#editor')).filter((r) => r.inside).length).toBeGreaterThan(0);
    expect(keysOf(await drawnRanges(page))).toEqual(await cliKeys(url));

    // And back into the editor: its highlights go again.
    await page.focus('#editor');
    await expect.poll(async () => (await drawnRanges(page, '#editor')).filter((r) => r.inside).length).toBe(0);
    expect(errors.own).toEqual([]);
  });

  test("a page that replaces Array.prototype.map, Node.prototype.appendChild and window.CSS is still drawn correctly", async ({
    context,
    server,
  }) => {
    const head = `<script>
      Array.prototype.map = function () { throw new Error('page: map replaced'); };
      Node.prototype.appendChild = function () { throw new Error('page: appendChild replaced'); };
      window.CSS = { highlights: null, supports: () => false };
    </script>`;
    const url = server.serve('overrides.html', newsPage({ head }));
    const page = await context.newPage();
    const errors = await open(page, url);
    // The page's own world sees its replacements...
    expect(await page.evaluate('window.CSS.highlights')).toBeNull();
    // ...SourceLens's isolated world does not: the highlights are drawn and correct.
    const drawn = await drawnRanges(page);
    expect(drawn.length).toBeGreaterThan(0);
    expect(keysOf(drawn)).toEqual(await cliKeys(url));
    expect(errors.own).toEqual([]);
  });

  test("a page with Content-Security-Policy: default-src 'none' is drawn, the card works, and no violation is ours", async ({
    context,
    server,
  }) => {
    const url = server.serve('strict-csp.html', newsPage(), { 'content-security-policy': "default-src 'none'" });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const errors = await open(page, url);
    const drawn = await drawnRanges(page);
    expect(drawn.length).toBeGreaterThan(0);
    expect(keysOf(drawn)).toEqual(await cliKeys(url));
    // Hover a phrase: the card (a closed shadow root with its own styles) opens.
    const box = await isolatedEval<{ x: number; y: number } | null>(
      page,
      `(() => { const h = CSS.highlights.get('sourcelens-anonymous'); const r = h && [...h][0]; const b = r && r.getClientRects()[0]; return b ? { x: b.x + Math.min(b.width / 2, 20), y: b.y + b.height / 2 } : null; })()`,
    );
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y, { steps: 4 });
    await expect.poll(() => page.locator('sourcelens-card').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(errors.own).toEqual([]);
  });

  test('a page that rewrites its article every 100 ms keeps correct highlights without re-reading it each time', async ({
    context,
    server,
  }) => {
    const body = `<p>Updated <span id="tick">0</span> seconds ago.</p>${paragraphs(6).map((p) => `<p>${p}</p>`).join('')}`;
    const head = `<script>let n = 0; setInterval(() => { document.getElementById('tick').textContent = String(++n); }, 100);</script>`;
    const url = server.serve('ticking.html', newsPage({ body, head }));
    const page = await context.newPage();
    const errors = await open(page, url);
    await page.waitForTimeout(4000);
    const runs = await isolatedEval<number>(page, "performance.getEntriesByName('sourcelens:scan').length");
    // Forty changes in four seconds; re-reads are debounced to one every 1.5-3 s.
    expect(runs).toBeGreaterThanOrEqual(1);
    expect(runs).toBeLessThanOrEqual(5);
    const drawn = await drawnRanges(page);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((r) => r.text.length > 0)).toBe(true);
    expect(keysOf(drawn)).toEqual(await cliKeys(url));
    expect(errors.own).toEqual([]);
  });
});

test('a stopped service worker is started again by the page asking for an analysis', async ({ context, server, extensionId, serviceWorker }) => {
  // Chromium stops a worker after 30 s with no events, so long after its warm-up. Stopped over the
  // DevTools protocol in the middle of it, the worker was sometimes never started again, not even
  // for the extension's own pages ("Receiving end does not exist"): 5 of 10 local runs on
  // 7b50429. So the worker is stopped idle, as the browser would stop it.
  await expect
    // WARMED_UP_MARK in utils/background-analysis.ts.
    .poll(() => serviceWorker.evaluate(() => performance.getEntriesByName('sourcelens:warmed-up').length > 0), { timeout: 30_000 })
    .toBe(true);
  // The extension's own page sees its service worker over the DevTools protocol, and can stop it.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const cdp = await context.newCDPSession(options);
  const status: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => status.push(...versions.map((v) => v.runningStatus)));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => status.includes('stopped')).toBe(true);

  const article = await context.newPage();
  const errors = await watchErrors(article);
  const url = server.serve('after-stop.html', newsPage());
  await article.goto(url);
  await waitForSettled(article);
  // The worker was seen stopped before the page opened, and only the worker can analyse: the
  // content script carries no engine (hardening.spec.ts). So the page's highlights, equal to the
  // CLI's findings, are the proof that its request started the worker again and was answered.
  // (Asking the DevTools protocol or Playwright whether the worker runs again proves nothing
  // either way: in fresh-clone CI runs of 4f0160f, c2f6415 and bb2096f they did not report it
  // within ten seconds of the page settling, while in local runs they did.)
  const drawn = await drawnRanges(article);
  expect(drawn.length).toBeGreaterThan(0);
  expect(keysOf(drawn)).toEqual(await cliKeys(url));
  expect(errors.own).toEqual([]);
});
