/**
 * The analysis pipeline: sentences → phrase rules and outlet cues → overlaps settled →
 * explanations → outlets, chains and summary. Pure: strings in, plain data out.
 */
import { buildChains } from './chain.ts';
import { findMentions, MENTION_PATTERNS } from './detect/outlet-mentions.ts';
import { LOWER_NAME_HEADS } from './outlets/index.ts';
import { buildTriggerIndex, triggeredPatterns, type TriggerIndex } from './detect/triggers.ts';
import { compilePhraseRules, runPhraseRules, type CompiledPhraseRule, type RawFinding } from './detect/phrase-rules.ts';
import { resolvePublisher } from './detect/publisher.ts';
import { resolveOverlaps } from './detect/resolve.ts';
import { detectSecondhand, prepareSecondhandCues } from './detect/secondhand.ts';
import { JOURNALIST_LATER_RULE } from './detect/journalist-later.ts';
import { REPORT_LATER_RULE } from './detect/report-later.ts';
import { anonymousRules } from './rules/anonymous.ts';
import * as lexicon from './rules/lexicon.ts';
import { hedgeRules } from './rules/hedge.ts';
import { namedRules } from './rules/named.ts';
import { secondhandCues, secondhandPhraseRules } from './rules/secondhand.ts';
import { summarise } from './summary.ts';
import { detectLanguage } from './text/language.ts';
import { insideAny, quotedRanges } from './text/quotes.ts';
import { splitSentences } from './text/sentences.ts';
import type { Analysis, AnalyzeOptions, ArticleInput, Finding, Span } from './types.ts';

export type { AnalyzeOptions } from './types.ts';

export const PHRASE_RULES = [...anonymousRules, ...hedgeRules, ...namedRules, ...secondhandPhraseRules];

let prepared: { compiled: CompiledPhraseRule[]; triggers: TriggerIndex } | null = null;

/**
 * Compiles the phrase rules and the secondhand cues and builds the trigger index, once: the
 * first analysis does it itself. Not when the module loads, so that a background woken by a page
 * answers the page's first question (which outlets its names and domains are) before this, and
 * can do it while the page is still reading its DOM.
 */
export function prepareEngine(): { compiled: CompiledPhraseRule[]; triggers: TriggerIndex } {
  if (prepared) return prepared;
  prepareSecondhandCues();
  return (prepared = {
    compiled: compilePhraseRules(PHRASE_RULES),
    // One trigger pass serves the phrase rules (patterns 0..n-1) and the mention patterns after them.
    triggers: buildTriggerIndex([
      ...PHRASE_RULES.map((r) => ({ any: r.triggers, endings: r.triggerEndings, alsoAny: r.alsoTriggers })),
      ...MENTION_PATTERNS.map((p) => p.trigger),
    ], LOWER_NAME_HEADS),
  });
}
const EXPLANATIONS = new Map<string, string>([
  ...PHRASE_RULES.map((r) => [r.id, r.explanation] as const),
  ...secondhandCues.map((r) => [r.id, r.explanation] as const),
  ['secondhand.coordinated', 'Relayed from {source}: this outlet did not report it first. Find the original report.'],
  [REPORT_LATER_RULE, 'Relayed from {source}: "the report" here is its report, named earlier. This outlet did not report it first.'],
  [JOURNALIST_LATER_RULE, 'Relayed from {source}: this journalist of {source}, named earlier, is the source here. Find their original report.'],
]);

/** Categories whose findings do not count inside someone else's direct quotation. */
const QUOTE_BLIND = new Set(['anonymous', 'named']);
const LATER_MENTION_RULES = new Set(PHRASE_RULES.filter((r) => r.laterMention).map((r) => r.id));

/**
 * A later mention ("the official said") keeps the category of the first: it stays anonymous only
 * when an earlier anonymous finding has the same kind of head noun. Unnamed researchers with their
 * study in the same sentence are dropped too: the study is the source (STUDY_HEAD).
 */
function keepLaterMentions(findings: RawFinding[], text: string, sentences: readonly Span[]): RawFinding[] {
  const seen = new Set<string>();
  const kept: RawFinding[] = [];
  for (const f of findings) {
    if (f.category === 'anonymous') {
      const head = headClass(f.source);
      if ((LATER_MENTION_RULES.has(f.rule) || STUDY_TEAM.test(f.source)) && !seen.has(head)) continue;
      // A study's authors with their study in the same sentence: the document is the source.
      if (STUDY_HEAD.test(f.source) && IN_A_STUDY.test(sentenceText(text, sentences, f.sentence))) continue;
      seen.add(head);
    }
    kept.push(f);
  }
  return kept;
}

/**
 * "The researchers", "the scientists", "the study's authors": science writing names its study and
 * its team, and then says "the researchers think" of them. Read as a later mention: anonymous only
 * after an unnamed group of researchers ("researchers say" with nobody named).
 */
