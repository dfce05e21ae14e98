/**
 * What the article finder returns. It takes a `Document` (the live page in the
 * content script, a linkedom document in the CLI) and never reaches for globals.
 */

/**
 * A run of article text that is an exact copy of part of one DOM text node:
 * `text.slice(start, end) === node.data.slice(offset, offset + (end - start))`.
 * Characters the finder inserts (paragraph breaks, folded whitespace) belong to no segment.
 */
export interface TextSegment {
  start: number;
  end: number;
  node: Text;
  offset: number;
}

export interface PageMetadata {
  title: string;
  /** JSON-LD publisher.name, then og:site_name, then the host name made readable. */
  publisher: string;
  byline: string | null;
  /** ISO 8601, or null. */
  published: string | null;
  /** Canonical URL, or null. */
  url: string | null;
  /** The language the page declares (html lang, og:locale, JSON-LD inLanguage), or null. */
  language: string | null;
  /** JSON-LD `isBasedOn` / `citation` / `sameAs`-style declarations: URLs or names. */
  basedOn: string[];
  /** The publisher's declared policy on unnamed sources or publishing principles, if any. */
  policyUrl: string | null;
}

export interface FoundArticle {
  /** The headline. */
  title: string;
  /** The body: paragraphs (list items, block quotes) joined by "\n\n". */
  body: string;
  /** `title + "\n\n" + body`: what the engine analyses; segments index into it. */
  text: string;
  /** Sorted by `start`, non-overlapping. */
  segments: TextSegment[];
  /** Links inside the article, in `text` offsets. */
  links: { start: number; end: number; href: string }[];
  /** The element holding the article body. */
  root: Element;
}

export interface PageResult {
  isArticle: boolean;
  /** Why the page is not an article, for the reader ("This looks like a home page"). */
  reason: string | null;
  metadata: PageMetadata;
  /** One entry per full article on the page (several for a live blog or stacked stories). */
  articles: FoundArticle[];
}

/**
 * The outlet gazetteer's two exact lookups, as the metadata reader needs them: the name of the
 * outlet a host belongs to, and the full name of a known short or app-style name. Passed in, so
 * the page-side finder in the extension does not load the gazetteer.
 */
export interface OutletNames {
  byDomain(host: string): string | null;
  byName(name: string): string | null;
}

/** The lookups a page's metadata may need, to be answered in one message. */
export interface OutletQueries {
  hosts: string[];
  names: string[];
}

export interface OutletAnswers {
  hosts: Record<string, string | null>;
  names: Record<string, string | null>;
}
