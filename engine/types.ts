/**
 * The engine's data model. Everything here is plain data: strings in, data out.
 * The same shapes travel from the content script to the popup (structured clone)
 * and from the CLI to its JSON output, so keep them free of classes and functions.
 */

/** The kinds of attribution the engine reports (see docs/sourcing-taxonomy in the shared folder). */
export type Category = 'anonymous' | 'secondhand' | 'hedge' | 'named';

/** Categories highlighted by default; `named` is counted but not highlighted unless asked. */
export const FLAGGED_CATEGORIES = ['anonymous', 'secondhand', 'hedge'] as const;
export const ALL_CATEGORIES: readonly Category[] = ['anonymous', 'secondhand', 'hedge', 'named'];

/** A half-open range of UTF-16 code units in the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** A link found in the article, in text offsets (used to link chain nodes to the cited source). */
export interface LinkSpan extends Span {
  href: string;
}

/** What the engine needs to analyse one article. */
export interface ArticleInput {
  /** The headline; may be empty. */
  title: string;
  /** The body: paragraphs joined by "\n\n". */
  body: string;
  /** Who publishes the page the reader is on ("Ukrainska Pravda"). */
  publisher: string;
  /** The language the page declares (BCP 47), if any. Detection still runs on the text. */
  declaredLanguage?: string | null;
  /** Links inside the article, as offsets into `title + "\n\n" + body`. */
  links?: LinkSpan[];
  /** Sources the page declares it is based on (JSON-LD `isBasedOn`, `citation`): URLs or names. */
  basedOn?: string[];
}

/** How the engine is asked to analyse an article, beyond its text. */
export interface AnalyzeOptions {
  /** Whether the publisher declares a policy on unnamed sources (raises the rating). */
  hasSourcesPolicy?: boolean;
}

export interface Finding extends Span {
  category: Category;
  /** The flagged phrase exactly as it appears in the text. */
  text: string;
  /** The id of the rule that produced it. */
  rule: string;
  /** One line for a reader: what was found and why it matters. */
  explanation: string;
  /** Who: the outlet's canonical name for `secondhand`, the source phrase otherwise. */
  source: string;
  /** The sentence the finding sits in. */
  sentence: Span;
}

export type ChainNodeKind = 'anonymous' | 'named' | 'document' | 'outlet' | 'publisher';

export interface ChainNode {
  label: string;
  kind: ChainNodeKind;
  /** Where the article links this source, if it does. */
  href?: string;
}

export interface Chain {
  nodes: ChainNode[];
  /** How many findings support this chain; chains are ranked by it. */
  weight: number;
  /** Indexes into `Analysis.findings` of the findings behind this chain. */
  findings: number[];
}

export interface LanguageGuess {
  /** ISO 639-1 code, or 'und' when undecidable. */
  code: string;
  /** Whether the engine's rules cover this language. */
  supported: boolean;
}

export interface Rating {
  /** 0 (opaque) to 100 (fully transparent). */
  score: number;
  /** A short label: "Transparent", "Mostly transparent", "Mixed", "Opaque". */
  label: string;
  /** One line for the popup. */
  reason: string;
  /** Each factor that moved the score, with its signed contribution. */
  factors: { label: string; points: number }[];
}

export interface Summary {
  counts: Record<Category, number>;
  /** Named attributions as a share of named + anonymous, or null when there are none. */
  namedShare: number | null;
  anonymousShare: number | null;
  outlets: string[];
  words: number;
  rating: Rating;
}

export interface Analysis {
  /** `title + "\n\n" + body`: every offset refers to this string. */
  text: string;
  language: LanguageGuess;
  findings: Finding[];
  /** Canonical names of the outlets cited, most-cited first. */
  outlets: string[];
  chains: Chain[];
  summary: Summary;
}
