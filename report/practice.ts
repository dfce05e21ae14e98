/**
 * Practice material for a class: a sheet with the article and blanks, and an answer key from the
 * same engine. Both are Markdown so an educator can edit them before printing.
 */
import { escapeMarkdown as e } from './escape.ts';
import { GUIDANCE } from './guidance.ts';
import type { AuditRecord, RecordFinding } from './record.ts';
import { CATEGORY_LABEL, chainText } from './wording.ts';

/** Paragraphs of the body with their offsets in the analysed text (title + "\n\n" + body). */
function paragraphs(record: AuditRecord): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let at = record.title.length + 2;
  for (const text of record.body.split('\n\n')) {
    out.push({ start: at, end: at + text.length, text });
    at += text.length + 2;
  }
  return out;
}

function paragraphOf(record: AuditRecord, f: RecordFinding): number | 'title' {
  if (f.start < record.title.length) return 'title';
  return paragraphs(record).findIndex((p) => f.start >= p.start && f.start < p.end) + 1;
}

const flagged = (r: AuditRecord) => r.findings.filter((f) => f.category !== 'named');

export function toPracticeSheet(record: AuditRecord): string {
  const out: string[] = [];
  out.push(`# Practice: where does this story come from?`, '');
  out.push(`**Article:** ${e(record.title)}${record.publisher ? ` (${e(record.publisher)})` : ''}  `);
  if (record.url) out.push(`**Source:** ${e(record.url)}  `);
  out.push('', '## What to do', '');
  out.push('Read the article. Find every phrase that is one of these, and write it in the table below:', '');
  out.push('- **A: anonymous source**: a person or group the reader cannot identify ("officials said", "people familiar with the matter").');
  out.push('- **S: secondhand report**: information passed on from another publication ("according to Reuters", "told Politico").');
  out.push('- **H: hedge**: a claim nobody stands behind ("reportedly", "is said to", "allegations have been made").');
  out.push('', 'Then draw the sourcing chain: where did the information start, and which outlets passed it on before it reached this page?', '');
  out.push('## The article', '', `**${e(record.title)}**`, '');
  paragraphs(record).forEach((p, i) => out.push(`[${i + 1}] ${e(p.text)}`, ''));
  out.push('## Your answers', '', '| # | Paragraph | Phrase | A / S / H | Why did you flag it? |', '|---|---|---|---|---|');
  const rows = Math.max(8, flagged(record).length + 3);
  for (let i = 1; i <= rows; i++) out.push(`| ${i} | | | | |`);
  out.push('', '## Sourcing chain', '', 'Origin → … → this page:', '', '______________________________________________', '');
  out.push('## Questions', '');
  out.push('1. Who are the sources? How would they know what they say?');
  out.push('2. Which claims can you trace to the original report? Try one.');
  out.push('3. How many sources are named, and how many anonymous? Does the story say why anyone was granted anonymity?');
  return out.join('\n') + '\n';
}

export function toAnswerKey(record: AuditRecord): string {
  const out: string[] = [];
  out.push(`# Answer key: ${e(record.title)}`, '');
  if (!record.languageSupported) return out.concat(`Language not supported yet (${e(record.language)}).`).join('\n') + '\n';
  out.push('| # | Paragraph | Phrase | Category | Why it matters |', '|---|---|---|---|---|');
  flagged(record).forEach((f, i) => {
    out.push(`| ${i + 1} | ${paragraphOf(record, f)} | “${e(f.text)}” | ${CATEGORY_LABEL[f.category]} | ${e(f.explanation)} |`);
  });
  out.push('', '## Sourcing chain', '');
  if (record.chains.length === 0) out.push('No relayed reporting: the story does not pass on another outlet’s report.');
  record.chains.forEach((c, i) => out.push(`${i + 1}. ${e(chainText(c))}`));
  const s = record.summary;
  out.push('', '## Counts', '');
  out.push(`Anonymous ${s.counts.anonymous}, secondhand ${s.counts.secondhand}, hedges ${s.counts.hedge}, named (on the record) ${s.counts.named}.`);
  out.push(`Transparency: ${e(s.rating.label)} (${s.rating.score}/100): ${e(s.rating.reason)}`, '');
  out.push('## Questions to discuss', '');
  for (const c of ['anonymous', 'secondhand', 'hedge'] as const) {
    if (s.counts[c]) out.push(`- **${CATEGORY_LABEL[c]}s:** ${GUIDANCE[c].questions.join(' ')}`);
  }
  return out.join('\n') + '\n';
}
