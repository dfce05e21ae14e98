/**
 * The corpus run: the built extension in Chromium on every corpus page (served locally with its
 * scripts as saved, every other request blocked), checked against the command-line audit of the
 * same pages. Per page:
 *   - no uncaught exception and no console error from SourceLens (attributed by where it was
 *     thrown: the extension's isolated world or an extension script); the page's own errors are
 *     counted but are not SourceLens's;
 *   - every highlight's DOM text equals the text of a finding the extension drew (as multisets of
 *     "category: text", whitespace folded);
 *   - the highlights agree with the CLI's findings for the same page (`sourcelens audit --format
 *     json <url>...`, run once for all pages against the same local server): every disagreement
 *     is listed.
 *
 *   npm run test:corpus -- --corpus ../shared/corpus [--only words] [--limit N] [--out file.json]
 *
 * Exits non-zero on an exception, a highlight whose text is not its finding's, or a page that
 * never settled; disagreements with the CLI are listed (and fail the run with --strict).
 */
import type { Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import {
  corpusPages,
  launchBrowser,
  parseArgs,
  ROOT,
  startCorpusServer,
  waitForSettled,
  type CorpusPage,
  type ExtensionBrowser,
} from './harness.ts';
import { watchErrors } from './console-watch.ts';

interface CliFinding {
  category: string;
  start: number;
  end: number;
  text: string;
}
interface CliArticle {
  languageSupported: boolean;
  findings: CliFinding[];
}
interface CliRecord extends CliArticle {
  input: string;
  isArticle: boolean;
  articles?: CliArticle[];
}

interface ExtensionFinding extends CliFinding {
  onPage: boolean;
}

interface PageOutcome {
  file: string;
  settled: boolean;
  state: string;
  /** Exceptions and console errors from SourceLens. */
  ownErrors: string[];
  /** The page's own exceptions and console errors (not SourceLens's). */
  pageErrors: number;
  highlights: number;
  /** Highlights whose text is not a drawn finding's text, and drawn findings without a highlight. */
  textMismatches: string[];
  /** Highlights vs the CLI's findings: "+ x" only on the page, "- x" only in the CLI's output. */
  disagreements: string[];
  /** What the first look found on a page whose own scripts changed it after it was drawn. */
  rewritten?: string[];
}

const args = parseArgs(process.argv.slice(2));
const corpus = args.get('corpus');
if (!corpus) {
  console.error('Usage: npm run test:corpus -- --corpus ../shared/corpus [--only words] [--limit N] [--out file.json] [--strict]');
  process.exit(2);
}
const LIMIT = Number(args.get('limit') ?? Infinity);
const OUT = args.get('out') ?? join(ROOT, 'reports', 'corpus-run.json');
const SETTLE_TIMEOUT_MS = 20_000;
/** Past PageWatch's longest wait (3 s) before SourceLens reads a changing page again. */
const REREAD_WAIT_MS = 3500;
const CATEGORIES = ['anonymous', 'secondhand', 'hedge', 'named'];
const run = promisify(execFile);

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
const key = (f: { category: string; text: string }) => `${f.category}: ${fold(f.text)}`;

/** Items of `a` not matched in `b`, as multisets. */
function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

/** The CLI's audit of every page, by URL: one run for all pages, against the same server. */
async function cliAudit(urls: string[]): Promise<Map<string, CliRecord>> {
  const { stdout } = await run(process.execPath, [join(ROOT, 'bin', 'sourcelens.mjs'), 'audit', '--format', 'json', '--no-progress', ...urls], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: 30 * 60_000,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const records = new Map<string, CliRecord>();
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as CliRecord;
    if (!records.has(r.input)) records.set(r.input, r);
  }
  return records;
}

/** The CLI's findings that the extension would draw: articles in a supported language, shown categories. */
function cliShown(record: CliRecord | undefined, shown: string[]): string[] {
  if (!record || !record.isArticle) return [];
  const articles = [record, ...(record.articles ?? [])].filter((a) => a.languageSupported);
  return articles.flatMap((a) => a.findings.filter((f) => shown.includes(f.category)).map(key));
}

/** The content script's state for the tab showing `url`, asked through the service worker. */
async function extensionState(b: ExtensionBrowser, url: string): Promise<{ kind: string; shown: string[]; findings: ExtensionFinding[] }> {
  return b.worker.evaluate(async (pageUrl) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: object): Promise<{ ok: boolean; value?: unknown }> } } }).chrome;
    const tab = (await api.tabs.query({})).find((t) => t.url === pageUrl);
    if (tab?.id === undefined) return { kind: 'no-tab', shown: [], findings: [] };
    const reply = await api.tabs.sendMessage(tab.id, { type: 'get-state' });
    const state = (reply?.ok ? reply.value : null) as {
      kind: string;
      report?: { shown: string[]; articles: { analysis: { language: { supported: boolean }; findings: CliFinding[] }; onPage: boolean[] }[] };
    } | null;
    if (!state) return { kind: 'no-reply', shown: [], findings: [] };
    const report = state.report;
    const findings = (report?.articles ?? [])
      .filter((a) => a.analysis.language.supported !== false)
      .flatMap((a) => a.analysis.findings.map((f, i) => ({ category: f.category, start: f.start, end: f.end, text: f.text, onPage: a.onPage[i] })));
    return { kind: state.kind, shown: report?.shown ?? [], findings };
  }, url);
}

