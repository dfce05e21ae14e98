/**
 * Recognises publications that are not in the gazetteer from the shape of their name, for rules
 * that have already found a citation cue ("told the Sioux Falls Argus Leader", "the Daily
 * Northwestern reported"). The phrase must read like a masthead:
 * - capitalised words (a few connectors allowed: "Times of India"), at most six;
 * - a masthead word (see masthead-words.ts) that ends the name ("Argus Leader"), precedes a
 *   connector ("Times of India") or opens it ("Daily Northwestern", "Radio Poland");
 * - a weak masthead word ("Record", "Star", "News", "TV") only with "the" or in three words or more;
 * - nothing that marks an institution, an office, a product, a page element or a Title Case
 *   headline (a capitalised "Of", "The", "How"; a headline verb);
 * - not a given name and a surname ("Emily Post"), not a lone masthead word unless it is a strong
 *   one after "the" ("the Tribune").
 */
import type { Outlet } from './types.ts';
import { dropLeadingThe, dropPossessive, tokenize } from './text.ts';
import {
  AGENCY_OK,
  CAPITALISED_FUNCTION_WORDS,
  CONNECTORS,
  GENERIC_FIRST,
  GIVEN_NAMES,
  HEADLINE_VERBS,
  LEADING_MASTHEAD,
  NOT_MASTHEAD,
  STRONG_MASTHEAD,
  STRONG_SINGLE,
  WEAK_MASTHEAD,
} from './masthead-words.ts';

/** Every word that can make a phrase read like a publication, strong ones first. */
export const MASTHEAD_WORDS: readonly string[] = [...STRONG_MASTHEAD, ...WEAK_MASTHEAD];

const STRONG = new Set<string>(STRONG_MASTHEAD);
const WEAK = new Set<string>(WEAK_MASTHEAD);
const UPPER_START = /^[\p{Lu}\p{N}]/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
const MAX_WORDS = 6;

/** Words of a phrase: hyphens and apostrophes join neighbours ("Union-Tribune", "People's"). */
function wordsOf(tokens: string[]): { words: string[]; parts: string[][] } | null {
  const words: string[] = [];
  const parts: string[][] = [];
  let glue = false;
  for (const t of tokens) {
    if (t === '-' || t === "'") {
      if (words.length === 0) return null;
      words[words.length - 1] += t;
      glue = true;
    } else if (HAS_WORD.test(t)) {
      if (glue) {
        words[words.length - 1] += t;
        parts[parts.length - 1]!.push(t);
      } else {
        words.push(t);
        parts.push([t]);
      }
      glue = false;
    } else if (t === '.' || t === '&' || t === '/') {
      glue = false;
    } else {
      return null;
    }
  }
  return { words, parts };
}

export function createLooksLike(outletByName: (name: string) => Outlet | null): (phrase: string) => boolean {
  return function looksLikeOutletName(phrase: string): boolean {
    if (typeof phrase !== 'string') return false;
    const trimmed = phrase.trim();
    if (trimmed.length === 0 || trimmed.length > 120) return false;
    if (outletByName(trimmed)) return true;

    const all = dropPossessive(tokenize(trimmed));
    const hadThe = all.length > 1 && all[0]!.toLowerCase() === 'the';
    const split = wordsOf(dropLeadingThe(all));
    if (!split) return false;
    const { words, parts } = split;
    const n = words.length;
    if (n === 0 || n > MAX_WORDS) return false;
    if (!UPPER_START.test(words[0]!) || !UPPER_START.test(words[n - 1]!)) return false;
    for (const w of words) {
      if (!UPPER_START.test(w) && !CONNECTORS.has(w)) return false;
      if (HEADLINE_VERBS.has(w) || CAPITALISED_FUNCTION_WORDS.has(w)) return false;
      if (NOT_MASTHEAD.has(w) && !(w === 'Agency' && words.some((x) => AGENCY_OK.has(x)))) return false;
    }
    if (GENERIC_FIRST.has(words[0]!)) return false;

    if (n === 1) return hadThe && parts[0]!.some((p) => STRONG_SINGLE.has(p));
    if (n === 2 && !hadThe && GIVEN_NAMES.has(words[0]!)) return false;

    // Where may a masthead word stand: last, before a connector, or first for opening words.
    // "Religion News Service", "Kyodo News Service": a news service, where "Secret Service" is not.
    let strong = n >= 2 && words[n - 1] === 'Service' && ['News', 'Wire', 'Press'].includes(words[n - 2]!);
    let weak = false;
    for (let i = 0; i < n; i++) {
      const last = i === n - 1;
      const opening = i === 0 && LEADING_MASTHEAD.has(words[i]!);
      const beforeConnector = !last && CONNECTORS.has(words[i + 1]!);
      if (!last && !opening && !beforeConnector) continue;
      for (const p of parts[i]!) {
        if (STRONG.has(p)) strong = true;
        // "Leader of the Opposition": only strong words may stand before a connector.
        else if (WEAK.has(p) && !beforeConnector) weak = true;
      }
    }
    return strong || (weak && (hadThe || n >= 3));
  };
}
