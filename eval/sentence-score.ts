/**
 * Scores the detector on labelled passages (tests/fixtures/taxonomy-sentences): each passage is
 * analysed as an article body under a fixed headline and publisher, and its findings are matched
 * to the gold spans the way the corpus scorer matches them (same category, overlapping ranges,
 * each gold span and each finding used once). Pure apart from the analysis it is given.
 */
import { CATEGORIES } from './attribution-score.ts';

type ScoredCategory = (typeof CATEGORIES)[number];

export interface LabelledPassage {
  text: string;
  spans: { category: ScoredCategory; quote: string }[];
  /** 1-based line in its file, for messages. */
  line: number;
}

export interface Span {
  category: string;
  start: number;
  end: number;
  text: string;
}

const PREFIX: Record<string, ScoredCategory> = { a: 'anonymous', s: 'secondhand', h: 'hedge' };

/** Reads the TSV format; a malformed line or a quote missing from its passage is an error. */
export function parsePassages(tsv: string, file = 'passages'): LabelledPassage[] {
  const out: LabelledPassage[] = [];
  tsv.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) return;
    const fields = line.split('\t');
    if (fields.length !== 2) throw new Error(`${file}:${i + 1}: expected a passage, a tab and labels`);
    const [text, labels] = fields as [string, string];
    const spans = labels.trim() === '-' ? [] : labels.split(' | ').map((label) => {
      const category = PREFIX[label.slice(0, 1)];
      const quote = label.slice(2).trim();
      if (!category || label[1] !== ':' || !quote) throw new Error(`${file}:${i + 1}: bad label "${label}"`);
      if (!text.includes(quote)) throw new Error(`${file}:${i + 1}: quote not in passage: "${quote}"`);
      return { category, quote };
    });
    out.push({ text, spans, line: i + 1 });
  });
  return out;
}

export interface SentenceScore {
  byCategory: Record<ScoredCategory, { tp: number; fn: number; fp: number; precision: number; recall: number; f1: number }>;
  all: { tp: number; fn: number; fp: number; precision: number; recall: number; f1: number };
  misses: { line: number; text: string; category: string; quote: string }[];
  extras: { line: number; text: string; category: string; found: string }[];
}

function prf(tp: number, fn: number, fp: number) {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fn, fp, precision, recall, f1 };
}

/** `findingsOf` returns a passage's flagged findings with offsets into the passage itself. */
export function scorePassages(passages: readonly LabelledPassage[], findingsOf: (text: string) => Span[]): SentenceScore {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fn: 0, fp: 0 }])) as Record<ScoredCategory, { tp: number; fn: number; fp: number }>;
  const misses: SentenceScore['misses'] = [];
  const extras: SentenceScore['extras'] = [];
  for (const p of passages) {
    const found = findingsOf(p.text).filter((f) => (CATEGORIES as readonly string[]).includes(f.category));
    const used = new Set<number>();
    for (const g of p.spans) {
      const start = p.text.indexOf(g.quote);
      const end = start + g.quote.length;
      const k = found.findIndex((f, i) => !used.has(i) && f.category === g.category && f.start < end && f.end > start);
      if (k >= 0) {
        used.add(k);
        counts[g.category].tp++;
      } else {
        counts[g.category].fn++;
        misses.push({ line: p.line, text: p.text, category: g.category, quote: g.quote });
      }
    }
    found.forEach((f, i) => {
      if (used.has(i)) return;
      counts[f.category as ScoredCategory].fp++;
      extras.push({ line: p.line, text: p.text, category: f.category, found: f.text });
    });
  }
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, prf(counts[c].tp, counts[c].fn, counts[c].fp)])) as SentenceScore['byCategory'];
  const sum = (k: 'tp' | 'fn' | 'fp') => CATEGORIES.reduce((s, c) => s + counts[c][k], 0);
  return { byCategory, all: prf(sum('tp'), sum('fn'), sum('fp')), misses, extras };
}
