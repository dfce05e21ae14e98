/**
 * The words a reader sees for each category: a label, why it matters, and the questions to ask.
 * Labels and reasons are interface strings (translated through i18n); the questions are the
 * media-literacy questions of `report/guidance.ts`, the one copy the reports use too, so the card,
 * the practice results and the printed report ask the same things.
 */
import type { Category, Finding } from '../engine/types.ts';
import { GUIDANCE } from '../report/guidance.ts';
import { msgKey, t, type MessageKey } from './i18n.ts';

const LABEL: Record<Category, MessageKey> = {
  anonymous: msgKey('category_anonymous'),
  secondhand: msgKey('category_secondhand'),
  hedge: msgKey('category_hedge'),
  named: msgKey('category_named'),
};

const PLURAL: Record<Category, MessageKey> = {
  anonymous: msgKey('category_anonymous_plural'),
  secondhand: msgKey('category_secondhand_plural'),
  hedge: msgKey('category_hedge_plural'),
  named: msgKey('category_named_plural'),
};

const WHY: Record<Category, MessageKey> = {
  anonymous: msgKey('category_anonymous_why'),
  secondhand: msgKey('category_secondhand_why'),
  hedge: msgKey('category_hedge_why'),
  named: msgKey('category_named_why'),
};

/** "Anonymous source" */
export function categoryLabel(category: Category): string {
  return t(LABEL[category]);
}

/** "Anonymous sources", for counts and toggles. */
export function categoryPlural(category: Category): string {
  return t(PLURAL[category]);
}

/** Why it matters: "the reader cannot check who said this." */
export function categoryWhy(category: Category): string {
  return t(WHY[category]);
}

/** The media-literacy questions for a category (English, from `report/guidance.ts`). */
export function questionsFor(category: Category): readonly string[] {
  return GUIDANCE[category].questions;
}

export interface CardText {
  /** "Anonymous source" */
  heading: string;
  /** "Anonymous source — the reader cannot check who said this." or "Relayed from … — …" */
  summary: string;
  /** The engine's own one-line explanation, when it adds something to what the card says. */
  detail: string | null;
  /** The questions to ask, most important first. */
  questions: readonly string[];
}

/** The text of the card (and of a finding in the practice results) for one finding. */
export function cardText(finding: Pick<Finding, 'category' | 'explanation' | 'source'>): CardText {
  const { category } = finding;
  const source = finding.source.trim();
  const summary =
    category === 'secondhand' && source
      ? t('card_relayed_from', { source, why: categoryWhy(category) })
      : t('card_summary', { label: categoryLabel(category), why: categoryWhy(category) });
  const questions = questionsFor(category);
  const explanation = withoutLabel(finding.explanation.trim());
  // Compared with the English guidance (the explanation is English whatever the interface language).
  const said = [GUIDANCE[category].why, ...questions, source].join(' ');
  const detail = explanation && addsToWhatIsSaid(explanation, said) ? explanation : null;
  return { heading: categoryLabel(category), summary, detail, questions };
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
 * mostly made of the guidance's own words ("the reader cannot check who said it") would only
 * repeat it.
 */
function addsToWhatIsSaid(explanation: string, said: string): boolean {
  const known = new Set(words(said));
  const own = words(explanation);
  if (!own.length) return false;
  return own.filter((w) => known.has(w)).length / own.length < 0.75;
}

/** "62%" style share for the popup, or null when there is nothing to compare. */
export function formatShare(share: number | null): string | null {
  if (share === null || !Number.isFinite(share)) return null;
  return `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%`;
}
