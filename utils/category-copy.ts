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
  const ask = `Ask: ${copy.ask}`;
  const explanation = withoutLabel(finding.explanation.trim());
  const detail = explanation && addsToWhatIsSaid(explanation, `${summary} ${ask}`) ? explanation : null;
  return { heading: copy.label, summary, detail, ask };
}

/** "Hedge: allegations with no one named…" → "Allegations with no one named…": the card has a heading. */
function withoutLabel(explanation: string): string {
  const m = /^[^:.!?"“]{1,30}:\s+(.+)$/su.exec(explanation);
  if (!m) return explanation;
  const rest = m[1];
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
}

/**
 * Whether the engine's explanation says something the card does not already say. An explanation
 * mostly made of the summary's own words ("Relayed from Politico: this outlet did not report it
 * first…") would only repeat it.
 */
function addsToWhatIsSaid(explanation: string, said: string): boolean {
  const known = new Set(words(said));
  const own = words(explanation);
  if (!own.length) return false;
  return own.filter((w) => known.has(w)).length / own.length < 0.75;
}

/** "62% named" style share for the popup, or null when there is nothing to compare. */
export function formatShare(share: number | null): string | null {
  if (share === null || !Number.isFinite(share)) return null;
  return `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%`;
}
