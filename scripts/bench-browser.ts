/**
 * The browser benchmark: the built extension (e2e build, which annotates 127.0.0.1 pages on load)
 * in Chromium, on every corpus page served locally with its scripts as saved and every other
 * request blocked. For each page, in the same tab and run:
 *   - SourceLens: from the content script's start mark to the last highlight registered
 *     (`sourcelens:highlighted`; pages without highlights: to `sourcelens:settled`);
 *   - the floor: one plain TreeWalker pass reading every text node of the body;
 *   - a reader view: `new Readability(document.cloneNode(true)).parse()`, injected with
 *     `page.evaluate` (which the page's CSP does not apply to).
 * Also long tasks (PerformanceObserver 'longtask') while SourceLens works, the longest slice of
 * SourceLens's own work (its `sourcelens:slice` measures), and the bundle sizes.
 *
 * Three ways of activating, each a pass with its own baselines:
 *   - `load`: annotate on load, as on a site the user chose to annotate automatically: the content
 *     script starts at `document_idle`, while the page's own scripts are often still running;
 *   - `click`: the toolbar button on a page that has loaded and gone quiet (the default way to
 *     use SourceLens): the benchmark injects the content script as the button does
 *     (`scripting.executeScript`) one second after the page's `load` event;
 *   - `cold`: the same button after the browser has stopped the extension's background, as
 *     Chromium does after 30 s without events: what a reader who clicks now and then gets. The
 *     background starts again for the page's first message. Every `--cold-every`-th page (8: 61
 *     pages), since each stop and start takes a while; the button is pressed from an extension
 *     page, as the popup does, so that nothing else wakes the background first.
 *
 *   npm run bench:browser -- --corpus ../shared/corpus [--activation load|click|cold|both|all] [--cold-every N] [--only name,name] [--limit N] [--out file.json]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  CHROME_BENCH_BUILD,
  CHROME_E2E_BUILD,
  corpusPages,
  launchBrowser,
  longTasks,
  median,
  observeLongTasks,
  parseArgs,
  percentile,
  ROOT,
  settledInPage,
  startCorpusServer,
  waitForSettled,
  type CorpusPage,
  type ExtensionBrowser,
} from './browser/harness.ts';
import type { Page, Worker } from '@playwright/test';

type Activation = 'load' | 'click' | 'cold';

interface LongTask {
  ms: number;
  /** SourceLens's slices inside the task, in ms. */
  ours: number;
}

interface PageRow {
  file: string;
  activation: Activation;
  ok: boolean;
  error?: string;
  annotated: boolean;
  highlights: number;
  sourcelensMs: number;
  treeWalkerMs: number;
  readabilityMs: number | null;
  /**
   * Long tasks during SourceLens's run (from its start to its highlights): each one's length and
   * how much of it was SourceLens's own work (its slices inside the task; 0 for the page's tasks).
   */
  longTasks: LongTask[];
  /** Pages with long tasks are run again (`RERUNS` times): the long tasks of each re-run. */
  rerunLongTasks: LongTask[][];
  longestSliceMs: number;
  longestSliceName: string;
  /** Sum of SourceLens's recorded slices up to the highlights: its own main-thread time. */
  ownMs: number;
  /** SourceLens's own work up to the highlights, summed per slice name ('scan', 'finish', ...). */
  ownByName: Record<string, number>;
  /** The engine's time in the background (`sourcelens:analyse` measures in the service worker). */
  engineMs: number;
  /** Wall time of each phase: to the walk, the walk (and the gazetteer's answer), the decisions and
   * the analyses (sent to the background and answered), then mapping and drawing. */
  phases: { toWalk: number; walk: number; decideAndAnalyse: number; draw: number } | null;
}