/** Reads the state and the highlights, and compares them with each other and with the CLI. */
async function compare(b: ExtensionBrowser, page: Page, url: string, cli: Map<string, CliRecord>, outcome: PageOutcome): Promise<void> {
  const state = await extensionState(b, url);
  outcome.state = state.kind;
  const highlights = (await page.evaluate(`(() => {
    const out = [];
    for (const c of ${JSON.stringify(CATEGORIES)}) {
      const h = CSS.highlights.get('sourcelens-' + c);
      if (h) for (const r of h) out.push({ category: c, text: r.toString() });
    }
    return out;
  })()`)) as { category: string; text: string }[];
  outcome.highlights = highlights.length;
  const drawn = state.findings.filter((f) => f.onPage && state.shown.includes(f.category)).map(key);
  const onPage = highlights.map(key);
  outcome.textMismatches = [
    ...minus(onPage, drawn).map((x) => `highlight without its finding's text: ${x}`),
    ...minus(drawn, onPage).map((x) => `finding drawn without a highlight: ${x}`),
  ];
  const shown = state.kind === 'annotated' ? state.shown : CATEGORIES.filter((c) => c !== 'named');
  const expected = cliShown(cli.get(url), shown);
  const missing = minus(expected, onPage);
  // A finding the CLI made whose text the live page no longer holds: the page's own scripts
  // removed or rewrote it (the CLI reads the saved HTML without running them).
  const pageText = fold(String(await page.evaluate('document.body ? document.body.textContent : ""')));
  const gone = (x: string) => !pageText.includes(x.slice(x.indexOf(': ') + 2));
  outcome.disagreements = [
    ...minus(onPage, expected).map((x) => `+ ${x}`),
    ...missing.map((x) => `- ${x}${gone(x) ? ' (no longer in the page: its own scripts changed the article)' : ''}`),
  ];
}

