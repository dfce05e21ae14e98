/**
 * "The report says" after an outlet's report: a later mention that attributes again, which the
 * taxonomy puts in the first mention's category ("According to a report in the Argus Leader, …
 * The report says the agency came up with it"). It names no outlet, so no cue in
 * rules/secondhand.ts can anchor on it; this pass gives it the outlet cited last.
 *
 * Only when nothing else has been called a report since: "a UN report", "the ministry's study",
 * "a report by the auditor" in between make "the report" the writer's own subject. And only a
 * few sentences on, as a reader would still take it for the outlet's.
 */
import type { Span } from '../types.ts';
import { sentenceIndexAt } from '../text/sentences.ts';
import type { RawFinding } from './phrase-rules.ts';

export const REPORT_LATER_RULE = 'secondhand.report-later';

const LATER_REPORT =
  /(?<![\w’'-])(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:same|original|latest|new)\s+)?(?:report|story|article)\s+(?:also\s+|further\s+)?(?:says|said|claims|claimed|adds|added|notes|noted|states|stated|suggests|suggested|alleges|alleged|cites|cited|quotes|quoted)(?![\w’'-])/g;

/** A document introduced in its own right: "a UN report", "the ministry's study", "a survey". */
const ANOTHER_DOCUMENT =
  /(?<![\w’'-])(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?!(?:of|the|in|by|on|from|for|at|to|with)\s)[\w’'-]+\s+){0,3}|(?!(?:The|This|That|These|Its|Their|His|Her|Our)\s)[A-Z][\w.&-]*(?:['’]s)?\s+|[\w-]+['’]s\s+)(?:report|study|survey|paper|filing|audit|review|analysis|document|memo|poll|investigation|story|article)(?![\w’'-])/g;

/** How many sentences after the outlet's finding "the report" may still be its report. */
const REACH = 3;
/** And how many characters: a few sentences of prose, not a run of text with no full stop. */
const MAX_GAP = 2_000;

/**
 * The later mentions of outlets' reports in `text`, given the secondhand findings so far. One pass
 * over the matches in order, with two pointers into the findings (never a scan per match: a
 * hostile text may repeat "X reported. The report says." a hundred thousand times).
 */
export function reportLaterMentions(text: string, sentences: readonly Span[], findings: readonly RawFinding[]): RawFinding[] {
  const outlets = findings.filter((f) => f.category === 'secondhand' && f.namedOutlet).sort((a, b) => a.end - b.end);
  if (!outlets.length) return [];
  const byStart = [...findings].sort((a, b) => a.start - b.start);
  const out: RawFinding[] = [];
  let nextOutlet = 0;
  let nextFinding = 0;
  let maxEnd = -1;
  LATER_REPORT.lastIndex = 0;
  for (let m = LATER_REPORT.exec(text); m; m = LATER_REPORT.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (nextOutlet < outlets.length && outlets[nextOutlet]!.end <= start) nextOutlet++;
    // Findings starting before this match ends: it overlaps one when the furthest of them ends after it starts.
    while (nextFinding < byStart.length && byStart[nextFinding]!.start < end) maxEnd = Math.max(maxEnd, byStart[nextFinding++]!.end);
    const last = nextOutlet > 0 ? outlets[nextOutlet - 1]! : null;
    if (!last || maxEnd > start || start - last.end > MAX_GAP) continue;
    const sentence = sentenceIndexAt(sentences, start);
    if (sentence < 0 || sentence - last.sentence > REACH) continue;
    ANOTHER_DOCUMENT.lastIndex = 0;
    if (ANOTHER_DOCUMENT.test(text.slice(last.end, start))) continue;
    out.push({ category: 'secondhand', rule: REPORT_LATER_RULE, start, end, source: last.source, sentence, namedOutlet: false });
  }
  return out;
}
