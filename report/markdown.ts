/** The Markdown report. Page text is escaped so it renders as text, never as markup or links. */
import { escapeMarkdown as e } from './escape.ts';
import { NO_NOTES, noteFor, type ReportContext } from './context.ts';
import { GUIDANCE } from './guidance.ts';
import type { AuditRecord } from './record.ts';
import { RUBRIC_LINES } from './rubric.ts';
import { articleFacts, CATEGORY_LABEL, chainText, countsLine, percent } from './wording.ts';

export { escapeMarkdown } from './escape.ts';

export function toMarkdown(record: AuditRecord, ctx: ReportContext = { auditedAt: '', notes: NO_NOTES }): string {
  const out: string[] = [];
  out.push(`# ${e(record.title || 'Untitled')}`, '');
  for (const [k, v] of articleFacts(record, ctx)) out.push(`- **${k}:** ${e(v)}`);
  out.push('');
  if (!record.languageSupported) {
    out.push(`Language not supported yet (${e(record.language)}): nothing is flagged.`);
    return out.join('\n') + '\n';
  }
  out.push('## Sourcing chain', '');
  if (record.chains.length === 0) out.push('No relayed reporting found.');
  record.chains.forEach((c, i) => out.push(`${i + 1}. ${e(chainText(c))}`));
  out.push('');
  const s = record.summary;
  out.push('## Summary', '');
  out.push(`- **Counts:** ${countsLine(s.counts)}`);
  out.push(`- **Named vs anonymous:** ${percent(s.namedShare)} named, ${percent(s.anonymousShare)} anonymous`);
  out.push(`- **Transparency:** ${e(s.rating.label)} (${s.rating.score}/100): ${e(s.rating.reason)}`);
  for (const f of s.rating.factors) out.push(`  - ${f.points > 0 ? '+' : ''}${f.points}: ${e(f.label)}`);
  if (record.outlets.length) out.push(`- **Outlets cited:** ${record.outlets.map(e).join(', ')}`);
  out.push('', '### How the rating works', '');
  for (const line of RUBRIC_LINES) out.push(`- ${line}`);
  out.push('', '## Findings', '');
  const flagged = record.findings.filter((f) => f.category !== 'named');
  if (flagged.length === 0) out.push('Nothing flagged.', '');
  flagged.forEach((f, i) => {
    out.push(`### ${i + 1}. ${CATEGORY_LABEL[f.category]}: “${e(f.text)}”`, '');
    out.push(`> ${e(f.sentence)}`, '');
    out.push(e(f.explanation), '');
    out.push(`Ask: ${GUIDANCE[f.category].questions.join(' ')}`, '');
    const note = noteFor(ctx, f);
    if (note) out.push(`**Note:** ${e(note)}`, '');
  });
  if (ctx.notes.article) out.push('## Notes on the article', '', e(ctx.notes.article), '');
  return out.join('\n').replace(/\n+$/, '') + '\n';
}
