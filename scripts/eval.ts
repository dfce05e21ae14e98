/**
 * Evaluation over the shared corpus: `npm run eval -- --corpus ../shared/corpus [--out reports] [--check eval/floors.json] [--held-out eval/held-out-labels]`
 *
 * Audits every saved page exactly as the CLI does (the same loader, pipeline and JSON lines),
 * then scores the lines: sourcing spans and outlets against the development labels, the
 * publisher, and the article body against the zyte benchmark's ground truth. Prints the figures
 * and the worst pages, writes them to <out>/eval.json (and the lines to <out>/eval.ndjson), checks
 * them against the reference scorer (tools/score.py) when python3 is present, and with --check
 * fails when a figure falls below its floor (the CI regression guard).
 *
 * It also scores the same lines against labels of other corpus pages, in the corpus labels' format,
 * made blind from the taxonomy (eval/held-out-labels/README.md; `--held-out DIR` names another
 * folder); their floors are the `held-out.*` keys.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { auditHtml } from '../cli/audit-html.ts';
import { loadInput } from '../cli/load-input.ts';
import { UserError } from '../cli/user-error.ts';
import { scoreAttribution, type LabelFile, type OutputRecord } from '../eval/attribution-score.ts';
import { pageId, scoreBodies, scorePageBody } from '../eval/body-score.ts';
import { toJsonLine } from '../report/json.ts';
import { failedRecord } from '../report/record.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    out: { type: 'string', default: 'reports' },
    check: { type: 'string' },
    pages: { type: 'boolean', default: false },
    'held-out': { type: 'string' },
  },
});
if (!values.corpus) {
  console.error('usage: npm run eval -- --corpus ../shared/corpus [--out reports] [--check eval/floors.json] [--held-out eval/held-out-labels] [--pages]');
  process.exit(2);
}
const corpus = resolve(values.corpus);
const pagesDir = join(corpus, 'pages');
const labelsDir = join(corpus, 'labels');
const truthPath = join(corpus, 'article-body', 'zyte-ground-truth.json');
// The project's own held-out labels unless another folder is named.
const DEFAULT_HELD_OUT = fileURLToPath(new URL('../eval/held-out-labels', import.meta.url));
const heldOutDir = values['held-out'] ? resolve(values['held-out']) : existsSync(DEFAULT_HELD_OUT) ? DEFAULT_HELD_OUT : null;
if (heldOutDir && !existsSync(heldOutDir)) {
  console.error(`eval: ${heldOutDir} not found (--held-out is a folder of label files)`);
  process.exit(2);
}
for (const p of [pagesDir, labelsDir, truthPath]) {
  if (!existsSync(p)) {
    console.error(`eval: ${p} not found (is --corpus the shared corpus folder?)`);
    process.exit(2);
  }
}

const files = readdirSync(pagesDir).filter((f) => /\.html?(\.gz)?$/.test(f)).sort();
const lines: string[] = [];
const started = performance.now();
for (const [i, file] of files.entries()) {
  if (process.stderr.isTTY) process.stderr.write(`\r\u001b[2K  auditing ${i + 1}/${files.length} ${file}`);
  const input = join(pagesDir, file);
  let line: string;
  try {
    const page = await loadInput(input);
    line = toJsonLine(auditHtml(input, page.html, page.url));
  } catch (e) {
    line = toJsonLine(failedRecord(input, e instanceof UserError ? e.message : `internal error: ${(e as Error).message}`));
  }
  lines.push(line);
}
const seconds = (performance.now() - started) / 1000;
if (process.stderr.isTTY) process.stderr.write('\r\u001b[2K');

const outDir = resolve(values.out!);
mkdirSync(outDir, { recursive: true });
const ndjsonPath = join(outDir, 'eval.ndjson');
writeFileSync(ndjsonPath, lines.join('\n') + '\n');

const outputs = lines.map((l) => JSON.parse(l) as OutputRecord & { error?: string; isArticle?: boolean });
const readLabels = (dir: string): LabelFile[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelFile), page: f.slice(0, -5) }));
const labels = readLabels(labelsDir);
const attribution = scoreAttribution(outputs, labels);
const heldOutLabels = heldOutDir ? readLabels(heldOutDir) : [];
const heldOut = heldOutDir ? scoreAttribution(outputs, heldOutLabels) : null;
const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody: string }>;
const bodies = new Map(outputs.map((o) => [pageId(o.input ?? ''), o.body ?? '']));
const body = scoreBodies(bodies, truth);

const internalErrors = outputs.filter((o) => o.error?.startsWith('internal error')).map((o) => `${pageId(o.input ?? '')}: ${o.error}`);
const figures = {
  pages: outputs.length,
  seconds: Number(seconds.toFixed(1)),
  articles: outputs.filter((o) => o.isArticle).length,
  internalErrors,
  attribution: { ...attribution, pages: undefined },
  heldOut: heldOut ? { ...heldOut, pages: undefined } : undefined,
  body,
};

/** The figures scored for each set of labels, in the order they print. */
const SCORED = ['anonymous', 'secondhand', 'hedge', 'all', 'outlets'] as const;

