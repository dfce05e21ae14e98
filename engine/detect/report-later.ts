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

export function reportLaterMentions(text: string, sentences: readonly Span[], findings: readonly RawFinding[]): RawFinding[] {
  if (!findings.length) return [];
  const outletFindings = findings.filter((f) => f.category === 'secondhand' && f.namedOutlet).sort((a, b) => a.end - b.end);
  if (!outletFindings.length) return [];
  const out: RawFinding[] = [];
  LATER_REPORT.lastIndex = 0;
  for (let m = LATER_REPORT.exec(text); m; m = LATER_REPORT.exec(text)) {
    const start = m.index;
    const last = lastBefore(outletFindings, start);
    if (!last) continue;
    const sentence = sentenceIndexAt(sentences, start);
    if (sentence < 0 || sentence - last.sentence > REACH) continue;
    if (findings.some((f) => f.start < start + m![0].length && start < f.end)) continue;
    ANOTHER_DOCUMENT.lastIndex = 0;
    if (ANOTHER_DOCUMENT.test(text.slice(last.end, start))) continue;
    out.push({ category: 'secondhand', rule: REPORT_LATER_RULE, start, end: start + m[0].length, source: last.source, sentence, namedOutlet: false });
  }
  return out;
}

function lastBefore(sorted: readonly RawFinding[], at: number): RawFinding | null {
  let found: RawFinding | null = null;
  for (const f of sorted) {
    if (f.end > at) break;
    found = f;
  }
  return found;
}
