/**
 * What the browser benchmark and the corpus run share: the corpus pages served from 127.0.0.1
 * (gunzipped, with their scripts as saved), Chromium with the e2e build of the extension (which
 * annotates 127.0.0.1 pages on load), every request not to the local server blocked, and a wait
 * for SourceLens to settle on a page.
 */
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromiumArgs } from './chromium-args.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CHROME_E2E_BUILD = join(ROOT, '.output', 'chrome-mv3-e2e');
/** The same host access without annotating on load: pages are annotated when the button is "pressed". */
export const CHROME_BENCH_BUILD = join(ROOT, '.output', 'chrome-mv3-bench');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface CorpusPage {
  /** The file in `pages/`. */
  file: string;
  /** The path it is served at: the file name without `.gz`. */
  path: string;
}

/** The corpus pages, sorted by name; `only` keeps those whose file name contains one of the words. */
export function corpusPages(corpus: string, only: string[] = []): CorpusPage[] {
  const dir = join(corpus, 'pages');
  return readdirSync(dir)
    .filter((f) => /\.html?(\.gz)?$/.test(f))
    .filter((f) => !only.length || only.some((w) => f.includes(w)))
    .sort()
    .map((file) => ({ file, path: '/' + encodeURIComponent(file.replace(/\.gz$/, '')) }));
}

/**
 * The charset a saved page is served with, chosen as the CLI chooses it for a file: a <meta>
 * charset in the first 8 KB, else UTF-8. Browsers only look at the first 1 KB and otherwise
 * guess windows-1252, which would turn the UTF-8 of pages declaring nothing into mojibake; a
 * real server would have said which charset it sends.
 */
export function charsetOf(bytes: Buffer): string {
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(bytes.subarray(0, 8192).toString('latin1'))?.[1] ?? 'utf-8';
}

export interface CorpusServer {
  origin: string;
  url(page: CorpusPage): string;
  close(): Promise<void>;
}

/** Serves `pages/<file>` at `/<file without .gz>`; anything else is a 404. */
export async function startCorpusServer(corpus: string, pages: CorpusPage[]): Promise<CorpusServer> {
  const dir = join(corpus, 'pages');
  const byPath = new Map(pages.map((p) => [decodeURIComponent(p.path), p.file]));
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = byPath.get(pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      const raw = readFileSync(join(dir, file));
      const body = file.endsWith('.gz') ? gunzipSync(raw) : raw;
      res.writeHead(200, { 'content-type': `text/html; charset=${charsetOf(body)}`, 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(500).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (page) => origin + page.path,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests the browser tried to make to anywhere but the local server (all were blocked). */
  blocked: string[];
  close(): Promise<void>;
}

/**
 * Chromium with the e2e build (or `build`), on a fresh profile; `withExtension: false` gives the same browser
 * without it (for comparing a page's own console output).
 */
export async function launchBrowser(
  origin: string,
  options: { withExtension?: boolean; build?: string } = {},
): Promise<ExtensionBrowser> {
  const withExtension = options.withExtension ?? true;
  const build = options.build ?? CHROME_E2E_BUILD;
  if (withExtension && !existsSync(join(build, 'manifest.json'))) {
    throw new Error(`No build at ${build}: run \`npm run build:e2e\` (or \`wxt build --mode bench\`) first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'sourcelens-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: chromiumArgs(withExtension ? build : undefined),
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/')) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  let worker: Worker | undefined;
  let extensionId = '';
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    worker: worker as Worker,
    extensionId,
    blocked,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The marks and measures the content script leaves, read from the page's performance timeline. */
export interface SourceLensTimes {
  /** `sourcelens:start`: the content script's first statement. */
  start: number | null;
  /** `sourcelens:highlighted`: the last highlight registered (annotated pages only). */
  highlighted: number | null;
  /** `sourcelens:settled`: the first run finished, whatever its outcome. */
  settled: number | null;
  /** Durations of SourceLens's synchronous slices of work (`sourcelens:slice` measures). */
  slices: { name: string; start: number; duration: number }[];
  /** The walk starts, the decisions start, the last analysis arrived (null where not reached). */
  findStart: number | null;
  finishStart: number | null;
  analysed: number | null;
}

/**
 * A promise, in the page, that resolves true once `sourcelens:settled` is marked (false after
 * `timeoutMs`). It waits on a PerformanceObserver instead of polling: Playwright's polling
 * (`waitForFunction`) first loads its own injected script into the page, several milliseconds of
 * main-thread work that landed in the middle of the run being timed.
 */
export function settledInPage(page: Page, timeoutMs: number): Promise<boolean> {
  const inPage = (
    page.evaluate(`new Promise((resolve) => {
      const seen = () => performance.getEntriesByName('sourcelens:settled').length > 0;
      if (seen()) return resolve(true);
      const observer = new PerformanceObserver(() => {
        if (!seen()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(true);
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        resolve(seen());
      }, ${timeoutMs});
      observer.observe({ type: 'mark' });
    })`) as Promise<boolean>
  ).catch(() => false);
  // A page that replaced the timers or the observer in its own world must not hang the run.
  const backstop = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => {
      void (page.evaluate("performance.getEntriesByName('sourcelens:settled').length > 0") as Promise<boolean>)
        .catch(() => false)
        .then(resolve);
    }, timeoutMs + 2_000);
    void inPage.finally(() => clearTimeout(timer));
  });
  return Promise.race([inPage, backstop]);
}

/**
 * Waits until the content script's first run has settled (or `timeoutMs` passed); null on timeout.
 * `settling` is a `settledInPage` promise started earlier (before the run began), if any.
 */
export async function waitForSettled(page: Page, timeoutMs: number, settling?: Promise<boolean>): Promise<SourceLensTimes | null> {
  if (!(await (settling ?? settledInPage(page, timeoutMs)))) return null;
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  return page.evaluate(`(() => {
    const first = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    return {
      start: first('sourcelens:start'),
      highlighted: first('sourcelens:highlighted'),
      settled: first('sourcelens:settled'),
      findStart: first('sourcelens:find-start'),
      finishStart: first('sourcelens:finish-start'),
      analysed: (() => { const a = performance.getEntriesByName('sourcelens:audit')[0]; return a ? a.startTime + a.duration : null; })(),
      slices: performance.getEntriesByName('sourcelens:slice').map((e) => ({
        name: String(e.detail ?? ''),
        start: e.startTime,
        duration: e.duration,
      })),
    };
  })()`) as Promise<SourceLensTimes>;
}

/** Records long tasks from the start of every page (before its own scripts run). */
export async function observeLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __sourcelensLongTasks?: { start: number; duration: number }[] };
    w.__sourcelensLongTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__sourcelensLongTasks!.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No long-task timing in this browser.
    }
  });
}

export async function longTasks(page: Page): Promise<{ start: number; duration: number }[]> {
  return page.evaluate(() => (window as unknown as { __sourcelensLongTasks?: { start: number; duration: number }[] }).__sourcelensLongTasks ?? []);
}

/** `--name value` options and bare flags from argv. */
export function parseArgs(argv: string[]): { get(name: string): string | undefined; all(name: string): string[]; has(name: string): boolean } {
  const values = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const [name, inline] = a.slice(2).split('=', 2);
    const value = inline ?? (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : '');
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return {
    get: (name) => values.get(name)?.at(-1),
    all: (name) => (values.get(name) ?? []).flatMap((v) => v.split(',')).filter(Boolean),
    has: (name) => values.has(name),
  };
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}