const STUDY_TEAM = /^the\s+(?:[\w’'-]+\s+){0,2}(?:researchers|scientists|authors)$/i;

/**
 * "In a study published last month, researchers concluded": unnamed researchers with their study
 * (or paper, or journal) in the same sentence are its authors, and a document is no anonymous
 * source (taxonomy: documents are not flagged). "Other scientists cautioned" after a study named
 * in an earlier sentence still is one; so are researchers counted out one by one ("Two researchers
 * involved in the trial, who asked not to be identified").
 */
const STUDY_HEAD = /^(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|few|\d+)\s)(?:[\w’'-]+\s+){0,2}(?:researchers|scientists|authors)$/i;
const IN_A_STUDY = /(?<![\w’'-])(?:study|studies|paper|journal)(?![\w’'-])/i;

function sentenceText(text: string, sentences: readonly Span[], index: number): string {
  const s = sentences[index];
  return s ? text.slice(s.start, s.end) : '';
}

/**
 * The head noun of a source phrase ("source inside the camp" -> "source"), singular, with the
 * interchangeable ones folded together: a later "the source" may refer back to "an insider", "the
 * official" to "an officer" or "an executive".
 */
function headClass(source: string): string {
  const words = source.toLowerCase().match(/[a-z-]+/g) ?? [];
  const singular = (w: string) => (w === 'people' ? 'person' : w.replace(/(?:ies)$/, 'y').replace(/(?<=[^s])s$/, ''));
  const head = words.map(singular).find((w) => HEAD_NOUNS.has(w)) ?? singular(words[words.length - 1] ?? '');
  if (['source', 'insider', 'person'].includes(head)) return 'source';
  // "One bank chief information security officer said… the bank official said": one role.
  return ['official', 'officer', 'executive'].includes(head) ? 'official' : head;
}

const HEAD_NOUNS = new Set([...lexicon.person, ...lexicon.group.map((g) => g.replace(/ies$/, 'y').replace(/s$/, '')), 'people', 'person', 'source', 'insider']);


export function analyzeArticle(input: ArticleInput, options: AnalyzeOptions = {}): Analysis {
  const text = input.title + '\n\n' + input.body;
  const language = detectLanguage(text, input.declaredLanguage);
  if (!language.supported) return emptyAnalysis(text, language);

  // The rules read a copy with invisible break hints blanked (same length, so every offset holds);
  // findings quote the text as written.
  const { sentences, publisher, raw, words } = detectRaw(withoutInvisibleBreaks(text), input);
  const resolved = keepLaterMentions(resolveOverlaps(raw, text), text, sentences);
  // Ranking outlets also folds "ABC" into "ABC News"; do it before findings take their sources.
  const outlets = rankOutlets(resolved);
  const findings: Finding[] = resolved.map((f) => ({
    category: f.category,
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    rule: f.rule,
    explanation: explain(f),
    source: f.source,
    sentence: { start: sentences[f.sentence].start, end: sentences[f.sentence].end },
  }));

  const chains = buildChains({
    findings,
    sentenceOf: resolved.map((f) => f.sentence),
    mentionOf: resolved.map((f) => f.mention),
    publisher: publisher.name,
    links: input.links ?? [],
    basedOn: input.basedOn ?? [],
  });
  return {
    text,
    language,
    findings,
    outlets,
    chains,
    summary: summarise(text, findings, outlets, chains, !!options.hasSourcesPolicy, words),
  };
}

/**
 * Soft hyphens, zero-width spaces, word joiners and byte-order marks are invisible in the page but
 * split a word for a regular expression: "according to \u00ADsources" (a magazine's hyphenation
 * hint) read as no source. Each becomes a space, one character for one, so offsets stay valid.
 */
const INVISIBLE_BREAK = /[\u00AD\u200B\u2060\uFEFF]/;
function withoutInvisibleBreaks(text: string): string {
  return INVISIBLE_BREAK.test(text) ? text.replace(new RegExp(INVISIBLE_BREAK.source, 'g'), ' ') : text;
}

/**
 * Every rule's matches before overlaps are settled (rule tests use this: a rule fires even
 * where a longer finding of the same category later wins).
 */
export function detectRaw(text: string, input: Pick<ArticleInput, 'title' | 'publisher'>) {
  const sentences = splitSentences(text);
  const publisher = resolvePublisher(input.publisher);
  const quotes = quotedRanges(text);
  const { compiled, triggers } = prepareEngine();
  const triggered = triggeredPatterns(text, sentences, triggers);
  const mentions = findMentions(text, publisher, sentences, triggered, PHRASE_RULES.length);
  const raw: RawFinding[] = [
    ...runPhraseRules(text, sentences, compiled, triggered, input.title.length),
    ...detectSecondhand(text, sentences, mentions, publisher),
  ].filter((f) => !(QUOTE_BLIND.has(f.category) && insideAny(quotes, f)));
  // No sentence, no scan: the summary counts the words itself.
  return { sentences, publisher, raw, words: sentences.length ? triggered.words : undefined };
}

function explain(f: RawFinding): string {
  const template = EXPLANATIONS.get(f.rule) ?? '';
  return template.replaceAll('{source}', f.source);
}

/**
 * Named outlets cited as sources, most-cited first, then by first appearance. A network and its
 * news division cited in one story ("ABC" and "ABC News") are one source, under the longer name.
 */
function rankOutlets(findings: RawFinding[]): string[] {
  const counts = new Map<string, number>();
  for (const f of findings) {
    if (f.category === 'secondhand' && f.namedOutlet && f.source) counts.set(f.source, (counts.get(f.source) ?? 0) + 1);
  }
  for (const name of [...counts.keys()]) {
    const longer = [...counts.keys()].find((other) => other !== name && other.startsWith(name + ' '));
    if (!longer) continue;
    counts.set(longer, counts.get(longer)! + counts.get(name)!);
    counts.delete(name);
    for (const f of findings) if (f.category === 'secondhand' && f.source === name) f.source = longer;
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

function emptyAnalysis(text: string, language: Analysis['language']): Analysis {
  return {
    text,
    language,
    findings: [],
    outlets: [],
    chains: [],
    summary: summarise(text, [], [], [], false),
  };
}
