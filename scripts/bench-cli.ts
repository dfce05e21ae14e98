/**
 * CLI throughput: `npm run bench:cli -- --corpus ../shared/corpus`
 *
 * Runs the real `sourcelens audit --format json` over every corpus page in one process, as a user
 * would, and reports pages per second and the process's peak memory (max resident set size), with
 * a plain `node` start-up measured in the same run for scale.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { corpus: { type: 'string' } } });
if (!values.corpus || !existsSync(join(values.corpus, 'pages'))) {
  console.error('usage: npm run bench:cli -- --corpus ../shared/corpus');
  process.exit(2);
}
const pagesDir = join(resolve(values.corpus), 'pages');
const pages = readdirSync(pagesDir).map((f) => join(pagesDir, f));

/** Runs node with the given arguments; the wrapper prints the child's own peak memory on exit. */
function measure(args: string[]): { seconds: number; maxRssMb: number; status: number | null; lines: number } {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['scripts/with-usage.mjs', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  const usage = /max-rss-kb=(\d+)/.exec(r.stderr);
  return { seconds, maxRssMb: usage ? Number(usage[1]) / 1024 : NaN, status: r.status, lines: r.stdout.split('\n').filter(Boolean).length };
}

const baseline = measure(['--version-only']);
const run = measure(['bin/sourcelens.mjs', 'audit', '--format', 'json', '--no-progress', ...pages]);
console.log(`CLI benchmark: ${pages.length} pages in one \`sourcelens audit --format json\` run`);
console.log(`  plain node start-up          ${baseline.seconds.toFixed(2)} s, peak memory ${baseline.maxRssMb.toFixed(0)} MB`);
console.log(`  sourcelens audit (all pages) ${run.seconds.toFixed(2)} s, peak memory ${run.maxRssMb.toFixed(0)} MB, ${run.lines} JSON lines, exit ${run.status}`);
console.log(`  throughput: ${(pages.length / run.seconds).toFixed(1)} pages per second (${(run.seconds / pages.length * 1000).toFixed(1)} ms per page)`);