async function checkPage(b: ExtensionBrowser, p: CorpusPage, url: string, cli: Map<string, CliRecord>): Promise<PageOutcome> {
  const outcome: PageOutcome = { file: p.file, settled: false, state: '', ownErrors: [], pageErrors: 0, highlights: 0, textMismatches: [], disagreements: [] };
  const page = await b.context.newPage();
  const errors = await watchErrors(page);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
    outcome.settled = (await waitForSettled(page, SETTLE_TIMEOUT_MS)) !== null;
    if (page.url() !== url) {
      // Not SourceLens's doing: the page's own script sent the browser elsewhere (an http ->
      // https redirect, which the blocked network turns into an error page).
      outcome.state = `navigated away by its own script (${page.url()})`;
      outcome.settled = true;
      return outcome;
    }
    await compare(b, page, url, cli, outcome);
    if (outcome.textMismatches.length || outcome.disagreements.length) {
      // A page whose own scripts rewrite the article after SourceLens drew it leaves ranges on
      // text that is gone; SourceLens reads the page again once it is quiet (at most 3 s).
      await page.waitForTimeout(REREAD_WAIT_MS);
      const first = [...outcome.textMismatches, ...outcome.disagreements];
      await compare(b, page, url, cli, outcome);
      outcome.rewritten = first;
    }
  } catch (error) {
    outcome.ownErrors.push(`check failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await page.waitForTimeout(50);
    outcome.ownErrors.push(...errors.own);
    outcome.pageErrors = errors.page.length;
    await errors.stop();
    await page.close().catch(() => undefined);
  }
  return outcome;
}

const pages = corpusPages(corpus, args.all('only')).slice(0, LIMIT);
const server = await startCorpusServer(corpus, pages);
const started = Date.now();
const cli = await cliAudit(pages.map((p) => server.url(p)));
console.error(`  CLI audit of ${pages.length} pages: ${cli.size} records (${Math.round((Date.now() - started) / 1000)} s)`);
const browser = await launchBrowser(server.origin);
const outcomes: PageOutcome[] = [];
for (const [i, p] of pages.entries()) {
  outcomes.push(await checkPage(browser, p, server.url(p), cli));
  if ((i + 1) % 50 === 0) console.error(`  ${i + 1}/${pages.length} pages (${Math.round((Date.now() - started) / 1000)} s)`);
}
const extensionRequests = [...browser.blocked];
await browser.close();
await server.close();

const withErrors = outcomes.filter((o) => o.ownErrors.length);
const unsettled = outcomes.filter((o) => !o.settled);
const mismatched = outcomes.filter((o) => o.textMismatches.length);
const disagreeing = outcomes.filter((o) => o.disagreements.length);
const rewritten = outcomes.filter((o) => o.rewritten);
const states = new Map<string, number>();
for (const o of outcomes) states.set(o.state, (states.get(o.state) ?? 0) + 1);

const lines = [
  `Corpus run: ${outcomes.length} pages in Chromium with the extension (${Math.round((Date.now() - started) / 1000)} s)`,
  `  states: ${[...states].map(([k, n]) => `${k} ${n}`).join(', ')}`,
  `  highlights: ${outcomes.reduce((n, o) => n + o.highlights, 0)}; CLI findings compared on ${cli.size} records`,
  `  SourceLens exceptions or console errors: ${withErrors.length} pages`,
  ...withErrors.flatMap((o) => o.ownErrors.map((e) => `    ${o.file}: ${e}`)),
  `  pages that never settled: ${unsettled.length}${unsettled.length ? ': ' + unsettled.map((o) => o.file).join(', ') : ''}`,
  `  highlight text differing from its finding's: ${mismatched.length} pages`,
  ...mismatched.flatMap((o) => o.textMismatches.map((e) => `    ${o.file}: ${e}`)),
  `  the page's own errors (not SourceLens's): ${outcomes.reduce((n, o) => n + o.pageErrors, 0)} on ${outcomes.filter((o) => o.pageErrors).length} pages`,
  `  requests blocked (not to the local server): ${extensionRequests.length}`,
  `  pages whose own scripts changed the article after it was drawn (first look differed, checked again after ${REREAD_WAIT_MS / 1000} s): ${rewritten.length}`,
  ...rewritten.map((o) => `    ${o.file}: first look: ${o.rewritten!.length} differences (${o.rewritten![0]})${o.textMismatches.length || o.disagreements.length ? '; still different' : '; then equal'}`),
  `  disagreements with the CLI: ${disagreeing.reduce((n, o) => n + o.disagreements.length, 0)} on ${disagreeing.length} pages ("+" only highlighted, "-" only in the CLI's findings)`,
  ...disagreeing.flatMap((o) => o.disagreements.map((d) => `    ${o.file}: ${d}`)),
];
console.log(lines.join('\n'));
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(outcomes, null, 1));
const failed = new Set([...withErrors, ...unsettled, ...mismatched, ...(args.has('strict') ? disagreeing : [])]);
console.log(`corpus: ${outcomes.length - failed.size} passed, ${failed.size} failed`);
process.exit(failed.size ? 1 : 0);
