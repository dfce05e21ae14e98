/**
 * Settles overlaps between findings, following the taxonomy:
 * - within a category, overlapping findings are one finding (the longest span of a cluster wins,
 *   or on a tie the one with the fuller source);
 * - a named attribution never overlaps a flagged one (anonymous or secondhand win: "officials said"
 *   is anonymous, "CNN said" is secondhand);
 * - a hedge that is really a cited outlet ("according to reports from The Wrap") is secondhand only;
 * - anonymous and secondhand may overlap: "Officials recently told Politico" is both; but an
 *   outlet's own journalist is the outlet ("An AFP correspondent said" is secondhand only).
 * Everything is sort-and-sweep or binary search: pathological inputs with 100,000 findings stay fast.
 */
import type { Category, Span } from '../types.ts';
import type { RawFinding } from './phrase-rules.ts';

/** Which categories push which others aside when they overlap. */
const OVERRIDES: Record<Category, Category[]> = {
  anonymous: ['named'],
  secondhand: ['named', 'hedge'],
  hedge: ['named'],
  named: [],
};

export function resolveOverlaps(findings: readonly RawFinding[], text: string): RawFinding[] {
  const kept = new Map<Category, RawFinding[]>();
  for (const f of findings) {
    const list = kept.get(f.category) ?? [];
    list.push(f);
    kept.set(f.category, list);
  }
  for (const [category, list] of kept) {
    const merged = mergeSameCategory(list, category === 'secondhand');
    kept.set(category, category === 'anonymous' ? mergeAppositions(merged, text) : merged);
  }

  // Outlet mentions do not overlap one another, so sorted by start they are sorted by end too.
  const journalists = (kept.get('secondhand') ?? [])
    .filter((f) => f.rule === OUTLET_JOURNALIST && f.mention)
    .map((f) => f.mention!)
    .sort((a, b) => a.start - b.start);
  const result: RawFinding[] = [];
  for (const [category, list] of kept) {
    const rivals = [...kept].filter(([other]) => OVERRIDES[other].includes(category)).map(([, l]) => l);
    for (const f of list) {
      if (rivals.some((r) => overlapsAny(r, f))) continue;
      if (category === 'anonymous' && containsAny(journalists, f)) continue;
      result.push(f);
    }
  }
  return result.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Whether some span of `sorted` (by start, and so by end) lies inside `span`: a binary search. */
function containsAny(sorted: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].end <= span.end;
}

/** The cue for another outlet's journalist as the source ("An AFP correspondent said"). */
const OUTLET_JOURNALIST = 'secondhand.outlet-journalist';

/** The cue by which one outlet cites another inside its own attribution. */
const NESTED_CITATION = 'secondhand.citing';

/**
 * Clusters overlapping spans (sorted sweep) and keeps the longest of each cluster. With
 * `keepNestedSources`, a citation inside another finding that names a different source stays
 * too: in "European Pravda, citing the Financial Times, reported", both outlets are links of the
 * chain.
 */
function mergeSameCategory(list: RawFinding[], keepNestedSources = false): RawFinding[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawFinding[] = [];
  const nested: RawFinding[] = [];
  let best: RawFinding | null = null;
  let clusterEnd = -1;
  for (const f of sorted) {
    if (keepNestedSources && best && f.rule === NESTED_CITATION && f.start >= best.start && f.end <= best.end && f.source !== best.source) {
      nested.push(f);
      continue;
    }
    if (best && f.start < clusterEnd) {
      // Longest wins; on a tie, the one that says more about the source ("a person close to
      // her" over "according to a person").
      const longer = f.end - f.start - (best.end - best.start);
      if (longer > 0 || (longer === 0 && f.source.length > best.source.length)) best = f;
      clusterEnd = Math.max(clusterEnd, f.end);
      continue;
    }
    if (best) kept.push(best);
    best = f;
    clusterEnd = f.end;
  }
  if (best) kept.push(best);
  return nested.length ? [...kept, ...nested].sort((a, b) => a.start - b.start || a.end - b.end) : kept;
}

/**
 * Two anonymous findings separated only by a comma describe one source in apposition
 * ("a source inside the camp, a Syrian refugee who asked not to be identified"): one finding.
 */
function mergeAppositions(sorted: RawFinding[], text: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (const f of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.sentence === f.sentence && f.start - prev.end <= 3 && /^\s*,\s*$/.test(text.slice(prev.end, f.start))) {
      out[out.length - 1] = { ...prev, end: Math.max(prev.end, f.end) };
    } else {
      out.push(f);
    }
  }
  return out;
}

/** Whether `span` overlaps any span of `sorted` (sorted by start, non-overlapping). */
export function overlapsAny(sorted: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].start < span.end;
}
