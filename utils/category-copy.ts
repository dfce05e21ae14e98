/**
 * The words a reader sees for each category: a label, why it matters, and a question to ask.
 * Written for a reader or a student, not for a linguist: no rule ids, no jargon.
 */
import type { Category, Finding } from '../engine/types.ts';

export interface CategoryCopy {
  /** "Anonymous source" */
  label: string;
  /** Plural for counts: "anonymous sources" */
  plural: string;
  /** Why it matters, completing "<label> — …". */
  why: string;
  /** What a careful reader asks next. */
  ask: string;
}

export const CATEGORY_COPY: Readonly<Record<Category, CategoryCopy>> = {
  anonymous: {
    label: 'Anonymous source',
    plural: 'Anonymous sources',
    why: 'the reader cannot check who said this.',
    ask: 'Why was anonymity granted? Is anything confirmed on the record?',
  },
  secondhand: {
    label: 'Secondhand report',
    plural: 'Secondhand reports',
    why: 'this outlet did not report it first.',
    ask: 'Find the original.',
  },
  hedge: {
    label: 'Hedge',
    plural: 'Hedges',
    why: 'nobody is named as standing behind this claim.',
    ask: 'Who says so? Is it confirmed anywhere?',
  },
  named: {
    label: 'Named source',
    plural: 'Named sources',
    why: 'someone identifiable speaks on the record.',
    ask: 'What else has this source said, and what is their stake?',
  },
};

export interface CardText {
  /** "Anonymous source" */
  heading: string;
  /** "Anonymous source — the reader cannot check who said this." or "Relayed from … — …" */
  summary: string;
  /** The engine's own one-line explanation, when it adds something to the summary. */
  detail: string | null;
  /** "Ask: …" */
  ask: string;
}

/** The text of the card for one finding. */
export function cardText(finding: Pick<Finding, 'category' | 'explanation' | 'source'>): CardText {
  const copy = CATEGORY_COPY[finding.category];
  const source = finding.source.trim();
  const summary =
    finding.category === 'secondhand' && source
      ? `Relayed from ${source} — ${copy.why}`
      : `${copy.label} — ${copy.why}`;
  const explanation = finding.explanation.trim();
  const detail = explanation && !sameWords(explanation, summary) ? explanation : null;
  return { heading: copy.label, summary, detail, ask: `Ask: ${copy.ask}` };
}

function sameWords(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}

/** "62% named" style share for the popup, or null when there is nothing to compare. */
export function formatShare(share: number | null): string | null {
  if (share === null || !Number.isFinite(share)) return null;
  return `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%`;
}
