/**
 * Attribution scoring exactly as the shared reference scorer (`tools/score.py attribution`)
 * computes it: predictions and gold quotes are compared in the article text with whitespace
 * folded; a prediction matches a gold span of the same category when their ranges overlap;
 * outlets compare by a normalised key with a few short forms. Pure: plain data in, numbers out.
 * tests/unit/eval/attribution-score.test.ts checks it against score.py itself.
 */

export const CATEGORIES = ['anonymous', 'secondhand', 'hedge'] as const;
type ScoredCategory = (typeof CATEGORIES)[number];

export interface LabelFile {
  page: string;
  publisher?: string;
  outlets?: string[];
  spans: { category: string; quote: string; occurrence?: number }[];
}

export interface OutputRecord {
  input?: string;
  title?: string;
  body?: string;
  publisher?: string;
  outlets?: string[];
  findings?: { category?: string; start?: unknown; end?: unknown }[];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  pred: number;
}

export interface PageAttribution {
  id: string;
  found: Record<ScoredCategory, { goldFound: number; gold: number; extra: number }>;
}

export interface AttributionScore {
  anonymous: Prf;
  secondhand: Prf;
  hedge: Prf;
  all: Prf;
  outlets: Prf;
  publisher_accuracy: number;
  pages_missing: string[];
  pages: PageAttribution[];
}

/** Python's str.isspace() characters (what `\s` means in score.py). */
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACE_RUN = new RegExp(`[${PY_SPACE}]+`, 'g');
const IS_SPACE = new RegExp(`^[${PY_SPACE}]$`);
const EDGE_SPACE = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'g');

export function fold(s: string | null | undefined): string {
  return (s ?? '').replace(SPACE_RUN, ' ').replace(EDGE_SPACE, '');
}

/** The id of the page an output line is about: its input's file name without extension. */
export function pageId(input: string): string {
  const base = input.split(/[\\/]/).pop() ?? '';
  for (const ext of ['.html.gz', '.html', '.htm']) if (base.endsWith(ext)) return base.slice(0, -ext.length);
  return base;
}

/** Folds whitespace; returns the folded text and a map from each UTF-16 index of `s` to the folded index. */
function foldedWithMap(s: string): { text: string; map: number[] } {
  const out: string[] = [];
  const map: number[] = [];
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (IS_SPACE.test(ch)) {
      if (!prevSpace) out.push(' ');
      prevSpace = true;
      map.push(out.length - (out.length && out[out.length - 1] === ' ' ? 1 : 0));
    } else {
      map.push(out.length);
      out.push(ch);
      prevSpace = false;
    }
  }
  map.push(out.length);
  return { text: out.join(''), map };
}

function occurrences(text: string, q: string): [number, number][] {
  const res: [number, number][] = [];
  if (!q) return res;
  for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) res.push([i, i + q.length]);
  return res;
}

const ALIASES: Record<string, string> = {
  ft: 'financial times', wsj: 'wall street journal', nyt: 'new york times', ap: 'associated press',
  afp: 'agence france-presse', 'agence france presse': 'agence france-presse', wapo: 'washington post',
  voa: 'voice of america', 'bbc news': 'bbc', 'cnn business': 'cnn',
};

