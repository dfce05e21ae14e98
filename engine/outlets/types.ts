/** A news outlet the engine can recognise by name, alias or web domain. */
export type OutletKind =
  | 'wire'
  | 'newspaper'
  | 'broadcaster'
  | 'magazine'
  | 'news-site'
  | 'state-media';

export interface Outlet {
  /** Canonical full name, as labels use it: "The Associated Press", "Financial Times". */
  name: string;
  /**
   * Other unambiguous ways the outlet is written ("AP", "the AP", "Associated Press", "FT", "WSJ").
   * Acronyms are matched case-sensitively.
   */
  aliases: string[];
  /**
   * Short forms that only mean this outlet once its full name has appeared in the same text
   * ("the Post" after "The Washington Post", "the Times" after "The New York Times").
   */
  shortForms: string[];
  /** Web domains without "www." ("ft.com"); used for links, isBasedOn and the publisher. */
  domains: string[];
  kind: OutletKind;
  /** ISO 3166-1 alpha-2 country code of the outlet's home, or "intl". */
  country: string;
  /**
   * True when the name is also an ordinary word or phrase ("Time", "Variety", "Deadline", "People",
   * "The Hill"): such a mention counts only where a citation cue surrounds it.
   */
  ambiguous?: boolean;
  /**
   * Aliases that are ordinary words even though the outlet's name is not ("Us" for Us Weekly):
   * a mention through one of them is flagged like an ambiguous name.
   */
  ambiguousAliases?: string[];
}

/** A gazetteer match in a text. */
export interface OutletMention {
  start: number;
  end: number;
  /** The outlet it names. */
  outlet: Outlet;
  /** How it matched: the full name, an alias, or a short form resolved from an earlier mention. */
  via: 'name' | 'alias' | 'short-form';
  /**
   * True when the matched words are also ordinary words or a person's name ("Time", "Variety",
   * "Bloomberg"): callers should count it only next to a citation cue ("told", "reported").
   */
  ambiguous?: boolean;
}
