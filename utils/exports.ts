/**
 * The files the popup exports, built by the same report builders the CLI prints with, from the
 * record the content script built with `auditRecord` (the CLI's own function). With no notes, a
 * file is byte for byte what `sourcelens audit --format <format> --audited-at <date> <url>` prints.
 */
import { NO_NOTES, type AuditNotes, type ReportContext } from '../report/context.ts';
import type { AuditRecord } from '../report/record.ts';
import { renderReport, slugify } from '../report/render.ts';

export type ExportFormat = 'markdown' | 'csv' | 'json' | 'html';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['markdown', 'csv', 'json', 'html'];

export interface ExportFile {
  filename: string;
  /** The MIME type, with the charset, for the Blob. */
  type: string;
  text: string;
}

const EXTENSION: Record<ExportFormat, string> = { markdown: 'md', csv: 'csv', json: 'json', html: 'html' };
const TYPE: Record<ExportFormat, string> = {
  markdown: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  // One JSON object on one line, as the CLI's NDJSON output.
  json: 'application/json;charset=utf-8',
  html: 'text/html;charset=utf-8',
};

export function reportContext(auditedAt: string, notes: AuditNotes = NO_NOTES): ReportContext {
  return { auditedAt, notes };
}

/** The text of an export: exactly what the CLI prints for the format (JSON carries no notes). */
export function exportText(format: ExportFormat, record: AuditRecord, ctx: ReportContext): string {
  return renderReport(format, record, ctx);
}

/** "sourcelens-us-concerned-about-growing-cooperation-2024-04-06.md": readable, safe on every system. */
export function exportFilename(format: ExportFormat, record: Pick<AuditRecord, 'title'>, auditedAt: string): string {
  const slug = slugify(record.title, 60);
  const day = /^\d{4}-\d{2}-\d{2}/.exec(auditedAt)?.[0];
  return `sourcelens-${slug}${day ? `-${day}` : ''}.${EXTENSION[format]}`;
}

export function exportFile(format: ExportFormat, record: AuditRecord, ctx: ReportContext): ExportFile {
  return { filename: exportFilename(format, record, ctx.auditedAt), type: TYPE[format], text: exportText(format, record, ctx) };
}

/**
 * Saves a file from an extension page without the `downloads` permission: a Blob URL behind an
 * `<a download>`. The URL is released a minute later, not at once: some browsers read it only
 * after the click has returned.
 */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
