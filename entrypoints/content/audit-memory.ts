/**
 * What the content script keeps of the last audit besides the highlights: the report record
 * (for exports and the report page), the articles' text segments (for practice marks), and the
 * date of the audit. The date changes only when the page's text does, so a page that merely
 * re-renders keeps its audit date and its single history entry.
 */
import { browser } from 'wxt/browser';
import type { FoundArticle } from '../../extract/types.ts';
import type { AuditRecord } from '../../report/record.ts';
import { historyEntry } from '../../utils/history.ts';
import { sendToBackground, type AuditSnapshot } from '../../utils/messages.ts';
import { practiceFindings, type PracticeFinding } from '../../utils/practice-score.ts';
import type { PageAnalysis } from './analyse-page.ts';

export class AuditMemory {
  record: AuditRecord | null = null;
  articles: FoundArticle[] = [];
  auditedAt = '';
  private signature: string | null = null;

  /** Takes a new analysis; returns whether the page's text differs from the last one's. */
  update(result: PageAnalysis, now: () => Date = () => new Date()): boolean {
    const changed = result.signature !== this.signature;
    this.record = result.record;
    this.articles = result.articles;
    this.signature = result.signature;
    if (changed || !this.auditedAt) this.auditedAt = now().toISOString();
    return changed;
  }

  clear(): void {
    this.record = null;
    this.articles = [];
    this.auditedAt = '';
    this.signature = null;
  }

  /** The audit for exports, or null when the page holds no article. */
  snapshot(pageUrl: string): AuditSnapshot | null {
    if (!this.record?.isArticle) return null;
    return { pageUrl, auditedAt: this.auditedAt, record: this.record };
  }

  /** Every article's findings, for scoring practice marks. */
  findings(): PracticeFinding[] {
    if (!this.record) return [];
    return practiceFindings([this.record, ...(this.record.articles ?? [])]);
  }

  /** Puts the audit in the history (through the background, its one writer). Best effort. */
  remember(pageUrl: string): void {
    if (!this.record?.isArticle || !this.record.languageSupported) return;
    const entry = historyEntry(pageUrl, this.auditedAt, this.record);
    sendToBackground(browser.runtime, 'history-add', { entry }).catch(() => undefined);
  }
}