// ---- print ----
const pct = (x: number) => x.toFixed(3);
console.log(`SourceLens evaluation: ${outputs.length} pages in ${figures.seconds} s (${(outputs.length / seconds).toFixed(1)} pages/s)\n`);
function printAttribution(heading: string, scores: typeof attribution): void {
  console.log(heading);
  console.log('  category      precision  recall     F1   gold  pred');
  for (const k of SCORED) {
    const r = scores[k];
    console.log(`  ${k.padEnd(12)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(6)}  ${pct(r.f1).padStart(5)}  ${String(r.gold).padStart(5)}  ${String(r.pred).padStart(4)}`);
  }
  console.log(`  publisher accuracy: ${pct(scores.publisher_accuracy)}`);
}
printAttribution(`Sourcing spans and outlets (development labels, ${labels.length} pages):`, attribution);
if (heldOut) printAttribution(`\nHeld-out labels (${heldOutLabels.length} other corpus pages, labelled blind from the taxonomy):`, heldOut);
console.log(`\nArticle body (zyte benchmark, ${body.pages} pages): F1 ${pct(body.f1)}  precision ${pct(body.precision)}  recall ${pct(body.recall)}`);

const worstLabelled = attribution.pages
  .map((p) => ({ id: p.id, misses: Object.values(p.found).reduce((s, f) => s + f.gold - f.goldFound, 0), extra: Object.values(p.found).reduce((s, f) => s + f.extra, 0) }))
  .filter((p) => p.misses + p.extra > 0)
  .sort((a, b) => b.misses + b.extra - (a.misses + a.extra))
  .slice(0, values.pages ? undefined : 8);
console.log('\nWorst labelled pages (missed gold spans, extra findings):');
for (const p of worstLabelled) console.log(`  ${p.id.padEnd(40)} missed ${p.misses}, extra ${p.extra}`);
const worstBodies = Object.keys(truth)
  .map((id) => ({ id, f1: scorePageBody(truth[id].articleBody, bodies.get(id) ?? '').f1 }))
  .sort((a, b) => a.f1 - b.f1)
  .slice(0, values.pages ? 30 : 8);
console.log('\nWorst article bodies (per-page F1):');
for (const p of worstBodies) console.log(`  ${p.id.padEnd(40)} ${pct(p.f1)}`);
if (internalErrors.length) console.log(`\nInternal errors (${internalErrors.length}):\n  ${internalErrors.join('\n  ')}`);

const jsonPath = join(outDir, 'eval.json');
writeFileSync(jsonPath, JSON.stringify({ ...figures, worstLabelled, worstBodies }, null, 2) + '\n');
console.log(`\nFigures written to ${jsonPath}; audit lines to ${ndjsonPath}`);

// ---- agreement with the reference scorer ----
let failed = internalErrors.length > 0;
const scorer = join(corpus, '..', 'tools', 'score.py');
if (existsSync(scorer) && spawnSync('python3', ['--version']).status === 0) {
  const ref = (mode: string, arg: string) => JSON.parse(spawnSync('python3', [scorer, mode, ndjsonPath, arg], { encoding: 'utf8', maxBuffer: 1 << 26 }).stdout);
  const refBody = ref('body', truthPath);
  const mismatches: string[] = [];
  const compare = (prefix: string, ours: typeof attribution, dir: string) => {
    const refAttr = ref('attribution', dir);
    for (const k of SCORED) {
      for (const m of ['precision', 'recall', 'f1', 'gold', 'pred'] as const) {
        if (refAttr[k][m] !== ours[k][m]) mismatches.push(`${prefix}${k}.${m}: ours ${ours[k][m]}, reference ${refAttr[k][m]}`);
      }
    }
    if (refAttr.publisher_accuracy !== ours.publisher_accuracy) mismatches.push(`${prefix}publisher_accuracy: ours ${ours.publisher_accuracy}, reference ${refAttr.publisher_accuracy}`);
  };
  compare('', attribution, labelsDir);
  if (heldOut && heldOutDir) compare('held-out.', heldOut, heldOutDir);
  for (const m of ['f1', 'precision', 'recall'] as const) if (refBody[m] !== body[m]) mismatches.push(`body.${m}: ours ${body[m]}, reference ${refBody[m]}`);
  if (mismatches.length) {
    failed = true;
    console.log(`\nReference scorer DISAGREES:\n  ${mismatches.join('\n  ')}`);
  } else {
    console.log('Reference scorer (tools/score.py) agrees on every figure.');
  }
} else {
  console.log('Reference scorer not run (python3 or tools/score.py not found).');
}

// ---- regression floors ----
if (values.check) {
  const floors = JSON.parse(readFileSync(values.check, 'utf8')) as Record<string, number>;
  const actual: Record<string, number> = {
    'anonymous.f1': attribution.anonymous.f1,
    'secondhand.f1': attribution.secondhand.f1,
    'hedge.f1': attribution.hedge.f1,
    'all.f1': attribution.all.f1,
    'outlets.f1': attribution.outlets.f1,
    publisher_accuracy: attribution.publisher_accuracy,
    'body.f1': body.f1,
  };
  if (heldOut) {
    for (const k of SCORED) actual[`held-out.${k}.f1`] = heldOut[k].f1;
  }
  const below = Object.entries(floors).filter(([k, floor]) => !(actual[k] >= floor));
  for (const [k, floor] of Object.entries(floors)) console.log(`  floor ${k.padEnd(27)} ${floor.toFixed(3)}  actual ${actual[k]?.toFixed(3) ?? 'missing'}${actual[k] >= floor ? '' : '  BELOW'}`);
  if (below.length) failed = true;
}
process.exitCode = failed ? 1 : 0;
