/** Parses HTML with linkedom (a fast, spec-light DOM) and runs the shared audit pipeline on it. */
import { parseHTML } from 'linkedom';
import { auditDocument } from '../pipeline/audit-document.ts';
import { auditRecord, type AuditRecord } from '../report/record.ts';

export function auditHtml(input: string, html: string, url: string | null): AuditRecord {
  const { document } = parseHTML(html);
  // linkedom's Document implements what the article finder reads; the cast bridges its own typings.
  const audit = auditDocument(document as unknown as Document, url ? { url } : {});
  return auditRecord(input, audit);
}
