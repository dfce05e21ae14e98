/**
 * Trigger words: a cheap first pass that decides which patterns can possibly match in which
 * sentence. Every pattern names words at least one of which any match contains ("according",
 * "reportedly", "officials"…), and may name a second set of which one must also occur (a verb of
 * saying, for "officials said"). One scan over the text's characters marks, per sentence, the
 * patterns whose triggers occur there; the regexes then run only on those sentences. This is what
 * keeps the engine within a small multiple of a plain tokenising pass.
 *
 * The scan hashes each run of ASCII letters as it reads it (lower-cased on the fly, FNV-1a), so it
 * allocates nothing per word. A hash collision can only mark a pattern needlessly; it never hides one.
 */
import type { Span } from '../types.ts';
import { mayStartNameNonAscii } from '../outlets/text.ts';

export interface TriggerSpec {
  /** Any one of these words... */
  any: readonly string[];
  /**
   * ...or any word ending in one of these (lower-case letters, a word at least two letters longer):
   * "beekeepers" and "headteachers" for an ending "ers", where no list can name them all.
   */
  endings?: readonly string[];
  /** ...and, when given, also any one of these. */
  alsoAny?: readonly string[];
}

export interface TriggerIndex {
  /** Per pattern: whether it has a secondary set. */
  needsSecondary: boolean[];
  count: number;
  /**
   * An open-addressing table from word hash to a row of pattern bits (`stride` 32-bit words for
   * the primary set, then `stride` for the secondary). One probe and a few ORs per word, where two
   * Map lookups and list walks cost a sixth of the engine.
   */
  table: { mask: number; keys: Uint32Array; rows: Int32Array; bits: Uint32Array; stride: number };
  /**
   * Word endings that trigger patterns, each with its row of pattern bits (primary set only),
   * filed by their last letter (0 for "a"): a word is compared only with the endings it may have.
   */
  endingsByLastLetter: ({ ending: string; bits: Uint32Array }[] | undefined)[];
  /**
   * Hashes of the runs of letters that open the gazetteer's lower-case names, or null: no
   * `nameStarts`. With a table of their low 12 bits, which most words fail in one read.
   */
  nameHeads: { hashes: Set<number>; low: Uint8Array } | null;
}

function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Files each entry under one of its words. A match of a phrase ("feel that", "call it") holds all
 * of its words, so one of them is trigger enough; the longest, as the rarest ("feel", not "that"):
 * filed under every word, "that" and "it" woke the rules that take a verb of saying in almost every
 * sentence.
 */
function addWords(map: Map<number, number[]>, entries: readonly string[], pattern: number): void {
  for (const entry of entries) {
    const words = entry.toLowerCase().match(/[a-z]+/g) ?? [];
    if (words.length === 0) continue;
    const word = words.reduce((best, w) => (w.length > best.length ? w : best));
    const h = hashWord(word);
    const list = map.get(h) ?? [];
    if (!list.includes(pattern)) list.push(pattern);
    map.set(h, list);
  }
}

/**
 * `nameHeads`: the runs of letters that open the outlet names written in lower case ("dpa"); given,
 * the pass also notes where outlet names may start (`Triggered.nameStarts`).
 */
export function buildTriggerIndex(specs: readonly TriggerSpec[], nameHeads?: readonly string[]): TriggerIndex {
  const primary = new Map<number, number[]>();
  const secondary = new Map<number, number[]>();
  specs.forEach((spec, i) => {
    addWords(primary, spec.any, i);
    if (spec.alsoAny) addWords(secondary, spec.alsoAny, i);
  });
  const stride = (specs.length + 31) >> 5;
  const endings = new Map<string, Uint32Array>();
  specs.forEach((spec, i) => {
    for (const ending of spec.endings ?? []) {
      if (!/^[a-z]+$/.test(ending)) throw new Error(`A trigger ending is lower-case letters: ${ending}`);
      const bits = endings.get(ending) ?? new Uint32Array(stride);
      bits[i >> 5] |= 1 << (i & 31);
      endings.set(ending, bits);
    }
  });
  const endingsByLastLetter: TriggerIndex['endingsByLastLetter'] = new Array(26).fill(undefined);
  for (const [ending, bits] of endings) (endingsByLastLetter[ending.charCodeAt(ending.length - 1) - 0x61] ??= []).push({ ending, bits });
  return {
    needsSecondary: specs.map((s) => !!s.alsoAny),
    count: specs.length,
    table: buildTable(primary, secondary, specs.length),
    endingsByLastLetter,
    nameHeads: nameHeads ? nameHeadTable(nameHeads) : null,
  };
}

