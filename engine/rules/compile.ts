/**
 * Turns rule patterns into regular expressions.
 *
 * A pattern is a regex source in which `@name` stands for a word list from lexicon.ts (or a raw
 * fragment). Lists become non-capturing alternations, longest entry first so that "chimed in" wins
 * over "chimed", with the first letter accepted in either case and spaces matching any whitespace.
 *
 * Linear time: every pattern is checked when compiled for nested unbounded repetition (a group
 * repeated with `*`, `+` or `{n,}` that itself contains such a quantifier), the construction
 * behind catastrophic backtracking. Bounded repetition (`{0,3}`) of simple tokens is allowed.
 */
import * as lexicon from './lexicon.ts';

const LISTS: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(lexicon).filter(([, v]) => Array.isArray(v)) as [string, string[]][],
);

const cache = new Map<string, string>();

/**
 * Regex source for a word list, factored on shared beginnings: "official", "officials" and
 * "officer" become `[Oo]ffic(?:er|ial(?:s)?)`. The first letter matches in either case (a
 * sentence-initial capital) and a space matches any whitespace. Where one word continues another
 * ("chimed", "chimed in"), the longer is tried first, as in a plain alternation sorted longest
 * first, so a list matches the same text either way; factored, the big lists take about a quarter
 * less room, which keeps the rules' patterns under the size V8 compiles to machine code, and
 * fewer alternatives are tried at each position. Lists hold single spaces between words and none
 * around them (tests/unit/engine/word-lists.test.ts checks): two in a row would not factor.
 */
export function alternation(words: readonly string[]): string {
  // Sorted, the words that share a beginning stand together: each group is one branch.
  const keyed = [...new Set(words.map((w) => w[0]!.toLowerCase() + w.slice(1)))].sort();
  return `(?:${branches(keyed, 0, keyed.length, 0)})`;
}

/** The factored source for `words[from, to)`, which share their first `depth` characters. */
function branches(words: readonly string[], from: number, to: number, depth: number): string {
  // A word that ends here sorts first: it is the prefix of all the others.
  const ends = words[from]!.length === depth;
  const parts: string[] = [];
  for (let i = ends ? from + 1 : from; i < to; ) {
    const ch = words[i]![depth]!;
    let j = i + 1;
    while (j < to && words[j]![depth] === ch) j++;
    parts.push(charSource(ch, depth === 0) + (j - i === 1 ? literal(words[i]!, depth + 1) : branches(words, i, j, depth + 1)));
    i = j;
  }
  if (parts.length === 0) return '';
  if (ends) return `(?:${parts.join('|')})?`;
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}

/** The rest of one word from `from` on, as regex source. */
function literal(word: string, from: number): string {
  let out = '';
  for (let i = from; i < word.length; i++) out += charSource(word[i]!, false);
  return out;
}

