import type { Category } from '../types.ts';

/** Sentences a rule must and must not fire on; they run as tests (tests/unit/engine/rules.test.ts). */
export interface RuleExamples {
  /** The rule itself must produce a finding in each. */
  match: string[];
  /** No rule of the same category may produce a finding in any. */
  noMatch: string[];
}

/**
 * A phrase rule: a pattern over the article text. The whole match is the finding unless the
 * pattern has a named group `span`; a named group `src` is the source phrase ("three unnamed
 * officials") shown in the chain. A named group `pre` inside a lookbehind at the start extends
 * both backwards: a pattern can then start at its rare head noun ("officials") and read the
 * determiner and modifiers before it, instead of trying the modifier lists at every word. Patterns use @lists from lexicon.ts and must be linear-time
 * (compile.ts refuses nested unbounded repetition).
 */
export interface PhraseRule {
  id: string;
  category: Category;
  pattern: string;
  /**
   * Words at least one of which every match contains (any case). The engine runs the pattern only
   * on sentences holding one (detect/triggers.ts); the rule's examples catch a missing trigger.
   */
  triggers: readonly string[];
  /**
   * Or words with these endings ("ers" for "beekeepers"): for classes of words no list can hold.
   * The pattern must then start at such a word: it is tried only there.
   */
  triggerEndings?: readonly string[];
  /** Words with those endings the pattern never starts at ("numbers"; words other rules cover). */
  endingExceptions?: readonly string[];
  /** When given, one of these words must also occur in the sentence (a verb of saying, say). */
  alsoTriggers?: readonly string[];
  /** One line for a reader: what was found and why it matters. `{source}` is replaced. */
  explanation: string;
  examples: RuleExamples;
  /**
   * A match this pattern also matches (the whole matched text, so anchor it) is dropped. For checks
   * too costly inside the pattern, which runs at every word: this runs on matches only.
   */
  unless?: string;
  /**
   * A match right after text this pattern matches (anchor it with `$`; it is tested on the last
   * 120 characters of the sentence before the match) is dropped. For context before a match that a lookbehind would
   * have to test at every word: this runs on matches only.
   */
  notAfter?: string;
  /** Fires only if this pattern matches somewhere earlier in the text (a later mention of a source). */
  requiresEarlier?: string;
  /**
   * A later mention ("the official said"): kept only when an earlier anonymous finding has the same
   * head noun, so "the analyst said" after a named analyst is not flagged (taxonomy: later mentions
   * take the category of the first).
   */
  laterMention?: boolean;
  /** 'title': the rule reads headlines only (the first sentence of the analysed text). */
  scope?: 'title';
}

/**
 * A citation cue around an outlet mention: `before` must end right where the outlet's name
 * starts, `after` must start right where it ends (either or both). The finding spans cue and name.
 */
export interface CueRule {
  id: string;
  before?: string;
  after?: string;
  /** What must not come right before the outlet's name (tested, never part of the span). */
  notBefore?: string;
  /** Restrict to outlets of these kinds (e.g. "on X" only for broadcasters). */
  broadcastOnly?: boolean;
  /** Only for news agencies (the gazetteer's wires): a bare credit line ("PTI") credits one. */
  wireOnly?: boolean;
  /**
   * A strong cue names the act of reporting ("according to", "reported", "told"); only strong cues
   * may fire on outlets whose names are also ordinary words ("Deadline", "Variety", "Slate") or on
   * unlisted outlets recognised by their masthead words.
   */
  strong?: boolean;
  explanation: string;
  examples: RuleExamples;
}
