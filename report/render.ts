/**
 * Every report format by name: the one switch the CLI prints through and the extension exports
 * through, so a format cannot drift between them.
 */
import type { ReportContext } from './context.ts';
import { toCsv } from './csv.ts';
import { toHtml } from './html.ts';
import { toJsonLine } from './json.ts';
import { toMarkdown } from './markdown.ts';
import { toAnswerKey, toPracticeSheet } from './practice.ts';
import type { AuditRecord } from './record.ts';
import { toText } from './text.ts';

export const REPORT_FORMATS = ['text', 'json', 'markdown', 'csv', 'html', 'practice', 'answer-key'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function renderReport(format: ReportFormat, record: AuditRecord, ctx: ReportContext, options: { color?: boolean } = {}): string {
  switch (format) {
    case 'json':
      // One object per line, as the CLI's NDJSON; it carries no notes.
      return toJsonLine(record) + '\n';
    case 'markdown':
      return toMarkdown(record, ctx);
    case 'csv':
      return toCsv(record, ctx);
    case 'html':
      return toHtml(record, ctx);
    case 'practice':
      return toPracticeSheet(record);
    case 'answer-key':
      return toAnswerKey(record);
    case 'text':
      return toText(record, { color: !!options.color });
  }
}

/** A readable, file-system-safe short form of a title: whole words, at most `max` characters. */
export function slugify(title: string, max = 48): string {
  const words = title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let out = '';
  for (const w of words) {
    if (out && out.length + 1 + w.length > max) break;
    out = out ? `${out}-${w}` : w.slice(0, max);
  }
  return out || 'article';
}
