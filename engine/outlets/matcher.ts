/**
 * Finds gazetteer mentions in running text in one left-to-right pass.
 *
 * Why a token trie and not one big alternation regex: a regex over ~1,800 written forms retries
 * alternatives at every position, while the trie does one map lookup per capitalised word that
 * passes a three-letter filter and then follows at most `maxDepth` (6) tokens. Every character is
 * classified once by the outer loop and re-read by at most `maxDepth` trie walks, so the pass is
 * linear in the text (tests/unit/outlets/matcher.test.ts runs it on 1,000,000-character inputs).
 *
 * Conventions (see text.ts for tokens and case rules):
 * - A mention starts on a capitalised word or a digit, except for the few outlets written in lower
 *   case ("dpa", "taz"): skipping ordinary lower-case words early is what keeps the pass cheap.
 * - Longest match first; after a match the scan resumes after it, so mentions never overlap.
 * - A "the" right before the name is included in the mention ("the Financial Times").
 * - The span ends with the name: "CNN's" yields "CNN", "Reuters'" yields "Reuters".
 * - Short forms ("the Post") resolve to the outlet using them that was named most recently.
 * - Short forms, one-word names after "the" and ambiguous names do not fire before a capitalised
 *   word ("the Post Office", "the Times Square crowd", "Time Warner"); ambiguous names do not fire
 *   after a capitalised word or an honorific either ("Michael Bloomberg", "Mr. Forbes").
 */
import type { Outlet, OutletMention } from './types.ts';
import * as C from './compile.ts';
import type { CompiledGazetteer, FormEntry, TrieNode } from './compile.ts';
import * as T from './text.ts';

// Local copies: some loaders (tsx, CommonJS interop) turn imported bindings into getters, and a
// getter call per character would dominate the scan.
const WORD = T.WORD;
const SPACE = T.SPACE;
const OTHER = T.OTHER;
const charClass = T.charClass;
const foldPunct = T.foldPunct;
const tokenFits = T.tokenFits;
const headHash = C.headHash;

/** Whitespace between two tokens of a name may hold one line break but not a paragraph break. */
function skipSpace(text: string, p: number): number {
  let newlines = 0;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (charClass(c) !== SPACE) return p;
    if (c === 10 && ++newlines > 1) return -1;
    p++;
  }
  return p;
}

function wordEnd(text: string, p: number): number {
  while (p < text.length && charClass(text.charCodeAt(p)) === WORD) p++;
  return p;
}

/** The start of a "the" directly before `start` (spaces only between), not before `min`; else -1. */
function precedingThe(text: string, start: number, min: number): number {
  let p = start - 1;
  let newlines = 0;
  while (p >= 0 && charClass(text.charCodeAt(p)) === SPACE) {
    if (text.charCodeAt(p) === 10 && ++newlines > 1) return -1;
    p--;
  }
  if (p === start - 1) return -1;
  const s = p - 2;
  if (s < min || s < 0) return -1;
  if ((text.charCodeAt(s) | 32) !== 116 || (text.charCodeAt(s + 1) | 32) !== 104 || (text.charCodeAt(s + 2) | 32) !== 101) {
    return -1;
  }
  if (s > 0 && charClass(text.charCodeAt(s - 1)) === WORD) return -1;
  return s;
}

function isSpaceOnLine(code: number): boolean {
  return code !== 10 && code !== 13 && charClass(code) === SPACE;
}

