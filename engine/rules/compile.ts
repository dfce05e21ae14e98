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

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/**
 * Regex source for a word list, factored on shared beginnings: "official", "officials" and
 * "officer" become `[Oo]ffic(?:ial(?:s)?|er)`. The first letter matches in either case (a
 * sentence-initial capital) and a space matches any whitespace. Where one word continues another
 * ("chimed", "chimed in"), the longer is tried first, as in a plain alternation sorted longest
 * first, so a list matches the same text either way; factored, the big lists take less than half
 * the room, which keeps the rules' patterns under the size V8 compiles to machine code, and fewer
 * alternatives are tried at each position.
 */
export function alternation(words: readonly string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const word of new Set(words.map(tidyWord))) {
    let node = root;
    [...word].forEach((ch, i) => {
      const key = i === 0 ? ch.toLowerCase() : ch;
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), end: false }));
      node = child;
    });
    node.end = true;
  }
  return `(?:${branchesOf(root, true)})`;
}

/** The plain form, `(?:chimed\\s+in|chimed|...)`, longest first: for lists read right to left. */
export function flatAlternation(words: readonly string[]): string {
  const unique = [...new Set(words.map(tidyWord))].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.map((w) => [...w].map((ch, i) => charSource(i === 0 ? ch.toLowerCase() : ch, i === 0)).join('')).join('|')})`;
}

/** One space between words and none around them: each space becomes `\\s+`, and two in a row would not factor. */
function tidyWord(word: string): string {
  return word.trim().replace(/\s+/g, ' ');
}

function branchesOf(node: TrieNode, first: boolean): string {
  const branches = [...node.next].map(([ch, child]) => charSource(ch, first) + branchesOf(child, false));
  if (branches.length === 0) return '';
  if (node.end) return `(?:${branches.join('|')})?`;
  return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
}

function charSource(ch: string, first: boolean): string {
  if (ch === ' ') return '\\s+';
  if (/[.*+?^${}()|[\]\\]/.test(ch)) return `\\${ch}`;
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
  // For each open group: whether it is, or sits inside, a lookbehind.
  const behind: boolean[] = [];
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i];
    if (c === '\\') {
      out += pattern.slice(i, i + 2);
      i += 2;
    } else if (c === '[') {
      const end = skipClass(pattern, i);
      out += pattern.slice(i, end);
      i = end;
    } else if (c === '(') {
      behind.push(behind[behind.length - 1] === true || pattern.startsWith('(?<=', i) || pattern.startsWith('(?<!', i));
      out += c;
      i++;
    } else if (c === ')') {
      behind.pop();
      out += c;
      i++;
    } else if (c === '@' && /[A-Za-z]/.test(pattern[i + 1] ?? '')) {
      const name = /^@([A-Za-z][A-Za-z0-9]*)/.exec(pattern.slice(i, i + 64))![1];
      out += listSource(name, behind[behind.length - 1] === true, pattern);
      i += name.length + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

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
 * Every regular expression `compile` has made, for a warm-up. The JavaScript engine compiles a
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
