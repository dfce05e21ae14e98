/**
 * Runs phrase rules (anonymous, hedge, named, wire credits) over the sentences of a text.
 * Rules run sentence by sentence so that no match can straddle two sentences, and each rule
 * is compiled once, at module load.
 */
import type { Category, Span } from '../types.ts';
import type { PhraseRule } from '../rules/types.ts';
import { compile } from '../rules/compile.ts';
import type { Triggered } from './triggers.ts';

/** A finding before explanations and sentences are attached. */
export interface RawFinding extends Span {
  category: Category;
  rule: string;
  source: string;
  sentence: number;
  /** For secondhand findings: the outlet mention the cue is anchored on. */
  mention?: Span;
  /** For secondhand findings: whether `source` names a real outlet (not "state media" or "the outlet"). */
  namedOutlet?: boolean;
}

export interface CompiledPhraseRule {
  rule: PhraseRule;
  regex: RegExp;
  /**
   * For a rule triggered by word endings, whose matches start at such a word ("beekeepers"):
   * `regex` is sticky, tried only where those words start rather than at every position, and
   * never at one of these words (lower case).
   */
  atEndingWords: ReadonlySet<string> | null;
  earlier: RegExp | null;
  unless: RegExp | null;
  notAfter: RegExp | null;
}

export function compilePhraseRules(rules: readonly PhraseRule[]): CompiledPhraseRule[] {
  return rules.map((rule) => ({
    rule,
    regex: compile(rule.pattern, rule.triggerEndings?.length ? 'dy' : 'gd'),
    atEndingWords: rule.triggerEndings?.length ? new Set(rule.endingExceptions?.map((w) => w.toLowerCase())) : null,
    earlier: rule.requiresEarlier ? compile(rule.requiresEarlier, 'g') : null,
    unless: rule.unless ? compile(rule.unless, '') : null,
    notAfter: rule.notAfter ? compile(rule.notAfter, '') : null,
  }));
}

/** How far back `notAfter` reads: a few words before the match are all it needs. */
const NOT_AFTER_REACH = 120;

/**
 * `triggered` says which rule may match in which sentence (rule i is trigger pattern i);
 * `titleEnd` is where the headline ends: rules scoped to the title only read sentences before it.
 */
export function runPhraseRules(
  text: string,
  sentences: readonly Span[],
  compiled: readonly CompiledPhraseRule[],
  triggered: Triggered,
  titleEnd = 0,
): RawFinding[] {
  const out: RawFinding[] = [];
  const earliest = new Map<CompiledPhraseRule, number>();
  const candidates: number[] = [];
  const starts: number[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const { start: base, end } = sentences[si];
    let sentence: string | null = null;
    for (const ri of triggered.patternsIn(si, candidates)) {
      // Later indices are the mention patterns, which share the trigger pass.
      if (ri >= compiled.length) break;
      const c = compiled[ri];
      if (c.rule.scope === 'title' && end > titleEnd) continue;
      sentence ??= text.slice(base, end);
      const re = c.regex;
      re.lastIndex = 0;
      const except = c.atEndingWords;
      // A sticky pattern is tried at each word with a trigger ending, from the start of its
      // hyphenated compound ("bee-keepers"), and never inside the previous match.
      let at = 0;
      if (except) triggered.endingWordsIn(si, starts);
      const next = except
        ? (): RegExpExecArray | null => {
            const from = re.lastIndex;
            while (at < starts.length) {
              let o = starts[at++] - base;
              let e = o;
              while (e < sentence!.length && isCompoundChar(sentence!.charCodeAt(e))) e++;
              while (o > 0 && isCompoundChar(sentence!.charCodeAt(o - 1))) o--;
              if (o < from || except.has(sentence!.slice(o, e).toLowerCase())) continue;
              re.lastIndex = o;
              const m = re.exec(sentence!);
              if (m) return m;
            }
            return null;
          }
        : () => re.exec(sentence!);
      for (let m = next(); m; m = next()) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const indices = m.indices!;
        // `pre`, in a leading lookbehind, holds words before the match that belong to the span
        // (a pattern may start at a rare head noun and read its modifiers backwards).
        const pre = indices.groups?.pre;
        const [spanStart, matchEnd] = indices.groups?.span ?? indices[0];
        const s = pre ? Math.min(pre[0], spanStart) : spanStart;
        const e = withoutSentenceStop(sentence, matchEnd);
        if (e <= s) continue;
        if (c.earlier && !(firstMatch(c, text, earliest) < base + s)) continue;
        if (c.unless?.test(pre ? sentence.slice(s, m.index + m[0].length) : m[0])) continue;
        // A bounded window: the prefix of a 1 MB run-on sentence, read at every match, was quadratic.
        if (c.notAfter?.test(sentence.slice(Math.max(0, s - NOT_AFTER_REACH), s))) continue;
        // `src2`: a second alternative's source (a pattern cannot name two groups `src`).
        const srcRange = indices.groups?.src ?? indices.groups?.src2;
        const source = tidySource(srcRange ? sentence.slice(pre ? Math.min(pre[0], srcRange[0]) : srcRange[0], srcRange[1]) : sentence.slice(s, e));
        out.push({ category: c.rule.category, rule: c.rule.id, start: base + s, end: base + e, source, sentence: si });
      }
    }
  }
  return out;
}

/** A letter or a hyphen: part of a compound word such as "bee-keepers". */
function isCompoundChar(c: number): boolean {
  return c === 45 || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/**
 * A span that runs to the end of its sentence ("according to people familiar with the matter.")
 * stops before the sentence's full stop: the stop belongs to the sentence, not to the source.
 */
function withoutSentenceStop(sentence: string, end: number): number {
  return end > 0 && sentence.charCodeAt(end - 1) === 46 /* . */ && sentence.slice(end).trim() === '' ? end - 1 : end;
}

/** Offset of the first match of a rule's `requiresEarlier` pattern in the whole text (cached per call). */
function firstMatch(c: CompiledPhraseRule, text: string, cache: Map<CompiledPhraseRule, number>): number {
  let at = cache.get(c);
  if (at === undefined) {
    c.earlier!.lastIndex = 0;
    const m = c.earlier!.exec(text);
    at = m ? m.index : Infinity;
    cache.set(c, at);
  }
  return at;
}

/** Folds whitespace and drops a leading cue, so a source reads as a noun phrase in the chain. */
export function tidySource(phrase: string): string {
  return phrase
    .replace(/\s+/g, ' ')
    .replace(/^(?:according to|as reported by)\s+/i, '')
    .replace(/[\s,.;:]+$/, '')
    .trim();
}
