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

export interface TriggerSpec {
  /** Any one of these words... */
  any: readonly string[];
  /** ...and, when given, also any one of these. */
  alsoAny?: readonly string[];
}

export interface TriggerIndex {
  /** Word hash -> pattern indexes it triggers (primary set). */
  primary: Map<number, number[]>;
  /** Word hash -> pattern indexes whose secondary set it satisfies. */
  secondary: Map<number, number[]>;
  /** Per pattern: whether it has a secondary set. */
  needsSecondary: boolean[];
  count: number;
}

function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function addWords(map: Map<number, number[]>, entries: readonly string[], pattern: number): void {
  for (const entry of entries) {
    for (const word of entry.toLowerCase().match(/[a-z]+/g) ?? []) {
      const h = hashWord(word);
      const list = map.get(h) ?? [];
      if (!list.includes(pattern)) list.push(pattern);
      map.set(h, list);
    }
  }
}

export function buildTriggerIndex(specs: readonly TriggerSpec[]): TriggerIndex {
  const primary = new Map<number, number[]>();
  const secondary = new Map<number, number[]>();
  specs.forEach((spec, i) => {
    addWords(primary, spec.any, i);
    if (spec.alsoAny) addWords(secondary, spec.alsoAny, i);
  });
  return { primary, secondary, needsSecondary: specs.map((s) => !!s.alsoAny), count: specs.length };
}

export interface Triggered {
  /** Whether pattern `p` may match in sentence `s`. */
  has(s: number, p: number): boolean;
}

export function triggeredPatterns(text: string, sentences: readonly Span[], index: TriggerIndex): Triggered {
  const stride = (index.count + 31) >> 5;
  const first = new Uint32Array(sentences.length * stride);
  const second = new Uint32Array(sentences.length * stride);
  let si = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  let wordStart = 0;
  const flush = () => {
    const key = h >>> 0;
    while (si < sentences.length - 1 && wordStart >= sentences[si].end) si++;
    const base = si * stride;
    const a = index.primary.get(key);
    if (a) for (const p of a) first[base + (p >> 5)] |= 1 << (p & 31);
    const b = index.secondary.get(key);
    if (b) for (const p of b) second[base + (p >> 5)] |= 1 << (p & 31);
  };
  if (sentences.length) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const lower = c | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) {
        if (!inWord) {
          inWord = true;
          wordStart = i;
          h = 0x811c9dc5;
        }
        h = Math.imul(h ^ lower, 0x01000193);
      } else if (inWord) {
        inWord = false;
        flush();
      }
    }
    if (inWord) flush();
  }
  return {
    has(s, p) {
      const k = s * stride + (p >> 5);
      const bit = 1 << (p & 31);
      return (first[k] & bit) !== 0 && (!index.needsSecondary[p] || (second[k] & bit) !== 0);
    },
  };
}
