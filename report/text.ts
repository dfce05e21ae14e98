/** The terminal report: what a reader sees from `sourcelens audit page.html`. */
import type { Category } from '../engine/index.ts';
import type { AuditRecord } from './record.ts';
import { CATEGORY_LABEL, chainText, countsLine, percent } from './wording.ts';

export interface TextOptions {
  /** ANSI colours (a terminal that is not NO_COLOR). */
  color: boolean;
}

const COLORS: Record<Category, string> = { anonymous: '35', secondhand: '36', hedge: '33', named: '32' };

export function toText(record: AuditRecord, options: TextOptions): string {
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const bold = (s: string) => paint('1', s);
  const dim = (s: string) => paint('2', s);
  const lines: string[] = [];
  lines.push(bold(record.title || '(untitled)'));
  lines.push(dim([record.publisher, record.byline, record.published?.slice(0, 10), record.url ?? record.input].filter(Boolean).join(' · ')));
  lines.push('');
  if (!record.languageSupported) {
    lines.push(`Language not supported yet (${record.language}): SourceLens reads English articles only, so nothing is flagged.`);
    return lines.join('\n') + '\n';
  }
  lines.push(bold('Sourcing chain' + (record.chains.length > 1 ? 's' : '')));
  if (record.chains.length === 0) lines.push('  No relayed reporting: the story does not pass on another outlet\'s report.');
  record.chains.forEach((c, i) => lines.push(`  ${i + 1}. ${chainText(c)}`));
  lines.push('');
  const s = record.summary;
  lines.push(`${bold('Counts')}  ${countsLine(s.counts)}`);
  lines.push(`${bold('Named vs anonymous')}  ${percent(s.namedShare)} named, ${percent(s.anonymousShare)} anonymous`);
  lines.push(`${bold('Transparency')}  ${s.rating.label} (${s.rating.score}/100): ${s.rating.reason}`);
  if (record.outlets.length) lines.push(`${bold('Outlets cited')}  ${record.outlets.join(', ')}`);
  lines.push('');
  const flagged = record.findings.filter((f) => f.category !== 'named');
  lines.push(bold(`Findings (${flagged.length})`));
  for (const f of flagged) {
    lines.push(`  ${paint(COLORS[f.category], `[${CATEGORY_LABEL[f.category]}]`)} "${f.text}"`);
    lines.push(`      ${f.explanation}`);
    lines.push(dim(`      in: ${truncate(f.sentence, 160)}`));
  }
  return lines.join('\n') + '\n';
}

function truncate(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}
