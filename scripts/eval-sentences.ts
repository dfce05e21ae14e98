/**
 * `npm run eval:sentences [-- --dir DIR]`: the detector on the taxonomy sentences, per file and
 * overall, with every missed and every extra span (see tests/fixtures/taxonomy-sentences/README.md).
 * `--dir` scores another folder of sets in the same format, e.g. new held-out sets measured
 * before any rule is changed for them.
 */
import { CATEGORIES } from '../eval/attribution-score.ts';
import type { SentenceScore } from '../eval/sentence-score.ts';
import { parseArgs } from 'node:util';
import { loadSentenceSets, scoreSentences } from '../eval/taxonomy-sentences.ts';

const fmt = (x: number) => x.toFixed(3);
function line(label: string, s: SentenceScore['all']): string {
  return `  ${label.padEnd(42)} P ${fmt(s.precision)}  R ${fmt(s.recall)}  F1 ${fmt(s.f1)}  (${s.tp} found, ${s.fn} missed, ${s.fp} extra)`;
}

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const sets = values.dir ? loadSentenceSets(values.dir) : loadSentenceSets();
const all = sets.flatMap((s) => s.passages);
for (const set of sets) {
  const score = scoreSentences(set.passages);
  console.log(line(`${set.name} (${set.passages.length})`, score.all));
}
const total = scoreSentences(all);
console.log(line(`all ${all.length} passages`, total.all));
for (const c of CATEGORIES) console.log(line(`  ${c}`, total.byCategory[c]));
if (total.misses.length) console.log('\nMissed:');
for (const m of total.misses) console.log(`  ${m.category}: "${m.quote}" in: ${m.text}`);
if (total.extras.length) console.log('\nExtra:');
for (const x of total.extras) console.log(`  ${x.category}: "${x.found}" in: ${x.text}`);