function nameHeadTable(words: readonly string[]): NonNullable<TriggerIndex['nameHeads']> {
  const hashes = new Set(words.map((w) => hashWord(w.toLowerCase())));
  const low = new Uint8Array(4096);
  for (const h of hashes) low[h & 4095] = 1;
  return { hashes, low };
}

function buildTable(primary: Map<number, number[]>, secondary: Map<number, number[]>, count: number): TriggerIndex['table'] {
  const stride = (count + 31) >> 5;
  const hashes = [...new Set([...primary.keys(), ...secondary.keys()])];
  let size = 16;
  while (size < hashes.length * 4) size <<= 1;
  const mask = size - 1;
  const keys = new Uint32Array(size);
  const rows = new Int32Array(size).fill(-1);
  const bits = new Uint32Array(hashes.length * stride * 2);
  hashes.forEach((h, row) => {
    let slot = h & mask;
    while (rows[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = h;
    rows[slot] = row;
    for (const p of primary.get(h) ?? []) bits[row * stride * 2 + (p >> 5)] |= 1 << (p & 31);
    for (const p of secondary.get(h) ?? []) bits[row * stride * 2 + stride + (p >> 5)] |= 1 << (p & 31);
  });
  return { mask, keys, rows, bits, stride };
}

export interface Triggered {
  /**
   * The patterns that may match in sentence `s`, in ascending order, written into `out` (which is
   * returned). One read per 32 patterns: asking `has` of every rule for every sentence was a
   * tenth of the rules' time.
   */
  patternsIn(s: number, out: number[]): number[];
  /**
   * Where the words with a trigger ending start in sentence `s` (text offsets, ascending), written
   * into `out`: a pattern that can only start at such a word need not be tried anywhere else.
   */
  endingWordsIn(s: number, out: number[]): number[];
  /**
   * Where an outlet's name may start, ascending (null without `nameHeads` in the index): at
   * the start of a run of \w, a capital or a digit, a word opening with a lower-case name's run of
   * letters ("dpa"), and a character outside ASCII that may be a letter (`mayStartNameNonAscii`)
   * after anything but \w. A superset of the places the gazetteer's matcher looks at
   * (`findOutletMentions` in outlets/): noted here, they spare it a search of its own over the text.
   */
  nameStarts: number[] | null;
  /**
   * The text's words as the benchmarks' tokeniser counts them (runs of \w): the scan reads every
   * character anyway, and a second pass only to count them cost the engine as much again.
   */
  words: number;
}

export function triggeredPatterns(text: string, sentences: readonly Span[], index: TriggerIndex): Triggered {
  const stride = (index.count + 31) >> 5;
  const first = new Uint32Array(sentences.length * stride);
  const second = new Uint32Array(sentences.length * stride);
  let si = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  let wordStart = 0;
  let words = 0;
  let inW = false;
  const { mask, keys, rows, bits } = index.table;
  const { endingsByLastLetter } = index;
  let last = 0;
  const nameHeads = index.nameHeads;
  const nameStarts: number[] = [];
  // Whether the ASCII word being read starts where a name may (after anything but \w).
  let wordAtBoundary = false;
  // The words flushEnding marks, in text order, with their sentences (also ascending).
  const endingStarts: number[] = [];
  const endingSentences: number[] = [];
  /** Marks the patterns whose endings the word just read (text[wordStart, end)) has. */
  const flushEnding = (end: number, endings: { ending: string; bits: Uint32Array }[]) => {
    for (const { ending, bits: row } of endings) {
      const n = ending.length;
      if (end - wordStart < n + 2) continue;
      // The last letter matches already; compare the others from the end, where words differ most.
      let k = n - 2;
      while (k >= 0 && (text.charCodeAt(end - n + k) | 0x20) === ending.charCodeAt(k)) k--;
      if (k >= 0) continue;
      while (si < sentences.length - 1 && wordStart >= sentences[si].end) si++;
      const base = si * stride;
      for (let w = 0; w < stride; w++) first[base + w] |= row[w];
      if (endingStarts[endingStarts.length - 1] !== wordStart) {
        endingStarts.push(wordStart);
        endingSentences.push(si);
      }
    }
  };
  const flush = () => {
    const key = h >>> 0;
    // A lower-case word that may open an outlet's name ("dpa"). Noted at its end: nothing else
    // is noted between its start and here, so the list stays in order.
    if (nameHeads !== null && nameHeads.low[key & 4095] === 1 && wordAtBoundary && text.charCodeAt(wordStart) >= 0x61 && nameHeads.hashes.has(key)) nameStarts.push(wordStart);
    let slot = key & mask;
    let row = rows[slot];
    while (row !== -1 && keys[slot] !== key) {
      slot = (slot + 1) & mask;
      row = rows[slot];
    }
    if (row === -1) return;
    while (si < sentences.length - 1 && wordStart >= sentences[si].end) si++;
    const base = si * stride;
    const from = row * stride * 2;
    for (let k = 0; k < stride; k++) {
      first[base + k] |= bits[from + k];
      second[base + k] |= bits[from + stride + k];
    }
  };
  if (sentences.length) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const lower = c | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) {
        const atBoundary = !inW;
        if (!inW) words++;
        inW = true;
        if (!inWord) {
          inWord = true;
          wordStart = i;
          h = 0x811c9dc5;
          wordAtBoundary = atBoundary;
          if (atBoundary && c < 0x61 && nameHeads !== null) nameStarts.push(i);
        }
        h = Math.imul(h ^ lower, 0x01000193);
        last = lower;
      } else {
        // Digits and "_" continue a \w run but not a trigger word.
        const w = (c >= 48 && c <= 57) || c === 95;
        const atBoundary = !inW;
        if (w && !inW) words++;
        inW = w;
        if (inWord) {
          inWord = false;
          const endings = endingsByLastLetter[last - 0x61];
          if (endings !== undefined) flushEnding(i, endings);
          flush();
        }
        if (atBoundary && nameHeads !== null && ((c >= 48 && c <= 57) || (c >= 0xaa && mayStartNameNonAscii(c)))) nameStarts.push(i);
      }
    }
    if (inWord) {
      const endings = endingsByLastLetter[last - 0x61];
      if (endings !== undefined) flushEnding(text.length, endings);
      flush();
    }
  }
  // Patterns without a second trigger set pass on their first set alone.
  const alone = new Uint32Array(stride);
  index.needsSecondary.forEach((needs, p) => {
    if (!needs) alone[p >> 5] |= 1 << (p & 31);
  });
  return {
    words,
    // The pass reads nothing when there is no sentence: then it has noted no place either.
    nameStarts: nameHeads !== null && sentences.length > 0 ? nameStarts : null,
    patternsIn(s, out) {
      out.length = 0;
      const base = s * stride;
      for (let w = 0; w < stride; w++) {
        let bits = first[base + w] & (second[base + w] | alone[w]);
        while (bits !== 0) {
          const low = bits & -bits;
          out.push(w * 32 + 31 - Math.clz32(low));
          bits ^= low;
        }
      }
      return out;
    },
    endingWordsIn(s, out) {
      out.length = 0;
      let lo = 0;
      let hi = endingSentences.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (endingSentences[mid] < s) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < endingSentences.length && endingSentences[i] === s; i++) out.push(endingStarts[i]);
      return out;
    },
  };
}
