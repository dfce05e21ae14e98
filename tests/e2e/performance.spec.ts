/**
 * A very long article: SourceLens must work in slices that yield to the page, with the analysis
 * itself in the background. Checked as behaviour, not time: the page's own timer keeps running
 * while SourceLens works (it is given the main thread between slices), the work is recorded as
 * several slices (`sourcelens:slice` measures), and the engine ran in the background (its
 * `sourcelens:analyse` measure is in the service worker, and no engine measure is in the page).
 * The figures (long tasks, the longest slice) are printed; the browser benchmark reports them
 * over the whole corpus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, ROOT, test } from './fixtures.ts';
import { ArticlePage } from './pages/article-page.ts';

const PARAGRAPHS = 40;

/** The reference article with its body repeated: 40 times the text, hundreds of findings. */
function bigArticle(): string {
  const html = readFileSync(join(ROOT, 'tests', 'fixtures', 'seed-up-china-russia-cooperation.html'), 'utf8');
  const body = /<div class="post__text" itemprop="articleBody">([\s\S]*?)\n {2}<\/div>/.exec(html)![1];
  const repeated = Array.from({ length: PARAGRAPHS }, (_, i) => `<section id="part-${i}">${body}</section>`).join('\n');
  return html.replace(body, repeated);
}

interface Timings {
  start: number;
  highlighted: number;
  slices: { name: string; start: number; duration: number }[];
  ticks: number[];
  longTasks: { start: number; duration: number }[];
}

test('a very long article is annotated in slices that yield to the page, analysed in the background', async ({
  context,
  server,
  serviceWorker,
}) => {
  const url = server.serve('long-article.html', bigArticle());
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[]; __ticks: number[] };
    w.__longTasks = [];
    w.__ticks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    // The page's own work: a timer that runs whenever the main thread is free.
    setInterval(() => w.__ticks.push(performance.now()), 4);
  });
  const article = new ArticlePage(page);
  await article.goto(url);
  await article.waitForHighlights();
  await page.waitForFunction(() => performance.getEntriesByName('sourcelens:highlighted').length > 0);
  const count = (await article.highlights()).length;
  expect(count).toBeGreaterThan(PARAGRAPHS * 5);

  const t = (await page.evaluate(`(() => ({
    start: performance.getEntriesByName('sourcelens:start')[0].startTime,
    highlighted: performance.getEntriesByName('sourcelens:highlighted')[0].startTime,
    slices: performance.getEntriesByName('sourcelens:slice').map((e) => ({ name: String(e.detail), start: e.startTime, duration: e.duration })),
    ticks: window.__ticks,
    longTasks: window.__longTasks,
  }))()`)) as Timings;

  // The work is split, and the page's timer ran between SourceLens's start and its highlights.
  const during = t.slices.filter((s) => s.start >= t.start && s.start <= t.highlighted);
  const names = new Set(during.map((s) => s.name));
  for (const step of ['construct', 'listen', 'head', 'scan', 'finish', 'record', 'slice', 'order', 'prepare', 'draw', 'publish']) {
    expect(names, step).toContain(step);
  }
  const ticksDuring = t.ticks.filter((x) => x > t.start && x < t.highlighted);
  expect(ticksDuring.length).toBeGreaterThan(1);
  // Every slice ran in its own turn: no two of them overlap.
  const ordered = [...during].sort((a, b) => a.start - b.start);
  for (let i = 1; i < ordered.length; i++) expect(ordered[i].start).toBeGreaterThanOrEqual(ordered[i - 1].start + ordered[i - 1].duration - 0.01);

  // The engine ran in the service worker, not in the page.
  const analyses = (await serviceWorker.evaluate("performance.getEntriesByName('sourcelens:analyse').length")) as number;
  expect(analyses).toBeGreaterThan(0);

  const longest = ordered.reduce((a, b) => (b.duration > a.duration ? b : a));
  const long = t.longTasks.filter((l) => l.start < t.highlighted && l.start + l.duration > t.start);
  console.log(
    `long article (${count} highlights): start to highlights ${Math.round(t.highlighted - t.start)} ms, ` +
      `${during.length} slices (${ordered.map((s) => `${s.name} +${Math.round(s.start - t.start)} ${s.duration.toFixed(1)}`).join(', ')}), longest ${longest.duration.toFixed(1)} ms (${longest.name}); ` +
      `page timer ran ${ticksDuring.length} times meanwhile; long tasks then: ${long.map((l) => `${Math.round(l.duration)} ms at +${Math.round(l.start - t.start)}`).join(', ') || 'none'}`,
  );
});
