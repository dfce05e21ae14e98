/**
 * The news-outlet gazetteer and its matchers. Everything is compiled once, when this module loads.
 *
 * - `findOutletMentions(text)`: every outlet named in a text (see matcher.ts for the conventions).
 * - `outletByName(name)` / `outletByDomain(hostOrUrl)`: exact lookups (see lookup.ts).
 * - `looksLikeOutletName(phrase)`: publications not in the list, by the shape of their name.
 * - `canonicalOutletName(nameOrAlias)`: the name to report for a phrase the rules found.
 */
import type { Outlet, OutletMention } from './types.ts';
import { ALL_OUTLETS } from './data/index.ts';
import { compileGazetteer } from './compile.ts';
import { createMatcher, lowerHeadRuns } from './matcher.ts';
import { createNameLookup, outletByDomainIn } from './lookup.ts';
import { createLooksLike } from './looks-like.ts';
import { dropLeadingThe, dropPossessive, tokenize } from './text.ts';

export type { Outlet, OutletMention, OutletKind } from './types.ts';
export { MASTHEAD_WORDS } from './looks-like.ts';

export const OUTLETS: readonly Outlet[] = ALL_OUTLETS;

const compiled = compileGazetteer(OUTLETS);
const matchText = createMatcher(compiled);
const byName = createNameLookup(compiled);
const looksLike = createLooksLike(byName);

/** The outlet whose web domain (or a parent domain of it) matches, e.g. "https://www.ft.com/x" -> Financial Times. */
export function outletByDomain(hostOrUrl: string): Outlet | null {
  return outletByDomainIn(compiled, hostOrUrl);
}

/** The outlet a name or alias stands for, or null. */
export function outletByName(name: string): Outlet | null {
  return byName(name);
}

/**
 * Every gazetteer mention in `text`, left to right, non-overlapping, longest match first.
 * `starts`: where mentions may start (a superset, ascending), if the caller has read them already.
 */
export function findOutletMentions(text: string, starts?: readonly number[]): OutletMention[] {
  return matchText(text, starts);
}

/** The runs of letters that open the gazetteer's lower-case names ("dpa", "t" of "t3n"), for the trigger pass. */
export const LOWER_NAME_HEADS: readonly string[] = lowerHeadRuns(compiled);

/** Whether a capitalised phrase reads like the name of a publication ("the Sioux Falls Argus Leader"). */
export function looksLikeOutletName(phrase: string): boolean {
  return looksLike(phrase);
}

/**
 * The canonical name of a known outlet ("AP" -> "The Associated Press"), or for an unknown one the
 * phrase tidied: surrounding quotes and punctuation, a leading "the" and a possessive dropped,
 * whitespace folded ("the  Daily Northwestern's" -> "Daily Northwestern").
 */
export function canonicalOutletName(nameOrAlias: string): string {
  if (typeof nameOrAlias !== 'string') return '';
  const known = byName(nameOrAlias);
  if (known) return known.name;
  let s = nameOrAlias
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[\s"“”‘'(\[]+|[\s"“”’,.;:)\]]+$/gu, '');
  s = s.replace(/^the\s+/i, '');
  s = s.replace(/(?:['’]s|(?<=s)['’])$/u, '');
  // Keep the tokenizer's view consistent with lookups: an empty result falls back to the input.
  return s.length > 0 && dropPossessive(dropLeadingThe(tokenize(s))).length > 0 ? s : nameOrAlias.trim();
}
