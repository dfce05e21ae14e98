/**
 * Extension hardening, on the builds `npm run test:e2e` has just made: no code built from strings
 * (`eval`, `new Function`) and no remote code (scripts or imports from http(s) URLs, network APIs)
 * in any bundle; the extension pages keep their strict content security policy; and the network:
 * with the extension on, a page makes exactly the requests it makes without it, the background
 * makes none, and the extension's own pages load nothing but their own files.
 */
import { chromium, type BrowserContext, type Request } from '@playwright/test';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PHRASE_RULES } from '../../engine/analyze.ts';
import { OUTLETS } from '../../engine/outlets/index.ts';
import { CHROME_BUILD, CHROMIUM_PATH, expect, newProfile, ROOT, test } from './fixtures.ts';
import { newsPage } from './support/hard-pages.ts';

const BUILDS = [CHROME_BUILD, join(ROOT, '.output', 'firefox-mv3-e2e')];

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

/** What must not be in a bundle: code from strings, remote code, network APIs. */
const FORBIDDEN: [string, RegExp][] = [
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['Function from a string', /(?<![\w$.])Function\s*\(\s*["'`]/],
  ['a timer given a string', /set(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['a remote import', /import\s*\(\s*["'`]https?:|from\s*["'`]https?:/],
  ['importScripts', /importScripts\s*\(/],
  ['fetch', /(?<![\w$.])fetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['sendBeacon', /sendBeacon/],
  ['EventSource', /EventSource/],
];

test('no bundle builds code from strings or loads remote code, and the pages keep their CSP', () => {
  let scanned = 0;
  for (const build of BUILDS) {
    for (const file of files(build, /\.js$/)) {
      const code = readFileSync(file, 'utf8');
      scanned++;
      for (const [what, pattern] of FORBIDDEN) expect(pattern.test(code), `${what} in ${relative(ROOT, file)}`).toBe(false);
    }
    for (const file of files(build, /\.html$/)) {
      const html = readFileSync(file, 'utf8');
      expect(html, relative(ROOT, file)).not.toMatch(/<script[^>]+src=["']?(?:https?:)?\/\//i);
      expect(html, relative(ROOT, file)).not.toMatch(/<link[^>]+href=["']?(?:https?:)?\/\//i);
      // Every script is a file of the extension (no inline code, which the CSP would refuse anyway).
      expect(html, relative(ROOT, file)).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i);
    }
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as { content_security_policy?: { extension_pages?: string } };
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    for (const directive of ["script-src 'self'", "object-src 'none'", "style-src 'self'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(csp, build).toContain(directive);
    }
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  }
  expect(scanned).toBeGreaterThan(10);
});

test('the content script carries neither the engine nor the gazetteer, and stays within its size', () => {
  for (const build of BUILDS) {
    const code = readFileSync(join(build, 'content-scripts', 'content.js'), 'utf8');
    // Outlet names and the rules' ids would be in the bundle as string literals.
    const outlets = OUTLETS.map((o) => o.name).filter((name) => name.length > 12 && code.includes(name));
    const rules = PHRASE_RULES.filter((r) => code.includes(`"${r.id}"`) || code.includes(`\`${r.id}\``)).map((r) => r.id);
    expect(outlets, build).toEqual([]);
    expect(rules, build).toEqual([]);
    expect(gzipSync(code, { level: 9 }).length, build).toBeLessThanOrEqual(60 * 1024);
  }
  // The background does carry them (the checks above would pass on an empty file).
  const background = readFileSync(join(CHROME_BUILD, 'background.js'), 'utf8');
  expect(OUTLETS.filter((o) => o.name.length > 12 && background.includes(o.name)).length).toBeGreaterThan(20);
  expect(PHRASE_RULES.filter((r) => background.includes(`"${r.id}"`) || background.includes(`\`${r.id}\``)).length).toBe(PHRASE_RULES.length);
});

/** Every request the context sees, with where it came from. */
function record(context: BrowserContext): { url: string; from: string }[] {
  const seen: { url: string; from: string }[] = [];
  const add = (request: Request) => {
    let from = 'page';
    try {
      if (request.serviceWorker()) from = 'service worker';
      else if (request.frame().url().startsWith('chrome-extension://')) from = 'extension page';
    } catch {
      from = 'service worker';
    }
    seen.push({ url: request.url(), from });
  };
  context.on('request', add);
  for (const worker of context.serviceWorkers()) worker.on('request' as never, add as never);
  return seen;
}

test('with the extension on, pages make only their own requests; the extension makes none', async ({ context, server, extensionId }) => {
  // A page with requests of its own (an image, a style sheet, a script), all to the test server.
  const assets = '<link rel="stylesheet" href="/site/none.css"><script src="/site/none.js"></script>';
  const url = server.serve('network.html', newsPage({ head: assets, after: '<img src="/site/none.png" alt="">' }));
  const pages = [url, server.url('/fixtures/seed-up-china-russia-cooperation.html')];

  // The same pages in the same browser without the extension: the page's own requests.
  const plainProfile = newProfile();
  const plain = await chromium.launchPersistentContext(plainProfile, { executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox'] });
  const baseline = record(plain);
  for (const address of pages) {
    const page = await plain.newPage();
    await page.goto(address, { waitUntil: 'load' });
    await page.waitForTimeout(300);
  }
  await plain.close();
  rmSync(plainProfile, { recursive: true, force: true });

  const seen = record(context);
  for (const address of pages) {
    const page = await context.newPage();
    await page.goto(address, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('sourcelens:settled').length > 0);
    await page.waitForTimeout(300);
  }
  const own = (list: { url: string }[]) => list.map((r) => r.url).filter((u) => !u.startsWith('chrome-extension://')).sort();
  expect(own(seen)).toEqual(own(baseline));
  expect(seen.filter((r) => r.from !== 'page')).toEqual([]);

  // The extension's own pages load their own files and nothing else.
  const before = seen.length;
  for (const path of ['popup.html', 'options.html', 'report.html', 'audit-history.html', 'practice.html']) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(200);
    await page.close();
  }
  const extensionPages = seen.slice(before);
  expect(extensionPages.length).toBeGreaterThan(0);
  expect(extensionPages.filter((r) => !r.url.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
});
