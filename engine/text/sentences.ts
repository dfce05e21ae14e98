/**
 * Sentence segmentation for news text.
 *
 * A boundary is a run of sentence punctuation (. ! ? …), optionally followed by closing quotes or
 * brackets, then whitespace, then something that can start a sentence. Paragraph breaks ("\n")
 * always end a sentence, so headlines and datelines never run into the body. The exceptions are
 * the ones that break naive splitters on news copy: titles ("Mr.", "Sen."), month abbreviations
 * ("Jan. 5"), initialisms ("U.S.", "D.C."), single initials ("Donald J. Trump") and "a.m./p.m.".
 */
import type { Span } from '../types.ts';

/** Abbreviations after which a period does not end a sentence (compared lower-case, without the dot). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft',
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'sgt', 'cpl', 'pvt', 'adm', 'brig', 'gov', 'sen',
  'reps', 'sens', 'pres', 'supt', 'insp', 'atty', 'hon', 'amb',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn',
  'vs', 'etc', 'approx', 'ave', 'blvd',
  'ala', 'ariz', 'calif', 'colo', 'fla', 'tenn', 'tex', 'okla', 'minn', 'mich', 'wis', 'wyo', 'neb', 'nev',
]);

/** Abbreviations that only hold before a number ("No. 1", "Vol. 3", "p. 12"). */
const NUMERIC_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'fig', 'p', 'pp', 'art', 'sec', 'ch']);

/** Abbreviations that usually do end a sentence when a capitalised word follows ("in the U.S. The ..."). */
const SENTENCE_FINAL_INITIALISMS = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'l.a', 'n.y']);

const BOUNDARY = /([.!?…]+)(["'”’»)\]]*)(\s+)(?=(["'“‘«(\[]?)(\S))/g;

/** Splits `text` into sentence spans (trimmed, non-empty, in order). */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let paraStart = 0;
  while (paraStart <= text.length) {
    let paraEnd = text.indexOf('\n', paraStart);
    if (paraEnd < 0) paraEnd = text.length;
    splitParagraph(text, paraStart, paraEnd, spans);
    paraStart = paraEnd + 1;
  }
  return spans;
}

function splitParagraph(text: string, from: number, to: number, out: Span[]): void {
  const para = text.slice(from, to);
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(para); m; m = BOUNDARY.exec(para)) {
    const punctEnd = m.index + m[1].length;
    const boundaryEnd = punctEnd + m[2].length;
    const next = m[5];
    if (isBoundary(para, m.index, m[1], next, m[4])) {
      push(out, text, from + start, from + boundaryEnd);
      start = boundaryEnd + m[3].length;
    }
  }
  push(out, text, from + start, to);
}

function isBoundary(para: string, punctAt: number, punct: string, next: string, opener: string): boolean {
  if (punct !== '.') {
    // Brand names with "!" ("E! News", "Yahoo! News") are not sentence ends.
    if (punct === '!' && /^(?:[A-Z]|Yahoo|Jeopardy|Wham)$/.test(wordBefore(para, punctAt))) return false;
    // "?" and "!" end a sentence unless a lower-case word continues it ("Why? because" is rare in news).
    return !/[a-z]/.test(next) || opener !== '';
  }
  const word = wordBefore(para, punctAt);
  const lower = word.toLowerCase();
  const startsLikeSentence = /[A-Z0-9"“‘'(\[«]/.test(opener || next);
  if (!startsLikeSentence) return false;
  if (word.length === 0) return true;
  if (SENTENCE_FINAL_INITIALISMS.has(lower)) return /^(The|A|An|In|It|He|She|They|We|But|And|This|That|On|At|As|If|For)$/.test(nextWord(para, punctAt));
  if (ABBREVIATIONS.has(lower)) return false;
  if (NUMERIC_ABBREVIATIONS.has(lower) && /[0-9]/.test(next)) return false;
  // Initialisms with inner dots ("U.S", "a.m", "Ph.D") and single initials ("J") do not end sentences.
  if (lower.includes('.')) return false;
  if (/^[A-Z]$/.test(word)) return false;
  return true;
}

/** The word (letters and inner dots) that ends right at `at`. */
function wordBefore(s: string, at: number): string {
  let i = at;
  while (i > 0 && /[A-Za-z.]/.test(s[i - 1]) && at - i < 12) i--;
  return s.slice(i, at).replace(/^\.+/, '');
}

function nextWord(s: string, at: number): string {
  const m = /^[.!?…"'”’»)\]\s]*([A-Za-z]+)/.exec(s.slice(at, at + 40));
  return m ? m[1] : '';
}

function push(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

/** Index of the sentence containing `offset` (binary search); -1 if none. */
export function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