function isCapital(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/**
 * A reporter's name and a verb of reporting, or a name closing a phrase ("a report from
 * Bloomberg's Mark Gurman,", "Bloomberg’s Liz McCormick and Michael Mackenzie:") or a line (a
 * newsletter's sign-off, "— Bloomberg’s Julian Lee"): what follows an outlet's possessive in a
 * byline.
 */
const JOURNALIST_AFTER_POSSESSIVE =
  /^\s+(?:[A-Z][\w’'-]+\s+){1,2}(?!(?:Army|Party|Republic|Front|Congress|Court|Union|Council|Association|Movement|Alliance|Assembly|Bank|Government|Ministry|Police|Forces?|Guard|Committee|League|Federation|Daily|Choice)(?![\w’'-]))[A-Z][\w’'-]+(?:\s+(?:first\s+)?(?:reported|reports|wrote|writes|said|says|noted|notes|tweeted|asked|revealed|broke)(?![\w-])|\s*[,:]|\s+and\s+[A-Z]|[ \t]*(?:\r?\n|$))/;

/**
 * Whether what follows `p` makes the words before it part of a longer name or compound, so that
 * an ordinary-word name is not the outlet: a capitalised word after spaces ("the Post Office",
 * "Time Warner"), a hyphenated word ("Time-Weighted"), or for ambiguous names a number
 * ("Fortune 500", "Billboard 200") or a possessive and a capitalised word ("People's Party"; this
 * loses "Time's Person of the Year", a fair price for not reading parties and armies as magazines).
 */
function continuesName(text: string, p: number, ambiguous: boolean): boolean {
  if (p >= text.length) return false;
  if (text.charCodeAt(p) === 45 && p + 1 < text.length && charClass(text.charCodeAt(p + 1)) === WORD) return true;
  // "People's Liberation Army", "People's Republic": a possessive inside a longer name. But not
  // a journalist's byline: "Bloomberg's Mark Gurman wrote", "The Athletic's David Ornstein reported".
  if (ambiguous && foldPunct(text[p]!) === "'" && (text[p + 1] === 's' || text[p + 1] === 'S')) {
    if (JOURNALIST_AFTER_POSSESSIVE.test(text.slice(p + 2, p + 80))) return false;
    p += 2;
  }
  let q = p;
  while (q < text.length && isSpaceOnLine(text.charCodeAt(q))) q++;
  if (q === p || q >= text.length || charClass(text.charCodeAt(q)) !== WORD) return false;
  const c = text.charCodeAt(q);
  if (ambiguous && c >= 48 && c <= 57) return true;
  return isCapital(text[q]!);
}

/**
 * The length of a web address's ending right after a name ("Philstar.com", "Rappler.com",
 * "Inquirer.net"), which belongs to the mention: a cue after it ("Philstar.com quoted") must find
 * the mention's end. A lower-case top-level domain with no space before it is never a sentence's
 * end.
 */
const WEB_ADDRESS_TAIL = /^\.(?:com|net|org|co|info|news)(?:\.[a-z]{2})?(?![\w-])/;
function webAddressTail(text: string, end: number): number {
  if (text.charCodeAt(end) !== 46) return 0;
  return WEB_ADDRESS_TAIL.exec(text.slice(end, end + 12))?.[0].length ?? 0;
}

/** Capitalised words before a name that are cues or function words, not given names ("Per Bloomberg"). */
const NOT_GIVEN_NAMES = new Set([
  'the', 'per', 'via', 'citing', 'told', 'tells', 'says', 'said', 'source', 'sources', 'credit',
  'courtesy', 'by', 'from', 'to', 'in', 'on', 'at', 'with', 'and', 'or', 'but', 'reports', 'reported',
  'wrote', 'writes', 'according', 'for', 'as', 'like', 'unlike', 'after', 'before', 'while', 'when',
  // A determiner opening a sentence: "A Global News report said".
  'a', 'an', 'one', 'another', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'every', 'each',
]);

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'prof', 'st']);

/**
 * Whether the word before `start` makes a name of it: a capitalised word ("Michael Bloomberg",
 * "Steve Forbes") or an honorific ("Mr. Bloomberg"). An article is not such a word.
 */
function personBefore(text: string, start: number): boolean {
  let p = start - 1;
  let dot = false;
  while (p >= 0 && isSpaceOnLine(text.charCodeAt(p))) p--;
  if (p === start - 1) return false;
  if (p >= 0 && text.charCodeAt(p) === 46) {
    dot = true;
    p--;
  }
  const end = p + 1;
  while (p >= 0 && charClass(text.charCodeAt(p)) === WORD) p--;
  const word = text.slice(p + 1, end);
  if (word.length === 0) return false;
  if (dot) return HONORIFICS.has(word.toLowerCase());
  return isCapital(word[0]!) && !NOT_GIVEN_NAMES.has(word.toLowerCase());
}

/**
 * The lower-case first words as one alternation grouped by their first letter ("d(?:pa|e)"):
 * tried at every lower-case letter of a text, a flat list of 36 words cost as much as the rest of
 * the candidate search. The first letter is as written, the rest in any case ("dpa", "dpA").
 * `\b` on both sides: the words start with a letter and end with a letter or digit.
 */
function lowerHeadsSource(heads: ReadonlySet<string>): string {
  const anyCase = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[a-z]/g, (ch) => `[${ch}${ch.toUpperCase()}]`);
  const byFirst = new Map<string, string[]>();
  for (const w of heads) byFirst.set(w[0]!, [...(byFirst.get(w[0]!) ?? []), w.slice(1)]);
  // Longest rest first, so that "i24news" is tried before "i24" and "i".
  const groups = [...byFirst].map(([first, rests]) => `${first}(?:${rests.sort((a, b) => b.length - a.length).map(anyCase).join('|')})`);
  return `(?:${groups.join('|')})`;
}

/**
 * The lower-case first words' leading runs of letters ("t" for "t3n", "dpa"): the trigger pass,
 * which hashes such runs, notes the words that begin with one (see `findOutletMentions`).
 */
export function lowerHeadRuns(g: CompiledGazetteer): string[] {
  return [...new Set([...g.lowerHeads].map((h) => /^[a-z]+/.exec(h)?.[0] ?? '').filter((r) => r !== ''))];
}

