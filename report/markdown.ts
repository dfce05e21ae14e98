/** The Markdown report. Page text is escaped so it renders as text, never as markup or links. */
import type { AuditRecord } from './record.ts';
import { CATEGORY_LABEL, chainText, countsLine, percent } from './wording.ts';

/** Escapes Markdown and inline HTML in page-derived text. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|>~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function toMarkdown(record: AuditRecord): string {
  const e = escapeMarkdown;
  const out: string[] = [];
  out.push(`# ${e(record.title || 'Untitled')}`);
  out.push('');
  const meta = [
    ['Publisher', record.publisher],
    ['Byline', record.byline],
    ['Published', record.published],
    ['URL', record.url ?? record.input],
  ].filter(([, v]) => v) as [string, string][];
  for (const [k, v] of meta) out.push(`- **${k}:** ${e(v)}`);
  out.push('');
  if (!record.languageSupported) {
    out.push(`Language not supported yet (${e(record.language)}): nothing is flagged.`);
    return out.join('\n') + '\n';
  }
  out.push('## Sourcing chain');
  out.push('');
  if (record.chains.length === 0) out.push('No relayed reporting found.');
  record.chains.forEach((c, i) => out.push(`${i + 1}. ${e(chainText(c))}`));
  out.push('');
  const s = record.summary;
  out.push('## Summary');
  out.push('');
  out.push(`- **Counts:** ${countsLine(s.counts)}`);
  out.push(`- **Named vs anonymous:** ${percent(s.namedShare)} named, ${percent(s.anonymousShare)} anonymous`);
  out.push(`- **Transparency:** ${e(s.rating.label)} (${s.rating.score}/100): ${e(s.rating.reason)}`);
  if (record.outlets.length) out.push(`- **Outlets cited:** ${record.outlets.map(e).join(', ')}`);
  out.push('');
  out.push('## Findings');
  out.push('');
  const flagged = record.findings.filter((f) => f.category !== 'named');
  if (flagged.length === 0) out.push('Nothing flagged.');
  for (const f of flagged) {
    out.push(`- **${CATEGORY_LABEL[f.category]}:** “${e(f.text)}”  `);
    out.push(`  ${e(f.explanation)}  `);
    out.push(`  > ${e(f.sentence)}`);
  }
  return out.join('\n') + '\n';
}