/** The plain form, `(?:chimed\\s+in|chimed|...)`, longest first: for lists read right to left. */
export function flatAlternation(words: readonly string[]): string {
  // Words of one length never match the same text, so any order among them will do.
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${unique.map((w) => charSource(w[0]!.toLowerCase(), true) + literal(w, 1)).join('|')})`;
}

const SPECIAL = new Set('.*+?^${}()|[]\\');

function charSource(ch: string, first: boolean): string {
  if (ch === ' ') return '\\s+';
  if (SPECIAL.has(ch)) return `\\${ch}`;
  const upper = ch.toUpperCase();
  return first && upper !== ch.toLowerCase() ? `[${upper}${ch.toLowerCase()}]` : ch;
}

/**
 * Expands every `@name` in a pattern. Unknown names are an error, not a silent literal.
 *
 * Inside a lookbehind a list stays a flat alternation, longest word first: a lookbehind matches
 * right to left, where the factored form would try "the" before "two of the" and read less of a
 * source phrase (`pre` in the rules). Only that order finds the longest word there too.
 */
export function expand(pattern: string): string {
  let out = '';
  let copied = 0;
  // For each open group: whether it is, or sits inside, a lookbehind.
  const behind: boolean[] = [];
  // Jumps from one token that matters to the next (escapes and classes only to be skipped), and
  // copies the text between in one piece: patterns run to 15,000 characters, and the engine
  // expands them all when it loads.
  TOKENS.lastIndex = 0;
  for (let m = TOKENS.exec(pattern); m; m = TOKENS.exec(pattern)) {
    const token = m[0];
    if (token === '(' || token.startsWith('(?<')) {
      behind.push(behind[behind.length - 1] === true || token.length > 1);
    } else if (token === ')') {
      behind.pop();
    } else if (token[0] === '@') {
      out += pattern.slice(copied, m.index) + listSource(m[1]!, behind[behind.length - 1] === true, pattern);
      copied = m.index + token.length;
    }
  }
  return out + pattern.slice(copied);
}

/** The tokens `expand` reads: an escape, a class, a lookbehind's or another group's opening, a close, a list. */
const TOKENS = /\\[^]|\[(?:\\[^]|[^\]\\])*\]|\(\?<[=!]|\(|\)|@([A-Za-z][A-Za-z0-9]*)/g;

function listSource(name: string, inLookbehind: boolean, pattern: string): string {
  const key = inLookbehind ? `<${name}` : name;
  const hit = cache.get(key);
  if (hit) return hit;
  let source: string;
  if (name in lexicon.FRAGMENTS) source = lexicon.FRAGMENTS[name];
  else if (name in LISTS) source = inLookbehind ? flatAlternation(LISTS[name]) : alternation(LISTS[name]);
  else throw new Error(`Unknown word list @${name} in pattern ${pattern}`);
  cache.set(key, source);
  return source;
}

const standInCache = new Map<string, string>();

/**
 * The pattern as `nestedQuantifier` needs to see it, with each `@name` replaced by a stand-in
 * that repeats without bound exactly when the list or fragment holds such a quantifier (a list
 * does when an entry has a space: `\s+`). Checking the expanded source instead read about a
 * quarter of a megabyte of word lists each time the engine loaded. A fragment is checked once,
 * on its own; a list is escaped words, whose only quantifier is the `\s+` of a space.
 */
function standIns(pattern: string): string {
  return pattern.replace(/@([A-Za-z][A-Za-z0-9]*)/g, (whole, name: string) => {
    let standIn = standInCache.get(name);
    if (standIn === undefined) {
      if (name in LISTS && !(name in lexicon.FRAGMENTS)) {
        // Escaped words: the only quantifier is the `\s+` of a space.
        standIn = LISTS[name]!.some((w) => w.includes(' ')) ? '(?:x+)' : 'x';
      } else {
        const source = expand(whole);
        const problem = nestedQuantifier(source);
        if (problem) throw new Error(`Fragment @${name} may backtrack catastrophically (${problem})`);
        standIn = nestedQuantifier(`(?:${source})+`) ? '(?:x+)' : 'x';
      }
      standInCache.set(name, standIn);
    }
    return standIn;
  });
}

const compiled: RegExp[] = [];

/** Compiles a pattern, refusing constructions that can backtrack catastrophically. */
export function compile(pattern: string, flags = 'g'): RegExp {
  const problem = nestedQuantifier(standIns(pattern));
  if (problem) throw new Error(`Pattern may backtrack catastrophically (${problem}): ${pattern}`);
  const regex = new RegExp(expand(pattern), flags);
  compiled.push(regex);
  return regex;
}

/**
 * Every regular expression `compile` has made so far (the rules' only after `prepareEngine`), for
 * a warm-up. The JavaScript engine compiles a
 * regular expression when it first runs, in time that grows with its size, and the rules' are big
 * (some over 15,000 characters): a background that has just started can run each one on its own
 * while it is idle, rather than the first article paying for all of them at once.
 */
export function compiledRegexes(): readonly RegExp[] {
  return compiled;
}

/**
 * Returns a description of the first group that is repeated without bound and contains an
 * unbounded quantifier, or null. A small scanner over the regex source: it tracks groups,
 * skips escapes and character classes, and reads the quantifier after each `)`.
 */
export function nestedQuantifier(source: string): string | null {
  const stack: { start: number; unbounded: boolean }[] = [];
  let i = 0;
  const markUnbounded = () => {
    if (stack.length) stack[stack.length - 1].unbounded = true;
  };
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') {
      i += 2;
      i = readQuantifier(source, i, markUnbounded);
      continue;
    }
    if (c === '[') {
      i = skipClass(source, i);
      i = readQuantifier(source, i, markUnbounded);
      continue;
    }
    if (c === '(') {
      stack.push({ start: i, unbounded: false });
      i++;
      continue;
    }
    if (c === ')') {
      const group = stack.pop();
      i++;
      const q = quantifierAt(source, i);
      if (group && q) {
        if (q.unbounded && group.unbounded) return `group at ${group.start} repeats an unbounded quantifier`;
        if (q.unbounded || group.unbounded) markUnbounded();
        i += q.length;
      } else if (group?.unbounded) {
        markUnbounded();
      }
      continue;
    }
    i++;
    i = readQuantifier(source, i, markUnbounded);
  }
  return null;
}

function readQuantifier(source: string, i: number, onUnbounded: () => void): number {
  const q = quantifierAt(source, i);
  if (!q) return i;
  if (q.unbounded) onUnbounded();
  return i + q.length;
}

function quantifierAt(source: string, i: number): { unbounded: boolean; length: number } | null {
  // Called after every token: return at once when there is no quantifier (the common case).
  const c = source.charCodeAt(i);
  if (c !== 42 && c !== 43 && c !== 63 && c !== 123) return null; // * + ? {
  const lazy = (n: number) => (source[i + n] === '?' ? n + 1 : n);
  if (c === 42 || c === 43) return { unbounded: true, length: lazy(1) };
  if (c === 63) return { unbounded: false, length: lazy(1) };
  const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 12));
  if (!m) return null;
  const unbounded = m[2] !== undefined && m[3] === '';
  return { unbounded, length: lazy(m[0].length) };
}

function skipClass(source: string, i: number): number {
  i++;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}