const args = parseArgs(process.argv.slice(2));
const corpus = args.get('corpus');
if (!corpus) {
  console.error('Usage: npm run bench:browser -- --corpus ../shared/corpus [--activation load|click|cold|both|all] [--cold-every N] [--only words] [--limit N] [--out file.json]');
  process.exit(2);
}
const LIMIT = Number(args.get('limit') ?? Infinity);
const OUT = args.get('out') ?? join(ROOT, 'reports', 'bench-browser.json');
const SETTLE_TIMEOUT_MS = 20_000;
/** How long a page is left to settle after `load` before the button is "clicked". */
const QUIET_MS = 1_000;
const ACTIVATION = args.get('activation') ?? 'all';
if (!['load', 'click', 'cold', 'both', 'all'].includes(ACTIVATION)) {
  console.error(`--activation must be load, click, cold, both (load and click) or all, not ${ACTIVATION}`);
  process.exit(2);
}
const COLD_EVERY = Number(args.get('cold-every') ?? 8);
if (!Number.isInteger(COLD_EVERY) || COLD_EVERY < 1) {
  console.error(`--cold-every must be a whole number of at least 1, not ${args.get('cold-every')}`);
  process.exit(2);
}
/** How many times a page with a long task is run again. */
const RERUNS = 2;
const MODES: Activation[] =
  ACTIVATION === 'all' ? ['load', 'click', 'cold'] : ACTIVATION === 'both' ? ['load', 'click'] : [ACTIVATION as Activation];

const READABILITY = readFileSync(join(ROOT, 'node_modules', '@mozilla', 'readability', 'Readability.js'), 'utf8');

function gz(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The popup's own chunk plus every script and style sheet popup.html loads. */
function popupFiles(): string[] {
  const html = readFileSync(join(CHROME_E2E_BUILD, 'popup.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
}

function sizes(): { contentScript: number; popup: number; popupJs: number; popupFiles: string[]; background: number } {
  const files = popupFiles();
  const popupJs = files.filter((f) => f.endsWith('.js')).reduce((n, f) => n + gz(join(CHROME_E2E_BUILD, f)), 0);
  return {
    contentScript: gz(join(CHROME_E2E_BUILD, 'content-scripts', 'content.js')),
    popup: files.reduce((n, f) => n + gz(join(CHROME_E2E_BUILD, f)), 0),
    popupJs,
    popupFiles: files,
    background: gz(join(CHROME_E2E_BUILD, 'background.js')),
  };
}

/** Durations of the engine's runs so far, from the (current) service worker's performance timeline. */
function engineEntries(browser: ExtensionBrowser): Promise<number[]> {
  const workers = browser.context.serviceWorkers();
  const worker = workers[workers.length - 1] ?? browser.worker;
  return worker.evaluate("performance.getEntriesByName('sourcelens:analyse').map((e) => e.duration)") as Promise<number[]>;
}

/**
 * The cold pass's controls: an extension page (the options page) to press the button from
 * without going through the background, and a DevTools session to stop the background.
 */
interface ColdControls {
  extensionPage: Page;
  stopBackground(): Promise<void>;
}

async function coldControls(browser: ExtensionBrowser): Promise<ColdControls> {
  const extensionPage = await browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const cdp = await browser.context.newCDPSession(extensionPage);
  await cdp.send('ServiceWorker.enable');
  let running = true;
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { runningStatus: string }[] }) => {
    running = e.versions.some((v) => v.runningStatus !== 'stopped');
  });
  return {
    extensionPage,
    async stopBackground() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      for (let i = 0; i < 50 && running; i++) await extensionPage.waitForTimeout(20);
      if (running) throw new Error('the background did not stop');
    },
  };
}

const pages = corpusPages(corpus, args.all('only')).slice(0, LIMIT);
const server = await startCorpusServer(corpus, pages);
const rows: PageRow[] = [];
const started = Date.now();

/**
 * What the toolbar button does: inject the content script into the tab showing `url`, from the
 * background or (cold pass) from an extension page, as the popup does.
 */
async function clickButton(browser: ExtensionBrowser, url: string, from: Page | Worker = browser.worker): Promise<void> {
  const inject = async (u: string) => {
    type Chrome = {
      tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
      scripting: { executeScript(i: { target: { tabId: number }; files: string[] }): Promise<unknown> };
    };
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await c.tabs.query({ url: u });
    if (tab?.id === undefined) throw new Error(`no tab shows ${u}`);
    await c.scripting.executeScript({ target: { tabId: tab.id }, files: ['content-scripts/content.js'] });
  };
  await (from as Page).evaluate(inject, url);
}

