/**
 * Decides which outlet mentions are secondhand reporting: a mention counts when a citation cue
 * sits right before or after it (rules/secondhand.ts), or when it is coordinated with one that
 * does ("according to The Wrap and Deadline"). Mentions of the publisher itself never count.
 */
import { compile } from '../rules/compile.ts';
import { secondhandCues } from '../rules/secondhand.ts';
import { outletAnaphor } from '../rules/lexicon.ts';
import type { CueRule } from '../rules/types.ts';
import type { Span } from '../types.ts';
import { sentenceIndexAt } from '../text/sentences.ts';
import type { Mention } from './outlet-mentions.ts';
import type { RawFinding } from './phrase-rules.ts';
import { isPublisher, type Publisher } from './publisher.ts';
import { journalistLaterMentions } from './journalist-later.ts';
import { reportLaterMentions } from './report-later.ts';

export interface CompiledCue {
  rule: CueRule;
  before: RegExp | null;
  after: RegExp | null;
  notBefore: RegExp | null;
}

/**
 * Words that may stand between a cue and the outlet's name: "according to the state-run Xinhua
 * News Agency", "told the British newspaper The Guardian", "told the German weekly Der Spiegel",
 * "according to China's Xinhua", "reported by the German business daily Handelsblatt", "according
 * to our news partners at the Houston Chronicle".
 * Any beat may describe a publication ("according to aviation newsletter The Air Current").
 */
const OUTLET_PREFIX =
  "(?:[Oo]ur\\s+(?:news\\s+|media\\s+|content\\s+)?partners?\\s+(?:at\\s+)?)?(?:(?:the|The)\\s+|[A-Z][\\w.-]*(?:['’]s|s['’])\\s+)?(?:(?:state-run|state-owned|state-controlled|official|semi-official|quasi-official|semi-state|independent|influential|conservative|liberal|left-leaning|right-leaning|respected|investigative|online|local|regional|national|daily|weekly|public|commercial|private|trade|industry|business|financial|tech|music|fashion|gaming|esports|entertainment|sports|labour|labor|left-wing|right-wing|socialist|communist|union|church|student|campus|community|satirical|alternative|evening|morning|[A-Za-z]+-(?:based|run|owned|backed|controlled|language)|(?:pro|anti)-[A-Za-z-]+|[A-Z][a-z]+|[a-z]+(?:-[a-z]+){0,3}(?=\\s+(?:[A-Za-z][\\w-]*\\s+){0,2}?(?:trade\\s+)?(?:newspaper|magazine|newsletter|journal|publication|blog|website|tabloid|daily|weekly)(?![\\w-])))\\s+){0,3}(?:(?:newspaper|paper|magazine|newsletter|(?<=trade\\s)journal|outlet|news\\s+outlet|news\\s+site|fan\\s+site|site|website|publication|blog|broadcaster|network|channel|tabloid|daily|weekly|monthly|news\\s+weekly|broadsheet|radio\\s+station|station|(?:TV|television)\\s+(?:channel|station|network)|news\\s+agency|agency|wire\\s+service)\\s+)?";

let cues: CompiledCue[] | null = null;

/** Compiles the cues' patterns, once (on first use: see `prepareEngine` in analyze.ts). */
export function prepareSecondhandCues(): CompiledCue[] {
  return (cues ??= secondhandCues.map((rule) => ({
    rule,
    before: rule.before ? compile(`(?:${rule.before})${OUTLET_PREFIX}$`, '') : null,
    after: rule.after ? compile(`^(?:${rule.after})`, '') : null,
    notBefore: rule.notBefore ? compile(`(?:${rule.notBefore})$`, '') : null,
  })));
}

