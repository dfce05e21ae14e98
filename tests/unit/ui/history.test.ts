import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { auditHtml } from '../../../cli/audit-html.ts';
import {
  addToHistory,
  clearHistory,
  findEntry,
  HISTORY_LIMIT,
  historyEntry,
  loadHistory,
  recordAudit,
  removeFromHistory,
  searchHistory,
} from '../../../utils/history.ts';
import { keepHistoryItem } from '../../../utils/settings.ts';

const URL_A = 'https://www.pravda.com.ua/eng/news/2024/04/6/7450000/';
const html = readFileSync(fileURLToPath(new URL('../../fixtures/seed-up-china-russia-cooperation.html', import.meta.url)), 'utf8');
/** The reference page's audit record, built as the extension and the CLI build it. */
const record = auditHtml(URL_A, html, URL_A);

/** The body's sentences, roughly: enough to tell whether any was kept. */
function sentences(text: string): string[] {
  return text
    .split(/\n\n|(?<=[.!?"])\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 25);
}

describe('history', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps no page text beyond the findings\' sentences', async () => {
    await addToHistory(historyEntry(URL_A, '2025-01-02T03:04:05.000Z', record));
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    const kept = record.findings.map((f) => f.sentence);
    const body = sentences(record.body);
    expect(body.length).toBeGreaterThan(10);
    for (const sentence of body) {
      const inFinding = kept.some((k) => k.includes(sentence) || sentence.includes(k));
      expect(stored.includes(JSON.stringify(sentence).slice(1, -1)), sentence).toBe(inFinding);
    }
    // What the list shows and what a later report needs is there.
    const [entry] = await loadHistory();
    expect(entry.record.body).toBe('');
    expect(entry.record.title).toBe('US concerned about growing cooperation between China and Russia');
    expect(entry.record.publisher).toBe('Ukrainska Pravda');
    expect(entry.record.summary.counts).toEqual(record.summary.counts);
    expect(entry.record.findings).toEqual(record.findings);
    expect(entry.auditedAt).toBe('2025-01-02T03:04:05.000Z');
  });

  it('drops further articles of the page, with their text', () => {
    const withMore = { ...record, articles: [{ ...record, title: 'Second story', body: 'Second body text that must not be kept.' }] };
    const entry = historyEntry(URL_A, '2025-01-02T03:04:05.000Z', withMore);
    expect(JSON.stringify(entry)).not.toContain('Second body text');
    expect('articles' in entry.record).toBe(false);
  });

  it('an audit of the same page replaces the earlier one; the newest comes first', async () => {
    await addToHistory(historyEntry(URL_A, '2025-01-01T00:00:00.000Z', record));
    await addToHistory(historyEntry('https://example.org/other', '2025-01-02T00:00:00.000Z', { ...record, title: 'Other' }));
    // The whole body is dropped even when the caller did not.
    await addToHistory({ id: URL_A, url: `${URL_A}#top`, auditedAt: '2025-01-03T00:00:00.000Z', record });
    const list = await loadHistory();
    expect(list.map((e) => [e.id, e.auditedAt])).toEqual([
      [URL_A, '2025-01-03T00:00:00.000Z'],
      ['https://example.org/other', '2025-01-02T00:00:00.000Z'],
    ]);
    expect(list[0].record.body).toBe('');
    expect((await findEntry(URL_A))?.auditedAt).toBe('2025-01-03T00:00:00.000Z');
  });

  it(`keeps the newest ${HISTORY_LIMIT} entries`, async () => {
    const small = { ...record, findings: [] };
    for (let i = 0; i <= HISTORY_LIMIT; i++) {
      await addToHistory(historyEntry(`https://example.org/${i}`, new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString(), small));
    }
    const list = await loadHistory();
    expect(list).toHaveLength(HISTORY_LIMIT);
    expect(list[0].id).toBe(`https://example.org/${HISTORY_LIMIT}`);
    expect(list.some((e) => e.id === 'https://example.org/0')).toBe(false);
  });

  it('deletes chosen entries, or all', async () => {
    await addToHistory(historyEntry(URL_A, '2025-01-01T00:00:00.000Z', record));
    await addToHistory(historyEntry('https://example.org/b', '2025-01-02T00:00:00.000Z', record));
    await removeFromHistory([URL_A]);
    expect((await loadHistory()).map((e) => e.id)).toEqual(['https://example.org/b']);
    await clearHistory();
    expect(await loadHistory()).toEqual([]);
  });

  it('records audits while the reader keeps a history; turned off, adds nothing and keeps what is listed', async () => {
    expect(await recordAudit(historyEntry(URL_A, '2025-01-01T00:00:00.000Z', record))).toBe(true);
    await keepHistoryItem.setValue(false);
    expect(await recordAudit(historyEntry('https://example.org/b', '2025-01-02T00:00:00.000Z', record))).toBe(false);
    expect((await loadHistory()).map((e) => e.id)).toEqual([URL_A]);
    await keepHistoryItem.setValue(true);
    expect(await recordAudit(historyEntry('https://example.org/b', '2025-01-02T00:00:00.000Z', record))).toBe(true);
    expect((await loadHistory()).map((e) => e.id)).toEqual(['https://example.org/b', URL_A]);
  });

  it('ignores stored entries of an unknown shape', async () => {
    await fakeBrowser.storage.local.set({ history: [{ id: 'x' }, 'junk', historyEntry(URL_A, '2025-01-01T00:00:00.000Z', record)] });
    expect((await loadHistory()).map((e) => e.id)).toEqual([URL_A]);
  });

  it('search matches every word in the title, publisher, address or a flagged phrase, ignoring case and accents', () => {
    const entries = [
      historyEntry(URL_A, '2025-01-01T00:00:00.000Z', record),
      historyEntry('https://example.org/cafe', '2025-01-01T00:00:00.000Z', { ...record, title: 'Café owners protest', publisher: 'Le Monde', findings: [] }),
    ];
    const ids = (q: string) => searchHistory(entries, q).map((e) => e.id);
    expect(ids('')).toEqual([URL_A, 'https://example.org/cafe']);
    expect(ids('cafe')).toEqual(['https://example.org/cafe']);
    expect(ids('PRAVDA china')).toEqual([URL_A]);
    expect(ids('unnamed officials')).toEqual([URL_A]);
    expect(ids('pravda café')).toEqual([]);
  });
});
