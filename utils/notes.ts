/**
 * A student's notes, kept on this computer only (`storage.local`, which survives a browser
 * restart), per page: one note on the article and one per finding, keyed by `findingKey` so a
 * note stays with its phrase when the page is audited again. Exports receive them through the
 * report's `ReportContext`.
 *
 * The popup is the one place notes are written; writes made there in quick succession (a note
 * typed key by key) are queued, so each one reads what the previous one wrote.
 */
import { storage } from 'wxt/utils/storage';
import type { AuditNotes } from '../report/context.ts';

export interface StoredNotes extends AuditNotes {
  /** ISO date of the last change. */
  updatedAt: string;
}

export type NotesByPage = Record<string, StoredNotes>;

export const notesItem = storage.defineItem<NotesByPage>('local:notes', {
  fallback: {},
  version: 1,
});

/** Longest note kept; a note is a question or two, not a copy of the article. */
export const NOTE_MAX_LENGTH = 2000;

/**
 * The key a page's notes (and its history entry) are stored under: its address without the
 * fragment, so jumping to a heading does not lose the notes.
 */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url.split('#')[0];
  }
}

export function emptyNotes(): AuditNotes {
  return { article: '', findings: {} };
}

function clean(value: unknown): AuditNotes {
  const v = (value ?? {}) as Partial<AuditNotes>;
  const findings: Record<string, string> = {};
  if (v.findings && typeof v.findings === 'object') {
    for (const [key, note] of Object.entries(v.findings)) if (typeof note === 'string' && note.trim()) findings[key] = note;
  }
  return { article: typeof v.article === 'string' ? v.article : '', findings };
}

export async function getNotes(url: string): Promise<AuditNotes> {
  const all = await notesItem.getValue();
  return clean(all[pageKey(url)]);
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs storage changes one after the other, so none overwrites another's result. */
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function update(url: string, change: (notes: AuditNotes) => AuditNotes): Promise<AuditNotes> {
  return serial(async () => {
    const all = { ...(await notesItem.getValue()) };
    const key = pageKey(url);
    const next = clean(change(clean(all[key])));
    if (!next.article.trim() && Object.keys(next.findings).length === 0) delete all[key];
    else all[key] = { ...next, updatedAt: new Date().toISOString() };
    await notesItem.setValue(all);
    return next;
  });
}

export function setArticleNote(url: string, note: string): Promise<AuditNotes> {
  return update(url, (n) => ({ ...n, article: note.slice(0, NOTE_MAX_LENGTH) }));
}

export function setFindingNote(url: string, key: string, note: string): Promise<AuditNotes> {
  return update(url, (n) => {
    const findings = { ...n.findings };
    if (note.trim()) findings[key] = note.slice(0, NOTE_MAX_LENGTH);
    else delete findings[key];
    return { ...n, findings };
  });
}

/** Removes the notes of these pages (given by URL or page key). */
export function removeNotes(urls: readonly string[]): Promise<void> {
  return serial(async () => {
    const all = { ...(await notesItem.getValue()) };
    for (const url of urls) delete all[pageKey(url)];
    await notesItem.setValue(all);
  });
}

export function clearNotes(): Promise<void> {
  return serial(() => notesItem.removeValue());
}

/** Calls `onChange` with the page's notes whenever they change; returns the unwatch. */
export function watchNotes(url: string, onChange: (notes: AuditNotes) => void): () => void {
  const key = pageKey(url);
  return notesItem.watch((all) => onChange(clean((all ?? {})[key])));
}
