/**
 * A very long article: SourceLens must work in slices that yield to the page. Long tasks (over
 * 50 ms) are recorded by the page's own PerformanceObserver; the content script marks when it
 * starts (`sourcelens:start`) and measures the shared pipeline call (`sourcelens:audit`), so each
 * long task can be put down to loading the script, the pipeline, or SourceLens's own slices.
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

interface Span {
  start: number;
  end: number;
}

interface Timings {
  longTasks: Span[];
  domContentLoadedEnd: number;
  started: number;
  audits: Span[];
}

test('a very long article is annotated in slices: no long task of its own', async ({ context, server }) => {
  const url = server.serve('long-article.html', bigArticle());
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; end: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const article = new ArticlePage(page);
  await article.goto(url);
  await article.waitForHighlights();
  await page.waitForTimeout(1500);
  const count = (await article.highlights()).length;
  expect(count).toBeGreaterThan(PARAGRAPHS * 5);

  const t: Timings = await page.evaluate(() => ({
    longTasks: (window as unknown as { __longTasks: { start: number; end: number }[] }).__longTasks,
    domContentLoadedEnd: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    started: performance.getEntriesByName('sourcelens:start')[0]?.startTime ?? Number.NaN,
    audits: performance.getEntriesByName('sourcelens:audit').map((m) => ({ start: m.startTime, end: m.startTime + m.duration })),
  }));
  expect(t.started).toBeGreaterThan(0);
  expect(t.audits.length).toBeGreaterThan(0);

  const after = t.longTasks.filter((task) => task.end > t.domContentLoadedEnd);
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const loading = after.filter((task) => task.start <= t.started);
  const pipeline = after.filter((task) => task.start > t.started && t.audits.some((a) => overlaps(task, a)));
  const own = after.filter((task) => !loading.includes(task) && !pipeline.includes(task));
  const ms = (spans: Span[]) => spans.map((s) => `${Math.round(s.end - s.start)} ms`).join(', ') || 'none';
  console.log(
    `long article (${count} highlights): pipeline call ${ms(t.audits)}; long tasks: loading the script ${ms(loading)}, ` +
      `in the pipeline call ${ms(pipeline)}, SourceLens's own slices ${ms(own)}`,
  );
  // SourceLens's own work (mapping ranges, drawing, the card, messaging) never blocks for 50 ms.
  expect(own).toEqual([]);
});
