/** The CSV report: one row per finding, for spreadsheets and class exercises. */
import { csvField } from './escape.ts';
import { NO_NOTES, noteFor, type ReportContext } from './context.ts';
import type { AuditRecord } from './record.ts';
import { CATEGORY_LABEL } from './wording.ts';

export const CSV_COLUMNS = [
  'url', 'title', 'publisher', 'published', 'audited', 'number', 'category', 'label', 'text', 'source',
  'sentence', 'explanation', 'rule', 'start', 'end', 'note',
] as const;

export function toCsv(record: AuditRecord, ctx: ReportContext = { auditedAt: '', notes: NO_NOTES }): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  record.findings.forEach((f, i) => {
    rows.push(
      [
        record.url ?? record.input, record.title, record.publisher, record.published, ctx.auditedAt, i + 1, f.category,
        CATEGORY_LABEL[f.category], f.text, f.source, f.sentence.replace(/\s+/g, ' '), f.explanation, f.rule, f.start, f.end,
        noteFor(ctx, f),
      ]
        .map(csvField)
        .join(','),
    );
  });
  // CRLF line ends, as RFC 4180 and spreadsheet imports expect.
  return rows.join('\r\n') + '\r\n';
}
