/**
 * Development evaluation of the article finder over the shared corpus.
 *
 *   npx tsx scripts/eval-body.ts --corpus ../shared/corpus [--out out.ndjson] [--only zyte-] [--no-speed]
 *                                [--baseline readability]
 *
 * Parses every page with linkedom (as the CLI does), runs the finder, writes one NDJSON line per page
 * ({input, title, body, publisher, isArticle}), and prints article-body F1/P/R on the zyte pages
 * (the benchmark's metric, same figures as tools/score.py), the worst pages, publisher accuracy on
 * the labelled pages, isArticle agreement with Readability's `readerable`, and speed ratios against a
 * plain TreeWalker pass and against Readability on a cloned document.
 * `--baseline readability` writes Readability's own output instead, to measure it with this harness.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { findArticles } from '../extract/index.ts';
import { pageId, round3, scoreBodies, scorePageBody } from '../eval/body-score.ts';

interface Options {
  corpus: string;
  out: string | null;
  only: string | null;
  speed: boolean;
  baseline: string | null;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { corpus: '', out: null, only: null, speed: true, baseline: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--corpus') opts.corpus = argv[++i];
    else if (a === '--out') opts.out = argv[++i];
    else if (a === '--only') opts.only = argv[++i];
    else if (a === '--no-speed') opts.speed = false;
    else if (a === '--baseline') opts.baseline = argv[++i];
    else throw new Error(`unknown argument ${a}`);
  }
  if (!opts.corpus) throw new Error('usage: eval-body.ts --corpus DIR [--out FILE] [--only PREFIX] [--no-speed] [--baseline readability]');
  return opts;
}

function readPage(path: string): string {
  const raw = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

interface OutLine {
  input: string;
  title: string;
  body: string;
  publisher: string;
  isArticle: boolean;
}

/** Readability's article as blocks joined by blank lines, so words at block edges do not run together. */
function readabilityOutput(doc: Document): { title: string; body: string; isArticle: boolean } {
  const art = new Readability(doc.cloneNode(true) as Document).parse();
  if (!art?.content) return { title: '', body: '', isArticle: false };
  const frag = parse(`<html><body>${art.content}</body></html>`);
  const blocks: string[] = [];
  for (const el of Array.from(frag.querySelectorAll('p, li, h2, h3, h4, h5, h6, pre, td, blockquote'))) {
    if (el.querySelector('p, li, pre, blockquote, td')) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
  }
  const body = blocks.length ? blocks.join('\n\n') : (art.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { title: art.title ?? '', body, isArticle: true };
}

/** The reference scorer's loose name match: case-insensitive, leading "the" and punctuation dropped, substrings count. */
function samePublisher(gold: string, predicted: string): boolean {
  const norm = (n: string) =>
    n.replace(/\s+/g, ' ').trim().toLowerCase().replace(/^the\s+/, '').replace(/[’'`.,]/g, '');
  const a = norm(gold);
  const b = norm(predicted);
  if (!a) return false;
  return a === b || (a.length > 3 && b.length > 3 && (a.includes(b) || b.includes(a)));
}

function walkAllText(doc: Document): number {
  // The floor the finder is measured against: one TreeWalker pass reading every text node.
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) total += (n as Text).data.length;
  return total;
}

interface Speed {
  finder: number[];
  walker: number[];
  readability: number[];
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/**
 * Per-page times of the finder, a plain TreeWalker pass and Readability on a cloned document.
 * The machine is shared, so each page's time is the fastest of a few runs (load only ever adds
 * time), and each contender runs over a chunk of pages in its own loop so one's garbage is not
 * collected on another's clock.
 */
function measureSpeed(pagesDir: string, files: string[], truth: Record<string, { url: string }>, out: Speed): void {
  const CHUNK = 40;
  const RUNS = 3;
  for (let c = 0; c < files.length; c += CHUNK) {
    const chunk = files.slice(c, c + CHUNK);
    const docs = chunk.map((f) => parse(readPage(join(pagesDir, f))));
    const urls = chunk.map((f) => truth[pageId(f)]?.url);
    const best = (run: (doc: Document, i: number) => unknown, runs: number): number[] => {
      const t = docs.map(() => Infinity);
      for (let r = 0; r < runs; r++) {
        docs.forEach((doc, i) => {
          const t0 = performance.now();
          try {
            run(doc, i);
          } catch {
            /* exceptions are reported by the main pass */
          }
          t[i] = Math.min(t[i], performance.now() - t0);
        });
      }
      return t;
    };
    out.walker.push(...best((doc) => walkAllText(doc), RUNS));
    out.finder.push(...best((doc, i) => findArticles(doc, { url: urls[i] }), RUNS));
    out.readability.push(...best((doc) => new Readability(doc.cloneNode(true) as Document).parse(), 2));
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const pagesDir = join(opts.corpus, 'pages');
  const truth = JSON.parse(readFileSync(join(opts.corpus, 'article-body', 'zyte-ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string; articleBody: string }
  >;
  const readerable = JSON.parse(
    readFileSync(join(opts.corpus, 'article-body', 'readability-metadata.json'), 'utf8'),
  ) as Record<string, { readerable: boolean }>;
  const labelsDir = join(opts.corpus, 'labels');
  const labels = new Map<string, string>();
  for (const f of existsSync(labelsDir) ? readdirSync(labelsDir) : []) {
    if (!f.endsWith('.json')) continue;
    const lab = JSON.parse(readFileSync(join(labelsDir, f), 'utf8')) as { publisher?: string };
    if (lab.publisher) labels.set(f.slice(0, -5), lab.publisher);
  }

  const files = readdirSync(pagesDir)
    .filter((f) => /\.html?(\.gz)?$/.test(f))
    .filter((f) => !opts.only || f.startsWith(opts.only))
    .sort();
  const lines: OutLine[] = [];
  const errors: string[] = [];
  const speed: Speed = { finder: [], walker: [], readability: [] };

  for (const file of files) {
    const id = pageId(file);
    const html = readPage(join(pagesDir, file));
    const url = truth[id]?.url;
    let line: OutLine = { input: file, title: '', body: '', publisher: '', isArticle: false };
    try {
      if (opts.baseline === 'readability') {
        const r = readabilityOutput(parse(html));
        line = { input: file, ...r, publisher: '' };
      } else {
        const page = findArticles(parse(html), { url });
        const main = page.articles[0];
        line = {
          input: file,
          title: main?.title ?? page.metadata.title,
          body: main?.body ?? '',
          publisher: page.metadata.publisher,
          isArticle: page.isArticle,
        };
      }
    } catch (err) {
      errors.push(`${file}: ${(err as Error).stack ?? String(err)}`);
    }
    lines.push(line);
  }

  if (opts.speed && !opts.baseline) measureSpeed(pagesDir, files, truth, speed);
  const finderTotal = sum(speed.finder);
  const walkerTotal = sum(speed.walker);
  const readabilityTotal = sum(speed.readability);

  if (opts.out) writeFileSync(opts.out, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');

  // Article body on the zyte pages.
  const predicted = new Map(lines.map((l) => [pageId(l.input), l.body]));
  const zyteIds = Object.keys(truth).filter((id) => predicted.has(id));
  if (zyteIds.length) {
    const score = scoreBodies(predicted, truth);
    console.log(`article body (${score.pages} zyte pages, ${score.missing} missing): F1 ${score.f1}  P ${score.precision}  R ${score.recall}`);
    const perPage = zyteIds
      .map((id) => ({ id, ...scorePageBody(truth[id].articleBody, predicted.get(id) ?? '') }))
      .sort((a, b) => a.f1 - b.f1);
    console.log('worst pages:');
    for (const p of perPage.slice(0, 15)) {
      console.log(`  ${p.id}  F1 ${round3(p.f1)}  P ${p.precision === null ? '-' : round3(p.precision)}  R ${p.recall === null ? '-' : round3(p.recall)}`);
    }
  }

  // Publisher on the labelled pages.
  const byId = new Map(lines.map((l) => [pageId(l.input), l]));
  let pubOk = 0;
  let pubN = 0;
  const pubMisses: string[] = [];
  for (const [id, gold] of labels) {
    const l = byId.get(id);
    if (!l) continue;
    pubN++;
    if (samePublisher(gold, l.publisher)) pubOk++;
    else pubMisses.push(`${id}: "${l.publisher}" (gold "${gold}")`);
  }
  if (pubN) {
    console.log(`publisher: ${pubOk}/${pubN} = ${round3(pubOk / pubN)}`);
    for (const m of pubMisses) console.log(`  miss ${m}`);
  }

  // isArticle.
  let agree = 0;
  let agreeN = 0;
  const disagreements: string[] = [];
  for (const [id, meta] of Object.entries(readerable)) {
    const l = byId.get(id);
    if (!l) continue;
    agreeN++;
    if (l.isArticle === meta.readerable) agree++;
    else disagreements.push(`${id} (ours ${l.isArticle}, readerable ${meta.readerable})`);
  }
  if (agreeN) {
    console.log(`isArticle vs readerable: ${agree}/${agreeN} = ${round3(agree / agreeN)}`);
    for (const d of disagreements) console.log(`  differs ${d}`);
  }
  const mustBeArticles = lines.filter((l) => labels.has(pageId(l.input)) || pageId(l.input) in truth);
  const notArticles = mustBeArticles.filter((l) => !l.isArticle).map((l) => pageId(l.input));
  console.log(`labelled + zyte pages found as articles: ${mustBeArticles.length - notArticles.length}/${mustBeArticles.length}`);
  if (notArticles.length) console.log(`  not articles: ${notArticles.join(', ')}`);

  if (speed.finder.length) {
    const ratios = speed.finder.map((f, i) => f / Math.max(speed.walker[i], 1e-3));
    const rratios = speed.finder.map((f, i) => f / Math.max(speed.readability[i], 1e-3));
    console.log(
      `speed over ${speed.finder.length} pages: finder ${finderTotal.toFixed(0)} ms, TreeWalker ${walkerTotal.toFixed(0)} ms, ` +
        `Readability(clone) ${readabilityTotal.toFixed(0)} ms`,
    );
    console.log(
      `  finder / TreeWalker: total ${(finderTotal / walkerTotal).toFixed(2)}x, median page ${median(ratios).toFixed(2)}x; ` +
        `finder / Readability: total ${(finderTotal / readabilityTotal).toFixed(2)}, median page ${median(rratios).toFixed(2)}`,
    );
  }

  console.log(`exceptions: ${errors.length} of ${files.length} pages`);
  for (const e of errors.slice(0, 10)) console.log(`  ${e.split('\n').slice(0, 3).join(' | ')}`);
}

main();
