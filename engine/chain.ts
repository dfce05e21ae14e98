/**
 * The sourcing chain: the path information travelled from its origin to the page.
 *
 *   three unnamed officials → Financial Times → European Pravda → Ukrainska Pravda
 *
 * One candidate chain per sentence that relays another outlet: its outlets in the order the
 * sentence gives them ("X, as reported by Y" is X then Y; "Y, citing X" is X then Y), the origin
 * being the anonymous or named source in the same sentence. A credit line ("Source: FT") has no
 * source of its own, so its origin is the first anonymous source in the sentences that follow.
 * Candidates whose outlets are a subsequence of another's are the same chain seen in part and
 * merge into it; chains are ranked by how many findings support them.
 */
import type { Chain, ChainNode, Finding, LinkSpan } from './types.ts';
import { outletByDomain } from './outlets/index.ts';

const CREDIT_RULES = new Set(['secondhand.source-line', 'secondhand.wire-dateline']);
const REVERSING_RULES = new Set(['secondhand.citing']);
/** How many sentences after a credit line may supply its origin. */
const CREDIT_LOOKAHEAD = 3;

interface Candidate {
  origin: ChainNode | null;
  outlets: string[];
  findings: number[];
  first: number;
}

export interface ChainInput {
  findings: readonly Finding[];
  /** Sentence index of each finding. */
  sentenceOf: readonly number[];
  publisher: string;
  links: readonly LinkSpan[];
  basedOn: readonly string[];
  /** Outlet mention span of each secondhand finding (undefined for others). */
  mentionOf: readonly ({ start: number; end: number } | undefined)[];
}

export function buildChains(input: ChainInput): Chain[] {
  const { findings, sentenceOf } = input;
  const bySentence = new Map<number, number[]>();
  findings.forEach((f, i) => {
    const list = bySentence.get(sentenceOf[i]) ?? [];
    list.push(i);
    bySentence.set(sentenceOf[i], list);
  });

  const candidates: Candidate[] = [];
  for (const [sentence, members] of bySentence) {
    const relays = members.filter((i) => findings[i].category === 'secondhand' && findings[i].source);
    if (relays.length === 0) continue;
    const outlets: string[] = [];
    for (const i of relays) {
      const name = findings[i].source;
      if (outlets.includes(name)) continue;
      if (REVERSING_RULES.has(findings[i].rule) && outlets.length) outlets.splice(outlets.length - 1, 0, name);
      else outlets.push(name);
    }
    let originIndex = members.find((i) => findings[i].category === 'anonymous') ?? members.find((i) => findings[i].category === 'named');
    if (originIndex === undefined && relays.some((i) => CREDIT_RULES.has(findings[i].rule))) {
      originIndex = originAfterCredit(findings, bySentence, sentence);
    }
    const support = [...relays];
    if (originIndex !== undefined) support.push(originIndex);
    candidates.push({
      origin: originIndex === undefined ? null : { label: findings[originIndex].source, kind: findings[originIndex].category === 'named' ? 'named' : 'anonymous' },
      outlets,
      findings: support.sort((a, b) => a - b),
      first: findings[relays[0]].start,
    });
  }

  const merged = mergeCandidates(candidates);
  const hrefs = outletHrefs(input);
  return merged
    .map((c) => ({
      nodes: [
        ...(c.origin ? [c.origin] : []),
        ...c.outlets.map((label): ChainNode => ({ label, kind: 'outlet', ...(hrefs.get(label) ? { href: hrefs.get(label) } : {}) })),
        { label: input.publisher || 'this page', kind: 'publisher' as const },
      ],
      weight: c.findings.length,
      findings: c.findings,
      first: c.first,
    }))
    .sort((a, b) => b.weight - a.weight || a.first - b.first)
    .map(({ first: _, ...chain }) => chain);
}

function originAfterCredit(
  findings: readonly Finding[],
  bySentence: Map<number, number[]>,
  sentence: number,
): number | undefined {
  for (let s = sentence + 1; s <= sentence + CREDIT_LOOKAHEAD; s++) {
    const members = bySentence.get(s) ?? [];
    if (members.some((i) => findings[i].category === 'secondhand')) return undefined;
    const anon = members.find((i) => findings[i].category === 'anonymous');
    if (anon !== undefined) return anon;
  }
  return undefined;
}

/** Merges candidates with the same outlets, and those whose outlets are a subsequence of a longer one's. */
function mergeCandidates(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.outlets.length - a.outlets.length || a.first - b.first);
  // Candidates with identical outlets and origin are the same chain: index them so that a long
  // article with thousands of relayed sentences merges in linear time.
  const byKey = new Map<string, { chain: Candidate; findings: Set<number> }>();
  const chains: { chain: Candidate; findings: Set<number> }[] = [];
  for (const c of sorted) {
    const key = c.outlets.join('\u0000') + '\u0001' + (c.origin?.label ?? '');
    const host =
      byKey.get(key) ??
      chains.find((h) => isSubsequence(c.outlets, h.chain.outlets) && (!c.origin || !h.chain.origin || c.origin.label === h.chain.origin.label));
    if (!host) {
      const entry = { chain: { ...c }, findings: new Set(c.findings) };
      chains.push(entry);
      byKey.set(key, entry);
      continue;
    }
    byKey.set(key, host);
    host.chain.origin ??= c.origin;
    for (const f of c.findings) host.findings.add(f);
    host.chain.first = Math.min(host.chain.first, c.first);
  }
  return chains.map(({ chain, findings }) => ({ ...chain, findings: [...findings].sort((a, b) => a - b) }));
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let j = 0;
  for (const x of long) if (j < short.length && x === short[j]) j++;
  return j === short.length;
}

/** Where the article links each cited outlet: a link over its mention, or a declared `isBasedOn` URL. */
function outletHrefs(input: ChainInput): Map<string, string> {
  const hrefs = new Map<string, string>();
  input.findings.forEach((f, i) => {
    const mention = input.mentionOf[i];
    if (f.category !== 'secondhand' || !mention || hrefs.has(f.source)) return;
    const link = input.links.find((l) => l.start < mention.end && mention.start < l.end && /^https?:/i.test(l.href));
    if (link) hrefs.set(f.source, link.href);
  });
  for (const url of input.basedOn) {
    const outlet = /^https?:/i.test(url) ? outletByDomain(url) : null;
    if (outlet && !hrefs.has(outlet.name)) hrefs.set(outlet.name, url);
  }
  return hrefs;
}