/** How far a cue may reach from its mention; cues are short phrases. */
const WINDOW = 140;
const COORDINATION = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*)$/;
const SPEECH = /(?<![\w-])(?:said|says|say|told|tells|added|noted|argued|explained|insisted|claimed|stated|admitted|revealed|confirmed|asked|answered|spoke|speaking|appeared|appearing|interview|interviewed)(?![\w-])/;
/** Capitalised words that may stand right before an outlet's name without being part of another name. */
const SENTENCE_WORDS = new Set(['when', 'as', 'but', 'and', 'so', 'while', 'if', 'after', 'before', 'since', 'because', 'although', 'though', 'then', 'meanwhile', 'however', 'yet', 'also', 'now', 'even', 'in', 'on', 'at', 'for', 'to', 'from', 'by', 'with', 'via', 'per', 'citing', 'according', 'source', 'sources', 'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'each', 'every', 'both', 'some', 'any', 'all', 'one', 'another', 'told', 'said', 'says', 'wrote', 'update', 'updated', 'photo', 'credit', 'reporting', 'additional', 'earlier', 'later', 'yesterday', 'today', 'last', 'next', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'during', 'until', 'unlike', 'like', 'among', 'about', 'over', 'into', 'under', 'where', 'what', 'which', 'who', 'how', 'why', 'there', 'here', 'it', 'he', 'she', 'they', 'we', 'i', 'you']);

/** Words that add nothing to a back-reference: "the same newspaper", "the daily newspaper". */
const BLAND = /^(?:same|other|former|new|daily|weekly|main|whole|entire|very|first|second)$/;

/**
 * Whether a back-reference has a modifier of its own, beyond its noun: "the campus newspaper",
 * "the Israeli daily" describe an outlet; "the news agency" is only the noun.
 */
function describesAnOutlet(phrase: string): boolean {
  const words = phrase.toLowerCase().split(' ').slice(1);
  const noun = ANAPHOR_NOUNS.find((n) => words.slice(-n.length).join(' ') === n.join(' '));
  // A bare "station" may be any station ("the monitoring station"): only a broadcaster named before.
  if (noun?.join(' ') === 'station') return false;
  const modifier = words.slice(0, words.length - (noun?.length ?? 1));
  return modifier.length > 0 && !modifier.every((w) => BLAND.test(w));
}

const ANAPHOR_NOUNS = outletAnaphor.map((n) => n.toLowerCase().split(' ')).sort((a, b) => b.length - a.length);

export function detectSecondhand(
  text: string,
  sentences: readonly Span[],
  mentions: readonly Mention[],
  publisher: Publisher,
): RawFinding[] {
  const found: (RawFinding & { mentionIndex: number })[] = [];
  const isSecondhand = new Array<boolean>(mentions.length).fill(false);
  const sentenceOf = mentions.map((m) => sentenceIndexAt(sentences, m.start));
  const compiledCues = prepareSecondhandCues();

  mentions.forEach((m, i) => {
    const si = sentenceOf[i];
    if (si < 0 || m.end > sentences[si].end) return;
    if (m.kind === 'outlet' && isPublisher(publisher, text.slice(m.start, m.end), m.outlet)) return;
    if (m.kind === 'unlisted' && isPublisher(publisher, m.name, null)) return;
    const sentence = sentences[si];
    const beforeFrom = Math.max(sentence.start, m.start - WINDOW);
    // A "#" marks a window cut short of the sentence start, so `^` in a cue cannot match there.
    const before = (beforeFrom > sentence.start ? '#' : '') + text.slice(beforeFrom, m.start);
    const after = text.slice(m.end, Math.min(sentence.end, m.end + WINDOW));
    if (m.kind === 'outlet' && partOfLongerName(before)) return;
    for (const cue of compiledCues) {
      if (cue.rule.broadcastOnly && !(m.broadcaster && SPEECH.test(text.slice(sentence.start, sentence.end)))) continue;
      if (cue.rule.wireOnly && m.outlet?.kind !== 'wire') continue;
      if ((m.ambiguous || m.kind === 'unlisted') && !m.declared && !cue.rule.strong) continue;
      if (cue.notBefore?.test(before)) continue;
      const b = cue.before ? cue.before.exec(before) : null;
      if (cue.before && !b) continue;
      const a = cue.after ? cue.after.exec(after) : null;
      if (cue.after && !a) continue;
      const start = b ? m.start - b[0].length : m.start;
      const end = a ? m.end + a[0].length : m.end;
      found.push({ category: 'secondhand', rule: cue.rule.id, start: Math.max(start, sentence.start), end, source: m.name, sentence: si, mention: { start: m.start, end: m.end }, namedOutlet: m.kind === 'outlet' || m.kind === 'unlisted', mentionIndex: i });
      isSecondhand[i] = true;
      break;
    }
  });

  // Coordinated mentions: "(Via CNN, Fox News and ABC)", "The Wrap and Deadline reported".
  // A forward sweep spreads a cue rightwards, a backward sweep leftwards; repeat while either moves.
  const coordinate = (i: number, j: number): boolean => {
    if (isSecondhand[i] || j < 0 || j >= mentions.length || !isSecondhand[j]) return false;
    const m = mentions[i];
    const o = mentions[j];
    if (m.kind !== 'outlet' && m.kind !== 'unlisted') return false;
    if (sentenceOf[j] !== sentenceOf[i] || sentenceOf[i] < 0) return false;
    if (m.kind === 'outlet' && isPublisher(publisher, text.slice(m.start, m.end), m.outlet)) return false;
    const between = j < i ? text.slice(o.end, m.start) : text.slice(m.end, o.start);
    if (!COORDINATION.test(between)) return false;
    found.push({ category: 'secondhand', rule: 'secondhand.coordinated', start: m.start, end: m.end, source: m.name, sentence: sentenceOf[i], mention: { start: m.start, end: m.end }, namedOutlet: true, mentionIndex: i });
    isSecondhand[i] = true;
    return true;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < mentions.length; i++) changed = coordinate(i, i - 1) || changed;
    for (let i = mentions.length - 1; i >= 0; i--) changed = coordinate(i, i + 1) || changed;
  }

  // Back-references ("told the outlet") take the name of the last outlet cited before them.
  found.sort((a, b) => a.start - b.start);
  let lastOutlet = '';
  const out: RawFinding[] = [];
  for (const f of found) {
    const m = mentions[f.mentionIndex];
    if (m.kind === 'anaphor') {
      const phrase = text.slice(m.start, m.end).replace(/\s+/g, ' ');
      if (lastOutlet) f.source = lastOutlet;
      // With no outlet before it, "the campus newspaper" still describes one that is not this
      // page's; a bare "the newspaper" may be the publisher itself.
      else if (describesAnOutlet(phrase)) f.source = phrase.replace(/^[Tt]he /, '');
      else continue;
      f.namedOutlet = false;
    } else if (f.namedOutlet) {
      lastOutlet = f.source;
    }
    const { mentionIndex: _, ...finding } = f;
    out.push(finding);
  }
  out.push(...reportLaterMentions(text, sentences, out));
  out.push(...journalistLaterMentions(text, sentences, out));
  return out;
}

/**
 * True when a capitalised word stands right before the mention: "Michael Bloomberg", "Mr. Fox".
 * A possessive is not part of the name: "China's Xinhua", "Israel's Channel 12".
 */
function partOfLongerName(before: string): boolean {
  const m = /(?:^|[\s(])([A-Z][\w’'.-]*)\s+$/.exec(before);
  if (!m) return false;
  if (/(?:[’']s|s[’'])$/.test(m[1])) return false;
  // A hyphenated modifier says who runs it: "the Saudi-owned Al Arabiya", "Kremlin-backed RT".
  if (/-(?:owned|run|based|backed|funded|aligned|controlled|language|leaning|affiliated|linked)$/.test(m[1])) return false;
  return !SENTENCE_WORDS.has(m[1].toLowerCase().replace(/[.’']+$/, ''));
}
