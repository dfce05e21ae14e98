/**
 * The history of audited articles, on this computer only (`storage.local`). An entry holds what
 * the history page lists (title, publisher, date audited, counts, rating) and what the report
 * needs to be printed again later (byline, dates, chains, findings with their sentences), but
 * never the article's text beyond those sentences: the body is dropped before anything is stored.
 *
 * Nothing is added while the reader has turned the history off (`keepHistory` in the settings).
 *
 * Only the background writes it (content scripts in many tabs report audits to it, and the history
 * page asks it to delete), and it writes one change at a time, so no two tabs overwrite each other.
 */
import { storage } from 'wxt/utils/storage';
import type { AuditRecord } from '../report/record.ts';
import { pageKey } from './notes.ts';
import { keepHistoryItem, normalizeKeepHistory } from './settings.ts';

export interface HistoryEntry {
  /** The page key (its URL without the fragment). */
  id: string;
  /** The address the article was read at. */
  url: string;
  /** ISO date of the audit. */
  auditedAt: string;
  /** The audit, without the article body (`body` is empty) and without further articles. */
  record: AuditRecord;
}

/** The newest entries kept; older ones are dropped so storage stays small (a few KB each). */
export const HISTORY_LIMIT = 200;

export const historyItem = storage.defineItem<HistoryEntry[]>('local:history', {
  fallback: [],
  version: 1,
});

/** The entry for an audit, with the article's text taken out (only the findings' sentences stay). */
export function historyEntry(url: string, auditedAt: string, record: AuditRecord): HistoryEntry {
  const { articles: _others, ...main } = record;
  return { id: pageKey(url), url, auditedAt, record: { ...main, body: '' } };
}

/** Whether a value read back from storage is an entry this build can show. */
function isEntry(value: unknown): value is HistoryEntry {
  const e = value as HistoryEntry | null;
  return (
    !!e &&
    typeof e.id === 'string' &&
    typeof e.url === 'string' &&
    typeof e.auditedAt === 'string' &&
    !!e.record &&
    Array.isArray(e.record.findings) &&
    !!e.record.summary
  );
}

export async function loadHistory(): Promise<HistoryEntry[]> {
  const value = await historyItem.getValue();
  return Array.isArray(value) ? value.filter(isEntry) : [];
}

let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Adds an audit, newest first, replacing an earlier audit of the same page. */
export function addToHistory(entry: HistoryEntry): Promise<void> {
  return serial(async () => {
    const safe = historyEntry(entry.url, entry.auditedAt, entry.record);
    const rest = (await loadHistory()).filter((e) => e.id !== safe.id);
    await historyItem.setValue([safe, ...rest].slice(0, HISTORY_LIMIT));
  });
}

/**
 * Adds an audit to the history if the reader keeps one (the option "keep a history"); says
 * whether it did. Turning the option off stops new entries; what is listed stays until deleted.
 */
export async function recordAudit(entry: HistoryEntry): Promise<boolean> {
  if (!normalizeKeepHistory(await keepHistoryItem.getValue())) return false;
  await addToHistory(entry);
  return true;
}

export function removeFromHistory(ids: readonly string[]): Promise<void> {
  return serial(async () => {
    const drop = new Set(ids);
    await historyItem.setValue((await loadHistory()).filter((e) => !drop.has(e.id)));
  });
}

export function clearHistory(): Promise<void> {
  return serial(() => historyItem.removeValue());
}

export async function findEntry(id: string): Promise<HistoryEntry | null> {
  return (await loadHistory()).find((e) => e.id === id) ?? null;
}

/**
 * Entries whose title, publisher, address or a flagged phrase contains every word of `query`
 * (case and accents ignored), in the order given.
 */
export function searchHistory(entries: readonly HistoryEntry[], query: string): HistoryEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...entries];
  return entries.filter((e) => {
    const hay = fold([e.record.title, e.record.publisher, e.url, ...e.record.findings.map((f) => f.text)].join(' \u0000 '));
    return words.every((w) => hay.includes(w));
  });
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