export function createMatcher(g: CompiledGazetteer): (text: string, starts?: readonly number[]) => OutletMention[] {
  const depth = g.maxDepth + 1;
  const headFilter = g.headFilter;
  const tokStart = new Int32Array(depth);
  const tokEnd = new Int32Array(depth);
  const termDepth = new Int32Array(depth);
  const termNode: TrieNode[] = new Array(depth);

  function fits(entry: FormEntry, text: string, d: number): boolean {
    for (let q = 0; q < d; q++) {
      const pattern = entry.tokens[q]!;
      if (charClass(pattern.charCodeAt(0)) !== WORD) continue;
      if (!tokenFits(pattern, text.slice(tokStart[q]!, tokEnd[q]!))) return false;
    }
    return true;
  }

  // Where a mention may start: a capital, a digit, a non-ASCII character that may be a letter
  // (checked below), or one of the few lower-case first words ("dpa"). Most of a text is lower-case
  // words, and the regex engine skips them far faster than a loop over every character. Curly
  // quotes, dashes and emoji are never letters: each one costs a round trip out of the regex.
  const candidate = new RegExp(
    `[A-Z0-9${T.NAME_START_NON_ASCII}]${g.lowerHeads.size ? `|\\b${lowerHeadsSource(g.lowerHeads)}\\b` : ''}`,
    'g',
  );

  /**
   * `starts`, when given, lists (ascending) every place where a mention may start, and maybe
   * more: the engine's trigger pass reads every character anyway and notes them (see
   * `nameStarts` in detect/triggers.ts), which spares the search above.
   */
  return function findOutletMentions(text: string, starts?: readonly number[]): OutletMention[] {
    const out: OutletMention[] = [];
    if (typeof text !== 'string' || text.length === 0) return out;
    const seen = new Map<Outlet, number>();
    const n = text.length;
    let lastEnd = 0;
    let i = 0;
    let k = 0;

    while (i < n) {
      if (starts) {
        while (k < starts.length && starts[k]! < i) k++;
        if (k === starts.length) break;
        i = starts[k]!;
      } else {
        candidate.lastIndex = i;
        const next = candidate.exec(text);
        if (next === null) break;
        i = next.index;
      }
      const c = text.charCodeAt(i);
      if (charClass(c) !== WORD) {
        i++;
        continue;
      }
      // Inside a word ("McDonald", "café"): a mention starts only where a word does.
      if (i > 0 && charClass(text.charCodeAt(i - 1)) === WORD) {
        i = wordEnd(text, i + 1);
        continue;
      }
      const e = wordEnd(text, i + 1);
      // Lower-case ASCII words start a mention only where a form begins with one ("dpa").
      // A handle or hashtag ("@ABC", "#CNN") is not a mention of the outlet in running text.
      const lower = c >= 97 && c <= 122;
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
      let first: TrieNode | undefined;
      if (!(lower && g.lowerStarts.get(c)?.has(e - i) !== true) && prev !== 64 && prev !== 35) {
        const h = headHash(text, i, e);
        if (h < 0 || headFilter[h] === 1) first = g.root.get(text.slice(i, e).toLowerCase());
      }
      if (first === undefined) {
        i = e;
        continue;
      }

      // Walk the trie as far as the text follows it, remembering every node where a form ends.
      let node = first;
      let d = 1;
      let terms = 0;
      tokStart[0] = i;
      tokEnd[0] = e;
      if (node.entries) {
        termDepth[terms] = 1;
        termNode[terms++] = node;
      }
      while (node.next !== null) {
        const p = skipSpace(text, tokEnd[d - 1]!);
        if (p < 0 || p >= n) break;
        const k = charClass(text.charCodeAt(p));
        let q: number;
        let key: string;
        if (k === WORD) {
          q = wordEnd(text, p + 1);
          key = text.slice(p, q).toLowerCase();
        } else if (k === OTHER) {
          q = p + 1;
          key = foldPunct(text[p]!);
        } else break;
        const child = node.next.get(key);
        if (child === undefined) break;
        tokStart[d] = p;
        tokEnd[d] = q;
        d++;
        node = child;
        if (node.entries) {
          termDepth[terms] = d;
          termNode[terms++] = node;
        }
      }

      let found: OutletMention | null = null;
      for (let t = terms - 1; t >= 0 && found === null; t--) {
        const dd = termDepth[t]!;
        for (const entry of termNode[t]!.entries!) {
          if (!fits(entry, text, dd)) continue;
          const the = precedingThe(text, i, lastEnd);
          if (entry.needsThe && the < 0) continue;
          const end = tokEnd[dd - 1]!;
          // Ordinary words and surnames: "the Times Square crowd", "Time Warner", "Michael Bloomberg".
          if ((entry.guarded || entry.ambiguous) && continuesName(text, end, entry.ambiguous)) continue;
          if (entry.ambiguous && the < 0 && personBefore(text, i)) continue;
          let outlet: Outlet | undefined = entry.outlets[0];
          if (entry.via === 'short-form') {
            outlet = undefined;
            let best = -1;
            for (const o of entry.outlets) {
              const at = seen.get(o);
              if (at !== undefined && at > best) {
                best = at;
                outlet = o;
              }
            }
            if (outlet === undefined) continue;
          }
          found = { start: the >= 0 ? the : i, end: end + webAddressTail(text, end), outlet: outlet!, via: entry.via, ambiguous: entry.ambiguous };
          break;
        }
      }

      if (found === null) {
        i = e;
        continue;
      }
      seen.set(found.outlet, out.length);
      out.push(found);
      lastEnd = found.end;
      i = found.end;
    }
    return out;
  };
}
