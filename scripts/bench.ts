/**
 * Engine benchmark: `npm run bench -- --corpus ../shared/corpus [--rounds 7]`
 *
 * Extracts every corpus page's article once (not timed), then times the engine over all the
 * texts against one plain tokenising pass (`/\w+/g`) over the same texts, in the same run and
 * interleaved round by round so machine noise hits both alike. Prints throughput (words per ms)
 * and the ratio engine / tokenising pass, medians over rounds. Target: ratio <= 10.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { analyzeArticle, type ArticleInput } from '../engine/index.ts';
import { findArticles } from '../extract/index.ts';
import { loadInput } from '../cli/load-input.ts';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, rounds: { type: 'string', default: '7' } } });
if (!values.corpus || !existsSync(join(values.corpus, 'pages'))) {
  console.error('usage: npm run bench -- --corpus ../shared/corpus [--rounds 7]');
  process.exit(2);
}
const rounds = Math.max(3, Number(values.rounds));
const pagesDir = join(resolve(values.corpus), 'pages');

const inputs: ArticleInput[] = [];
for (const file of readdirSync(pagesDir).sort()) {
  try {
    const { html } = await loadInput(join(pagesDir, file));
    const page = findArticles(parseHTML(html).document as unknown as Document);
    for (const a of page.articles) {
      inputs.push({ title: a.title, body: a.body, publisher: page.metadata.publisher, declaredLanguage: page.metadata.language, links: a.links, basedOn: page.metadata.basedOn });
    }
  } catch {
    // Unreadable pages are the eval's concern, not the benchmark's.
  }
}
const texts = inputs.map((i) => i.title + '\n\n' + i.body);
const chars = texts.reduce((s, t) => s + t.length, 0);

function tokenisingPass(): number {
  let n = 0;
  for (const t of texts) {
    const re = /\w+/g;
    while (re.exec(t)) n++;
  }
  return n;
}

let sink = 0;
function engine(): void {
  for (const input of inputs) sink += analyzeArticle(input).findings.length;
}

const words = tokenisingPass();
// Warm both up so the JIT has compiled them before timing.
for (let i = 0; i < 2; i++) {
  tokenisingPass();
  engine();
}
const baseTimes: number[] = [];
const engineTimes: number[] = [];
for (let r = 0; r < rounds; r++) {
  let t = performance.now();
  sink += tokenisingPass();
  baseTimes.push(performance.now() - t);
  t = performance.now();
  engine();
  engineTimes.push(performance.now() - t);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const base = median(baseTimes);
const eng = median(engineTimes);
console.log(`Engine benchmark: ${inputs.length} articles, ${words.toLocaleString('en')} words, ${(chars / 1e6).toFixed(1)} M characters, ${rounds} rounds (medians)`);
console.log(`  tokenising pass (/\\w+/g)  ${base.toFixed(1).padStart(8)} ms   ${(words / base).toFixed(0).padStart(7)} words/ms`);
console.log(`  SourceLens engine         ${eng.toFixed(1).padStart(8)} ms   ${(words / eng).toFixed(0).padStart(7)} words/ms`);
console.log(`  ratio engine / tokenising pass: ${(eng / base).toFixed(2)}x (target <= 10x)`);
if (sink < 0) console.log(sink);
