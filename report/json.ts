/**
 * The CLI's JSON form: one object per input, on one line (NDJSON). Field order and names are a
 * public contract (the reference scorer reads `input`, `title`, `body`, `findings`, `outlets`,
 * `publisher`): add fields, never rename them.
 */
import type { AuditRecord, RecordFinding } from './record.ts';

/** `start`/`end` are JavaScript (UTF-16) offsets into `title + "\n\n" + body`. */
function jsonFinding({ category, start, end, text, rule, explanation, source }: RecordFinding) {
  return { category, start, end, text, rule, explanation, source };
}

export function toJsonLine(record: AuditRecord): string {
  const { input, url, isArticle, title, body, publisher, byline, published, language } = record;
  return JSON.stringify({
    input,
    url,
    isArticle,
    ...(record.error ? { error: record.error } : {}),
    title,
    body,
    publisher,
    byline,
    published,
    language,
    languageSupported: record.languageSupported,
    findings: record.findings.map(jsonFinding),
    outlets: record.outlets,
    chains: record.chains,
    summary: record.summary,
    ...(record.articles
      ? { articles: record.articles.map((a) => ({ title: a.title, body: a.body, language: a.language, findings: a.findings.map(jsonFinding), outlets: a.outlets, chains: a.chains, summary: a.summary })) }
      : {}),
  });
}
