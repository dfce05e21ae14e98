/**
 * Speed of the outlet matcher against a plain /\w+/g tokenising pass over the same text.
 *
 *   npx tsx scripts/bench-outlets.ts [corpus-pages-dir]
 *
 * With a corpus directory, the text is the tag-stripped text of its pages, cut to 50,000 words;
 * without one, a synthetic news-like text of 50,000 words (fixed seed) is used. Prints the median
 * time of each pass over several runs and their ratio (the engine's budget for the matcher is ~2-3x).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { findOutletMentions } from '../engine/outlets/index.ts';

const WORDS = 50_000;

function corpusText(dir: string): string {
  const parts: string[] = [];
  let words = 0;
  for (const f of readdirSync(dir).sort()) {
    if (!/\.html(\.gz)?$/.test(f)) continue;
    const raw = readFileSync(join(dir, f));
    const html = (f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
    const text = html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z#0-9]+;/gi, ' ')
      .replace(/\s+/g, ' ');
    parts.push(text);
    words += (text.match(/\w+/g) ?? []).length;
    if (words >= WORDS) break;
  }
  const all = parts.join('\n\n');
  let seen = 0;
  const re = /\w+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(all)) && ++seen < WORDS);
  return all.slice(0, m ? m.index + m[0].length : all.length);
}

function syntheticText(): string {
  const lower = 'the of and to a in that said officials was for on is with he as it by at from his an have has are were be they who this had not but which people would their after two more been year one its also new about all first will when could told there what than other over some into says percent week reported last three according'.split(' ');
  const caps = 'Washington Monday Tuesday President Ukraine Russia Kyiv London Minister John Smith Congress Senate Democrats Republicans China Beijing Trump Biden March April January Europe Police Court'.split(' ');
  const outlets = ['The New York Times', 'Reuters', 'the Post', 'CNN', 'The Associated Press', 'Politico', 'the Financial Times', 'Bloomberg', 'AP', 'Fox News', 'The Wall Street Journal', 'the BBC'];
  let seed = 42;
  const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n);
  const out: string[] = [];
  for (let i = 0; i < WORDS; i++) {
    const r = rnd(100);
    if (r < 80) out.push(lower[rnd(lower.length)]!);
    else if (r < 98) out.push(caps[rnd(caps.length)]!);
    else out.push(outlets[rnd(outlets.length)]!);
    if (rnd(15) === 0) out.push(rnd(4) === 0 ? '.\n\n' : ',');
  }
  return out.join(' ').replace(/ ([.,])/g, '$1');
}

function tokenPass(text: string): number {
  const re = /\w+/g;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => unknown, runs: number): number {
  const ts: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

const dir = process.argv[2];
const text = dir ? corpusText(dir) : syntheticText();
const words = tokenPass(text);
// Warm both paths up so the JIT has compiled them before timing.
time(() => tokenPass(text), 5);
time(() => findOutletMentions(text), 5);
const base = time(() => tokenPass(text), 21);
const match = time(() => findOutletMentions(text), 21);
const mentions = findOutletMentions(text).length;
console.log(`text: ${dir ? 'corpus ' + dir : 'synthetic'}, ${text.length} chars, ${words} \\w+ tokens, ${mentions} mentions`);
console.log(`/\\w+/g pass: ${base.toFixed(2)} ms   matcher: ${match.toFixed(2)} ms   ratio: ${(match / base).toFixed(2)}x`);
