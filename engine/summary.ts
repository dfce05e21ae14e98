/**
 * The article summary and its transparency rating. The rubric is documented in the README
 * ("Transparency rating"); change both together.
 */
import type { Analysis, Category, Chain, Finding, Rating, Summary } from './types.ts';

export const RUBRIC = {
  /** Points lost when every attribution is anonymous; scaled by the anonymous share. */
  anonymousShare: 40,
  /** Points lost per hedge per 1,000 words, and the cap. */
  hedgePer1000Words: 3,
  hedgeCap: 15,
  /** Points lost per distinct outlet the story relays, and the cap. */
  perRelayedOutlet: 5,
  relayCap: 15,
  /** Points lost per chain that passes through two or more outlets (a relay of a relay). */
  perRelayOfRelay: 10,
  relayOfRelayCap: 20,
  /** Points won per cited outlet the article links to (so the reader can trace the claim), and the cap. */
  perLinkedOutlet: 5,
  linkCap: 10,
  /** Points won when the publisher declares a policy on unnamed sources. */
  policy: 5,
} as const;

export function summarise(
  text: string,
  findings: readonly Finding[],
  outlets: readonly string[],
  chains: readonly Chain[],
  hasPolicy: boolean,
  /** The text's word count when the caller has it already (the trigger scan counts them). */
  words = countWords(text),
): Summary {
  const counts: Record<Category, number> = { anonymous: 0, secondhand: 0, hedge: 0, named: 0 };
  for (const f of findings) counts[f.category]++;
  const attributed = counts.named + counts.anonymous;
  return {
    counts,
    namedShare: attributed ? counts.named / attributed : null,
    anonymousShare: attributed ? counts.anonymous / attributed : null,
    outlets: [...outlets],
    words,
    rating: rate(counts, words, outlets, chains, hasPolicy),
  };
}

function rate(
  counts: Record<Category, number>,
  words: number,
  outlets: readonly string[],
  chains: readonly Chain[],
  hasPolicy: boolean,
): Rating {
  const factors: { label: string; points: number }[] = [];
  const attributed = counts.named + counts.anonymous;
  if (counts.anonymous) {
    const share = counts.anonymous / attributed;
    factors.push({
      label: `${counts.anonymous} of ${attributed} attributed sources are anonymous`,
      points: -Math.round(RUBRIC.anonymousShare * share),
    });
  }
  if (counts.hedge) {
    const per1000 = (counts.hedge * 1000) / Math.max(words, 1);
    factors.push({
      label: `${counts.hedge} hedge${counts.hedge > 1 ? 's' : ''} ("reportedly", "allegedly"…)`,
      points: -Math.min(RUBRIC.hedgeCap, Math.round(RUBRIC.hedgePer1000Words * per1000)),
    });
  }
  if (outlets.length) {
    factors.push({
      label: `relays ${outlets.length} other outlet${outlets.length > 1 ? 's' : ''}`,
      points: -Math.min(RUBRIC.relayCap, RUBRIC.perRelayedOutlet * outlets.length),
    });
  }
  const relayOfRelay = chains.filter((c) => c.nodes.filter((n) => n.kind === 'outlet').length >= 2).length;
  if (relayOfRelay) {
    factors.push({
      label: `${relayOfRelay} claim chain${relayOfRelay > 1 ? 's pass' : ' passes'} through more than one outlet`,
      points: -Math.min(RUBRIC.relayOfRelayCap, RUBRIC.perRelayOfRelay * relayOfRelay),
    });
  }
  const linked = new Set(chains.flatMap((c) => c.nodes.filter((n) => n.kind === 'outlet' && n.href).map((n) => n.label))).size;
  if (linked) {
    factors.push({ label: `links ${linked} cited outlet${linked > 1 ? 's' : ''} so claims can be traced`, points: Math.min(RUBRIC.linkCap, RUBRIC.perLinkedOutlet * linked) });
  }
  if (hasPolicy) factors.push({ label: 'publisher declares a policy on unnamed sources', points: RUBRIC.policy });

  const score = Math.max(0, Math.min(100, 100 + factors.reduce((s, f) => s + f.points, 0)));
  const label = score >= 80 ? 'Transparent' : score >= 60 ? 'Mostly transparent' : score >= 40 ? 'Mixed' : 'Opaque';
  return { score, label, reason: reasonFor(factors, counts), factors };
}

function reasonFor(factors: { label: string; points: number }[], counts: Record<Category, number>): string {
  const worst = [...factors].sort((a, b) => a.points - b.points)[0];
  if (worst && worst.points < 0) return capitalise(worst.label) + '.';
  if (counts.named) return 'Named, on-the-record sources carry the story.';
  return 'Few sourcing signals: no anonymous sources, hedges or relayed reports were found.';
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Words as the tokeniser of the benchmarks counts them (runs of \w). */
function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const w = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

export type { Analysis };
