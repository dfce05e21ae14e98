/**
 * What a report adds to an audit: when it was made and the student's notes. Notes are keyed by
 * finding so they survive re-audits of an unchanged page; they are stored per URL by the extension.
 */
import type { RecordFinding } from './record.ts';

export interface AuditNotes {
  /** A note on the whole article ("What would you ask the reporter?"). */
  article: string;
  /** Notes on single findings, by `findingKey`. */
  findings: Record<string, string>;
}

export interface ReportContext {
  /** ISO 8601 date and time of the audit. */
  auditedAt: string;
  notes: AuditNotes;
}

export const NO_NOTES: AuditNotes = { article: '', findings: {} };

/** A stable key for a finding: its category, offsets and text. */
export function findingKey(f: Pick<RecordFinding, 'category' | 'start' | 'end' | 'text'>): string {
  return `${f.category}:${f.start}-${f.end}:${f.text}`;
}

export function noteFor(ctx: ReportContext, f: RecordFinding): string {
  return ctx.notes.findings[findingKey(f)] ?? '';
}
