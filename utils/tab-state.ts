/**
 * What the content script knows about its tab, in plain data: it crosses from the content script
 * to the popup and the background by structured clone, so no DOM objects and no functions.
 */
import type { Analysis, Category } from '../engine/types.ts';
import type { PageMetadata } from '../extract/types.ts';

/** One analysed article: the engine's output, plus which findings could be drawn on the page. */
export interface ArticleReport {
  /** The article's headline as the finder read it. */
  title: string;
  analysis: Analysis;
  /** Parallel to `analysis.findings`: whether the finding maps to text on the page. */
  onPage: boolean[];
}

export interface PageReport {
  url: string;
  metadata: PageMetadata;
  /** The main article first. */
  articles: ArticleReport[];
  /** Findings in flagged categories (anonymous, secondhand, hedge): the toolbar badge. */
  flagged: number;
  /** Categories currently drawn on the page. */
  shown: Category[];
  /** Whether highlights use the CSS Custom Highlight API (true) or the element fallback. */
  nativeHighlights: boolean;
  /** ISO date of the audit: when the page's current text was analysed. */
  auditedAt: string;
  /** Practice mode on this tab, or null when the highlights are shown as usual. */
  practice: PracticeStatus | null;
}

/** Practice mode as the popup sees it: the findings stay hidden until the student checks. */
export interface PracticeStatus {
  /** How many phrases the student has marked. */
  marks: number;
  /** Whether the student pressed "Check" (the findings are shown beside the marks). */
  checked: boolean;
}

/** Where a finding lives: article index and finding index inside that article's analysis. */
export interface FindingRef {
  article: number;
  finding: number;
}

export type TabState =
  /** The content script has not run in this tab (popup side only). */
  | { kind: 'inactive' }
  /** The page is one the browser does not let extensions read (its own pages, the web store). */
  | { kind: 'not-allowed'; reason: string }
  | { kind: 'working' }
  /** Switched off for this tab by the user. */
  | { kind: 'off' }
  | { kind: 'no-article'; reason: string; metadata: PageMetadata | null }
  | { kind: 'unsupported-language'; language: string; metadata: PageMetadata }
  | { kind: 'annotated'; report: PageReport }
  | { kind: 'error'; message: string };

/** The number the toolbar badge shows for a state, or '' for none (nor while practising: it would tell). */
export function badgeText(state: TabState): string {
  if (state.kind !== 'annotated') return '';
  if (state.report.practice && !state.report.practice.checked) return '';
  const n = state.report.flagged;
  if (n === 0) return '0';
  return n > 999 ? '999+' : String(n);
}
