/**
 * Article-body scoring with the scrapinghub article-extraction-benchmark metric, as the shared
 * reference scorer (`tools/score.py body`) computes it: 4-word shingles of the predicted and the
 * true body (tokens are `\w+` in Python's Unicode sense), tp/fp/fn normalised per page, precision
 * and recall averaged over pages, F1 from those two averages. Pure: strings in, numbers out.
 */

/** Python's `\w` on str: letters, numbers and the underscore (combining marks are not word characters). */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export interface PageBodyScore {
  /** Null when the page adds nothing to the precision average (nothing predicted and nothing expected). */
  precision: number | null;
  recall: number | null;
  /** Per-page F1 from the page's own precision and recall, for ranking the worst pages. */
  f1: number;
}

export interface BodyScore {
  f1: number;
  precision: number;
  recall: number;
  pages: number;
  missing: number;
}

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  // Like the reference: a text shorter than n tokens yields one shorter shingle, an empty one none.
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Scores one page's predicted body against its true body. */
export function scorePageBody(truth: string, predicted: string): PageBodyScore {
  const a = shingles(truth);
  const b = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const keys = new Set([...a.keys(), ...b.keys()]);
  for (const key of keys) {
    const x = a.get(key) ?? 0;
    const y = b.get(key) ?? 0;
    tp += Math.min(x, y);
    fp += Math.max(0, y - x);
    fn += Math.max(0, x - y);
  }
  const sum = tp + fp + fn;
  if (sum) {
    tp /= sum;
    fp /= sum;
    fn /= sum;
  }
  const exact = fp === 0 && fn === 0;
  const precision = tp + fp > 0 ? (exact ? 1 : tp / (tp + fp)) : null;
  const recall = tp + fn > 0 ? (exact ? 1 : tp / (tp + fn)) : null;
  const p = precision ?? 0;
  const r = recall ?? 0;
  return { precision, recall, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The page id the reference scorer derives from an NDJSON `input` (the file name without its extension). */
export function pageId(input: string): string {
  const base = input.split(/[\\/]/).pop() ?? input;
  for (const ext of ['.html.gz', '.html', '.htm']) {
    if (base.endsWith(ext)) return base.slice(0, -ext.length);
  }
  return base;
}

function mean(values: number[]): number {
  if (values.length === 0) throw new Error('mean of no values');
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** Python's round(x, 3) for the values seen here (ties at the third decimal are vanishingly rare). */
export function round3(x: number): number {
  return Number(x.toFixed(3));
}

/**
 * Scores predicted bodies (page id -> body) against the ground truth (page id -> { articleBody }).
 * A page with no prediction counts as an empty body, as in the reference.
 */
export function scoreBodies(
  predicted: ReadonlyMap<string, string>,
  truth: Readonly<Record<string, { articleBody: string }>>,
): BodyScore {
  const ps: number[] = [];
  const rs: number[] = [];
  let missing = 0;
  const ids = Object.keys(truth);
  for (const id of ids) {
    const body = predicted.get(id);
    if (body === undefined) missing++;
    const s = scorePageBody(truth[id].articleBody, body ?? '');
    if (s.precision !== null) ps.push(s.precision);
    if (s.recall !== null) rs.push(s.recall);
  }
  const p = mean(ps);
  const r = mean(rs);
  return { f1: round3((2 * p * r) / (p + r)), precision: round3(p), recall: round3(r), pages: ids.length, missing };
}
