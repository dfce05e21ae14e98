/**
 * The audit record: everything a report says about one page, as plain data. Built from a
 * DocumentAudit (which holds DOM references) so it can be serialised, stored, exported by the
 * extension and printed by the CLI with the same content.
 */
import type { Analysis, Category, Finding, Summary } from '../engine/index.ts';
import type { DocumentAudit } from '../pipeline/audit-document.ts';

export interface RecordFinding {
  category: Category;
  start: number;
  end: number;
  text: string;
  rule: string;
  explanation: string;
  source: string;
  /** The sentence the finding sits in. */
  sentence: string;
}

export interface ArticleRecord {
  title: string;
  body: string;
  language: string;
  languageSupported: boolean;
  findings: RecordFinding[];
  outlets: string[];
  /** Node labels, origin first, publisher last. */
  chains: string[][];
  summary: Summary;
}

export interface AuditRecord extends ArticleRecord {
  input: string;
  url: string | null;
  isArticle: boolean;
  /** Why the page could not be audited (not an article, unreadable input), or null. */
  error: string | null;
  publisher: string;
  byline: string | null;
  published: string | null;
  /** Further full articles on the same page (a live blog, stacked stories), if any. */
  articles?: ArticleRecord[];
}

export function articleRecord(analysis: Analysis, title: string, body: string): ArticleRecord {
  return {
    title,
    body,
    language: analysis.language.code,
    languageSupported: analysis.language.supported,
    findings: analysis.findings.map((f) => recordFinding(f, analysis.text)),
    outlets: analysis.outlets,
    chains: analysis.chains.map((c) => c.nodes.map((n) => n.label)),
    summary: analysis.summary,
  };
}

function recordFinding(f: Finding, text: string): RecordFinding {
  return {
    category: f.category,
    start: f.start,
    end: f.end,
    text: f.text,
    rule: f.rule,
    explanation: f.explanation,
    source: f.source,
    sentence: text.slice(f.sentence.start, f.sentence.end),
  };
}

export function auditRecord(input: string, audit: DocumentAudit): AuditRecord {
  const [main, ...more] = audit.articles;
  const base = {
    input,
    url: audit.metadata.url,
    isArticle: audit.isArticle && !!main,
    error: audit.isArticle && main ? null : `not an article: ${audit.reason ?? 'no article text found'}`,
    publisher: audit.metadata.publisher,
    byline: audit.metadata.byline,
    published: audit.metadata.published,
  };
  const article = main
    ? articleRecord(main.analysis, main.article.title, main.article.body)
    : emptyArticle(audit.metadata.title, audit.metadata.language);
  return {
    ...base,
    ...article,
    ...(more.length ? { articles: more.map((a) => articleRecord(a.analysis, a.article.title, a.article.body)) } : {}),
  };
}

/** A record for an input that could not be read at all. */
export function failedRecord(input: string, error: string): AuditRecord {
  return { input, url: null, isArticle: false, error, publisher: '', byline: null, published: null, ...emptyArticle('', null) };
}

/**
 * A page's declared language as the engine reports languages: the primary subtag, lower case
 * ("en-US" -> "en"), or "und" when none is declared.
 */
export function primaryLanguage(declared: string | null): string {
  return (declared ?? '').trim().toLowerCase().split(/[-_]/)[0] || 'und';
}

function emptyArticle(title: string, language: string | null): ArticleRecord {
  return {
    title,
    body: '',
    language: primaryLanguage(language),
    languageSupported: false,
    findings: [],
    outlets: [],
    chains: [],
    summary: {
      counts: { anonymous: 0, secondhand: 0, hedge: 0, named: 0 },
      namedShare: null,
      anonymousShare: null,
      outlets: [],
      words: 0,
      rating: { score: 0, label: 'Not rated', reason: 'No article to rate.', factors: [] },
    },
  };
}
