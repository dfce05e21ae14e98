/**
 * A journalist of another outlet, named again by surname alone: "according to Sui-Lee Wee of the
 * New York Times … All relevant sites were disinfected, reports Wee", "according to NPR’s Emily
 * Feng … one commenter said, per Feng". The taxonomy puts a later mention that attributes again in
 * the first mention's category; the surname is no outlet, so no cue in rules/secondhand.ts can
 * anchor on it. This pass learns the surnames from the secondhand findings and gives each later
 * "reports Wee", "Wee writes", "per Feng" the journalist's outlet.
 *
 * Only verbs of reporting and "per"/"according to": "Li said" may be a source of the same surname.
 */
import type { Span } from '../types.ts';
import { sentenceIndexAt } from '../text/sentences.ts';
import type { RawFinding } from './phrase-rules.ts';

export const JOURNALIST_LATER_RULE = 'secondhand.journalist-later';

/** A name's word, hyphenated or not ("Wee", "Sui-Lee"), never an acronym ("NPR"). */
const NAME_WORD = "[A-Z][a-z’'-]+(?:-[A-Z][a-z’'-]+)?";
/** "Sui-Lee Wee of the", "Emily Feng at": the person before the connective to the outlet. */
const NAME_BEFORE_OUTLET = new RegExp(`(?<![\\w’'-])${NAME_WORD}\\s+(${NAME_WORD})\\s+(?:of|at|for|from)\\s+`, 'g');
/** "NPR’s Feng", "NPR’s Emily Feng": the person after the outlet's possessive. */
const NAME_AFTER_POSSESSIVE = new RegExp(`^['’]s\\s+(?:${NAME_WORD}\\s+)?(${NAME_WORD})(?![\\w’'-])`);
/** "As Emily Feng reports for NPR": the person right before a finding that opens on its verb. */
const NAME_BEFORE_VERB = new RegExp(`(?<![\\w’'-])${NAME_WORD}\\s+(${NAME_WORD})\\s+$`);
const OPENS_ON_VERB = /^(?:reports|reported|writes|wrote|reporting|writing)\s/;

/** Capitalised words that are not surnames: "According to", "Reporting for". */
const NOT_SURNAMES = new Set(['According', 'Reporting', 'Writing', 'The', 'News', 'Times', 'Post', 'Press', 'Journal', 'Editor', 'Correspondent', 'Reporter']);

const VERB = '(?:reports|reported|writes|wrote|notes|noted|explains|explained|continues|adds)';

/** The later mentions of outlets' journalists by surname in `text`, given the secondhand findings so far. */
export function journalistLaterMentions(text: string, sentences: readonly Span[], findings: readonly RawFinding[]): RawFinding[] {
  const surnames = new Map<string, RawFinding>();
  for (const f of findings) {
    if (f.category !== 'secondhand' || !f.namedOutlet || !f.mention) continue;
    const found: string[] = [];
    const phrase = text.slice(f.start, f.mention.start);
    NAME_BEFORE_OUTLET.lastIndex = 0;
    for (let m = NAME_BEFORE_OUTLET.exec(phrase); m; m = NAME_BEFORE_OUTLET.exec(phrase)) found.push(m[1]!);
    const after = NAME_AFTER_POSSESSIVE.exec(text.slice(f.mention.end, f.mention.end + 40));
    if (after) found.push(after[1]!);
    if (OPENS_ON_VERB.test(text.slice(f.start, f.end))) {
      const before = NAME_BEFORE_VERB.exec(text.slice(Math.max(0, f.start - 40), f.start));
      if (before) found.push(before[1]!);
    }
    for (const name of found) if (!NOT_SURNAMES.has(name) && !surnames.has(name)) surnames.set(name, f);
  }
  if (!surnames.size) return [];
  const names = [...surnames.keys()].map((n) => n.replace(/[-’']/g, '\\$&')).join('|');
  const later = new RegExp(
    `(?<![\\w’'-])(?:(?:${VERB}|[Pp]er|[Aa]ccording\\s+to)\\s+(?<a>${names})|(?<b>${names})\\s+${VERB})(?![\\w’'-])`,
    'gd',
  );
  const byStart = [...findings].sort((a, b) => a.start - b.start);
  const out: RawFinding[] = [];
  let next = 0;
  let maxEnd = -1;
  for (let m = later.exec(text); m; m = later.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const first = surnames.get((m.groups!.a ?? m.groups!.b)!)!;
    while (next < byStart.length && byStart[next]!.start < end) maxEnd = Math.max(maxEnd, byStart[next++]!.end);
    // Only after the journalist was introduced, and never inside another finding.
    if (start < first.end || maxEnd > start) continue;
    const sentence = sentenceIndexAt(sentences, start);
    if (sentence < 0) continue;
    out.push({ category: 'secondhand', rule: JOURNALIST_LATER_RULE, start, end, source: first.source, sentence, namedOutlet: false });
  }
  return out;
}