export function outletKey(name: string): string {
  const k = fold(name).toLowerCase().replace(/^the\s+/, '').replace(/[’'`.,]/g, '');
  return ALIASES[k] ?? k;
}

function same(a: string, b: string): boolean {
  return a === b || (a.length > 3 && b.length > 3 && (a.includes(b) || b.includes(a)));
}

function prf(t: { gold: number; pred: number; tpGold: number; tpPred: number }): Prf {
  const p = t.pred ? t.tpPred / t.pred : 0;
  const r = t.gold ? t.tpGold / t.gold : 0;
  return { precision: round3(p), recall: round3(r), f1: p + r ? round3((2 * p * r) / (p + r)) : 0, gold: t.gold, pred: t.pred };
}

/** Python's round(x, 3): ties go to the even digit. */
export function round3(x: number): number {
  const y = x * 1000;
  const f = Math.floor(y);
  const diff = y - f;
  const r = diff > 0.5 ? f + 1 : diff < 0.5 ? f : f % 2 === 0 ? f : f + 1;
  return r / 1000;
}

export function scoreAttribution(outputs: readonly OutputRecord[], labels: readonly LabelFile[]): AttributionScore {
  const byId = new Map<string, OutputRecord>();
  for (const o of outputs) byId.set(pageId(o.input ?? ''), o);
  const tot = Object.fromEntries(CATEGORIES.map((c) => [c, { gold: 0, pred: 0, tpGold: 0, tpPred: 0 }])) as Record<ScoredCategory, { gold: number; pred: number; tpGold: number; tpPred: number }>;
  const ol = { gold: 0, pred: 0, tpGold: 0, tpPred: 0 };
  let pubOk = 0;
  let pubN = 0;
  const missing: string[] = [];
  const pages: PageAttribution[] = [];
  for (const lab of [...labels].sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0))) {
    let o = byId.get(lab.page);
    if (!o) {
      missing.push(lab.page);
      o = { title: '', body: '', findings: [], outlets: [], publisher: '' };
    }
    const raw = (o.title ?? '') + '\n\n' + (o.body ?? '');
    const { text, map } = foldedWithMap(raw);
    const preds: Record<string, [number, number][]> = { anonymous: [], secondhand: [], hedge: [] };
    for (const f of o.findings ?? []) {
      if (!f.category || !(f.category in preds)) continue;
      const start = Math.trunc(Number(f.start));
      const end = Math.trunc(Number(f.end));
      if (!Number.isFinite(start) || !Number.isFinite(end)) continue;
      const clamp = (x: number) => Math.max(0, Math.min(x, raw.length));
      const s = map[clamp(start)];
      const e = map[clamp(end)];
      preds[f.category].push([s, Math.max(e, s + 1)]);
    }
    const page: PageAttribution = { id: lab.page, found: {} as PageAttribution['found'] };
    for (const c of CATEGORIES) {
      const gold = lab.spans.filter((s) => s.category === c);
      const groups = new Map<string, number>();
      for (const g of gold) groups.set(fold(g.quote), (groups.get(fold(g.quote)) ?? 0) + 1);
      const goldRanges: [number, number][] = [];
      let tpGold = 0;
      for (const [q, n] of groups) {
        const occ = occurrences(text, q);
        goldRanges.push(...occ);
        const hit = occ.filter(([gs, ge]) => preds[c].some(([ps, pe]) => ps < ge && gs < pe)).length;
        tpGold += Math.min(n, hit);
      }
      const tpPred = preds[c].filter(([ps, pe]) => goldRanges.some(([gs, ge]) => ps < ge && gs < pe)).length;
      tot[c].gold += gold.length;
      tot[c].tpGold += tpGold;
      tot[c].pred += preds[c].length;
      tot[c].tpPred += tpPred;
      page.found[c] = { goldFound: tpGold, gold: gold.length, extra: preds[c].length - tpPred };
    }
    const g = new Set((lab.outlets ?? []).map(outletKey));
    const p = new Set((o.outlets ?? []).map(outletKey));
    ol.gold += g.size;
    ol.pred += p.size;
    ol.tpGold += [...g].filter((x) => [...p].some((y) => same(x, y))).length;
    ol.tpPred += [...p].filter((y) => [...g].some((x) => same(x, y))).length;
    if (lab.publisher) {
      pubN++;
      const key = outletKey(lab.publisher);
      if (key && same(key, outletKey(o.publisher ?? ''))) pubOk++;
    }
    pages.push(page);
  }
  const all = CATEGORIES.reduce(
    (acc, c) => ({ gold: acc.gold + tot[c].gold, pred: acc.pred + tot[c].pred, tpGold: acc.tpGold + tot[c].tpGold, tpPred: acc.tpPred + tot[c].tpPred }),
    { gold: 0, pred: 0, tpGold: 0, tpPred: 0 },
  );
  return {
    anonymous: prf(tot.anonymous),
    secondhand: prf(tot.secondhand),
    hedge: prf(tot.hedge),
    all: prf(all),
    outlets: prf(ol),
    publisher_accuracy: pubN ? round3(pubOk / pubN) : 0,
    pages_missing: missing,
    pages,
  };
}