/** One page, in a fresh tab: SourceLens's run, then the two baselines in the same page. */
async function measurePage(browser: ExtensionBrowser, p: CorpusPage, mode: Activation, cold?: ColdControls): Promise<PageRow> {
  const page = await browser.context.newPage();
  const row: PageRow = {
    file: p.file,
    activation: mode,
    ok: false,
    annotated: false,
    highlights: 0,
    sourcelensMs: Number.NaN,
    treeWalkerMs: Number.NaN,
    readabilityMs: null,
    longTasks: [],
    rerunLongTasks: [],
    longestSliceMs: 0,
    longestSliceName: '',
    ownMs: 0,
    ownByName: {},
    engineMs: 0,
    phases: null,
  };
  // A stopped background starts with an empty timeline.
  const engineBefore = mode === 'cold' ? [] : await engineEntries(browser);
  try {
    await page.goto(server.url(p), { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
    let settling: Promise<boolean> | undefined;
    if (mode === 'click' || mode === 'cold') {
      await page.waitForTimeout(QUIET_MS);
      if (page.url() !== server.url(p)) throw new Error(`the page's own script navigated away (to ${page.url()})`);
      if (cold) await cold.stopBackground();
      // Listening for the end of the run starts before the button is pressed.
      settling = settledInPage(page, SETTLE_TIMEOUT_MS);
      await clickButton(browser, page.url(), cold?.extensionPage);
    }
    const times = await waitForSettled(page, SETTLE_TIMEOUT_MS, settling);
    if (page.url() !== server.url(p)) throw new Error(`the page's own script navigated away (to ${page.url()})`);
    if (!times || times.start === null || times.settled === null) throw new Error('SourceLens did not settle');
    const end = times.highlighted ?? times.settled;
    row.annotated = times.highlighted !== null;
    row.sourcelensMs = end - times.start;
    const longest = times.slices.reduce((a, b) => (b.duration > a.duration ? b : a), { name: '', start: 0, duration: 0 });
    row.longestSliceMs = longest.duration;
    row.longestSliceName = longest.name;
    row.ownMs = times.slices.filter((sl) => sl.start <= end).reduce((n, sl) => n + sl.duration, 0);
    for (const sl of times.slices) if (sl.start <= end) row.ownByName[sl.name] = (row.ownByName[sl.name] ?? 0) + sl.duration;
    if (times.findStart !== null && times.finishStart !== null && times.analysed !== null && times.highlighted !== null) {
      row.phases = {
        toWalk: times.findStart - times.start,
        walk: times.finishStart - times.findStart,
        decideAndAnalyse: times.analysed - times.finishStart,
        draw: times.highlighted - times.analysed,
      };
    }
    row.engineMs = (await engineEntries(browser)).slice(engineBefore.length).reduce((n, d) => n + d, 0);
    row.longTasks = (await longTasks(page))
      .filter((t) => t.start < end && t.start + t.duration > times.start!)
      .map((t) => ({
        ms: t.duration,
        ours: times.slices
          .filter((sl) => sl.start >= t.start && sl.start < t.start + t.duration)
          .reduce((n, sl) => n + sl.duration, 0),
      }));
    row.highlights = await page.evaluate(() =>
      [...CSS.highlights.keys()]
        .filter((k) => /^sourcelens-(anonymous|secondhand|hedge|named)$/.test(k))
        .reduce((n, k) => n + ((CSS.highlights.get(k) as unknown as Set<Range>)?.size ?? 0), 0),
    );
    // The floor: read every text node of the body once.
    row.treeWalkerMs = await page.evaluate(() => {
      const t0 = performance.now();
      const root = document.body ?? document.documentElement;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let chars = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
      const ms = performance.now() - t0;
      return chars >= 0 ? ms : ms;
    });
    // What a reader-view extension does.
    row.readabilityMs = await page.evaluate((source) => {
      try {
        const Readability = new Function(`${source}; return Readability;`)() as new (doc: Document) => { parse(): unknown };
        const t0 = performance.now();
        new Readability(document.cloneNode(true) as Document).parse();
        return performance.now() - t0;
      } catch {
        return null;
      }
    }, READABILITY);
    row.ok = true;
  } catch (error) {
    row.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
  } finally {
    await page.close().catch(() => undefined);
  }
  return row;
}

/** Pages with a long task during SourceLens's work, run again: does it recur, or was it the machine? */
async function recheckLongTasks(browser: ExtensionBrowser, mode: Activation, cold?: ColdControls): Promise<void> {
  for (const row of rows.filter((r) => r.activation === mode && r.longTasks.length > 0)) {
    const p = pages.find((x) => x.file === row.file)!;
    for (let k = 0; k < RERUNS; k++) row.rerunLongTasks.push((await measurePage(browser, p, mode, cold)).longTasks);
  }
}

for (const mode of MODES) {
  // On load: the e2e build, which annotates the local server's pages by itself. Click and cold: the
  // bench build, which has the same host access but waits for the button.
  const browser = await launchBrowser(server.origin, { build: mode === 'load' ? CHROME_E2E_BUILD : CHROME_BENCH_BUILD });
  await observeLongTasks(browser.context);
  const cold = mode === 'cold' ? await coldControls(browser) : undefined;
  const modePages = mode === 'cold' ? pages.filter((_, i) => i % COLD_EVERY === 0) : pages;
  for (const [i, p] of modePages.entries()) {
    rows.push(await measurePage(browser, p, mode, cold));
    if ((i + 1) % 50 === 0) console.error(`  ${mode}: ${i + 1}/${modePages.length} pages (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  await recheckLongTasks(browser, mode, cold);
  await browser.close();
}
await server.close();

const ACTIVATION_NAMES: Record<Activation, string> = {
  load: 'on load (annotate automatically; the page may still be running its scripts)',
  click: 'toolbar button on the loaded, quiet page',
  cold: `toolbar button, the background stopped first (as after 30 s idle); every ${COLD_EVERY}th page`,
};

/** The summary of one activation pass. */
function summary(mode: Activation): string[] {
  const modeRows = rows.filter((r) => r.activation === mode);
  const ok = modeRows.filter((r) => r.ok);
  const withBoth = ok.filter((r) => r.readabilityMs !== null);
  const fmt = (ms: number) => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : 'n/a');
  const ratio = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}x` : 'n/a');
  const sl = ok.map((r) => r.sourcelensMs);
  const tw = ok.map((r) => r.treeWalkerMs);
  const rd = withBoth.map((r) => r.readabilityMs!);
  const vsWalker = ok.map((r) => r.sourcelensMs / Math.max(r.treeWalkerMs, 0.1));
  const vsReadability = withBoth.map((r) => r.sourcelensMs / Math.max(r.readabilityMs!, 0.1));
  const phased = ok.filter((r) => r.phases !== null);
  const allLong = ok.flatMap((r) => r.longTasks.map((t) => ({ file: r.file, ...t })));
  const withOurs = allLong.filter((t) => t.ours > 0);
  const describeTasks = (tasks: LongTask[]) => tasks.map((t) => `${fmt(t.ms)} (SourceLens ${fmt(t.ours)})`).join(', ');
  const worstLong = allLong.reduce((a, b) => (b.ms > a.ms ? b : a), { file: '-', ms: 0 });
  const worstSlice = ok.reduce((a, b) => (b.longestSliceMs > a.longestSliceMs ? b : a), ok[0]);

  return [
    `Activation: ${ACTIVATION_NAMES[mode]}`,
    `  ${modeRows.length} corpus pages, ${ok.length} measured, ${modeRows.length - ok.length} failed; ${ok.filter((r) => r.annotated).length} annotated`,
    `  SourceLens (start -> highlights)  median ${fmt(median(sl))}, p95 ${fmt(percentile(sl, 95))}`,
    `  TreeWalker pass (floor)           median ${fmt(median(tw))}, p95 ${fmt(percentile(tw, 95))}`,
    `  Readability parse                 median ${fmt(median(rd))}, p95 ${fmt(percentile(rd, 95))}`,
    `    of which SourceLens's own main-thread work (its slices) median ${fmt(median(ok.map((r) => r.ownMs)))}, p95 ${fmt(percentile(ok.map((r) => r.ownMs), 95))};` +
      ` the engine in the background median ${fmt(median(ok.map((r) => r.engineMs)))}; the rest is waiting for messages and the page's own tasks`,
    `    phases (annotated pages, medians): to the walk ${fmt(median(phased.map((r) => r.phases!.toWalk)))}, the walk ${fmt(median(phased.map((r) => r.phases!.walk)))},` +
      ` decisions + analysis in the background ${fmt(median(phased.map((r) => r.phases!.decideAndAnalyse)))}, ranges and drawing ${fmt(median(phased.map((r) => r.phases!.draw)))}`,
    `    own work by slice (medians): ${[...new Set(ok.flatMap((r) => Object.keys(r.ownByName)))]
      .map((name) => `${name} ${fmt(median(ok.map((r) => r.ownByName[name] ?? 0)))}`)
      .join(', ')}`,
    `  SourceLens / TreeWalker, per page: median ${ratio(median(vsWalker))}, p95 ${ratio(percentile(vsWalker, 95))}  (target <= 3x)`,
    `  SourceLens / Readability, per page: median ${ratio(median(vsReadability))}, p95 ${ratio(percentile(vsReadability, 95))}  (target <= 0.5x)`,
    `  main-thread work only: SourceLens's slices / Readability, per page: median ${ratio(median(withBoth.map((r) => r.ownMs / Math.max(r.readabilityMs!, 0.1))))}; / TreeWalker: median ${ratio(median(ok.map((r) => r.ownMs / Math.max(r.treeWalkerMs, 0.1))))}`,
    `  ratio of medians: ${ratio(median(sl) / median(tw))} of TreeWalker, ${ratio(median(sl) / median(rd))} of Readability`,
    `  slowest five pages (SourceLens):`,
    ...[...ok]
      .sort((a, b) => b.sourcelensMs - a.sourcelensMs)
      .slice(0, 5)
      .map((r) => `    ${fmt(r.sourcelensMs).padStart(10)}  ${r.file}  (TreeWalker ${fmt(r.treeWalkerMs)}, Readability ${fmt(r.readabilityMs ?? Number.NaN)}, ${r.highlights} highlights)`),
    `  long tasks (> 50 ms) during SourceLens's run: ${allLong.length} on ${new Set(allLong.map((l) => l.file)).size} pages; worst ${fmt(worstLong.ms)} (${worstLong.file});` +
      ` holding SourceLens's work: ${withOurs.length}` +
      (withOurs.length ? ` (SourceLens's share: at most ${fmt(Math.max(...withOurs.map((t) => t.ours)))})` : ''),
    ...ok
      .filter((r) => r.longTasks.length > 0)
      .map(
        (r) =>
          `    ${r.file}: ${describeTasks(r.longTasks)}; run again ${r.rerunLongTasks.length} times: ` +
          (r.rerunLongTasks.map(describeTasks).filter(Boolean).join('; ') || 'no long task'),
      ),
    `  longest slice of SourceLens's own work: ${fmt(worstSlice?.longestSliceMs ?? Number.NaN)} (${worstSlice?.longestSliceName ?? '-'} on ${worstSlice?.file ?? '-'}); median page's longest ${fmt(median(ok.map((r) => r.longestSliceMs)))}`,
    ...modeRows.filter((r) => !r.ok).map((r) => `  failed: ${r.file}: ${r.error}`),
  ];
}

const size = sizes();
const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const lines = [
  `Browser benchmark, Chromium, ${pages.length} corpus pages`,
  ...MODES.flatMap(summary),
  `sizes (gzip -9): content script ${KB(size.contentScript)} (target <= 60 KB); popup ${KB(size.popupJs)} of script, ${KB(size.popup)} with its style sheet (target <= 60 KB); background ${KB(size.background)}`,
];
console.log(lines.join('\n'));
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify({ sizes: size, pages: rows }, null, 1));
console.log(`  per-page figures: ${OUT}`);
