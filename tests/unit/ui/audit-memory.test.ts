import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { AuditMemory } from '../../../entrypoints/content/audit-memory.ts';
import type { PageAnalysis } from '../../../entrypoints/content/analyse-page.ts';
import type { AuditRecord } from '../../../report/record.ts';

const record = (title: string, isArticle = true) =>
  ({ title, isArticle, languageSupported: true, findings: [{ category: 'hedge', start: 0, end: 3, text: 'x', explanation: '', sentence: 's' }] }) as unknown as AuditRecord;
const analysis = (signature: string, r: AuditRecord | null = record(signature)) =>
  ({ signature, record: r, articles: [], entries: [], state: { kind: 'working' } }) as unknown as PageAnalysis;
const at = (iso: string) => () => new Date(iso);

describe('AuditMemory', () => {
  beforeEach(() => fakeBrowser.reset());

  it("keeps the audit date while the page's text stays the same, and takes a new one when it changes", () => {
    const memory = new AuditMemory();
    expect(memory.update(analysis('a'), at('2025-01-01T10:00:00Z'))).toBe(true);
    expect(memory.auditedAt).toBe('2025-01-01T10:00:00.000Z');
    // The page re-rendered without changing its text.
    expect(memory.update(analysis('a'), at('2025-01-01T10:05:00Z'))).toBe(false);
    expect(memory.auditedAt).toBe('2025-01-01T10:00:00.000Z');
    expect(memory.update(analysis('b'), at('2025-01-01T10:09:00Z'))).toBe(true);
    expect(memory.auditedAt).toBe('2025-01-01T10:09:00.000Z');
    memory.clear();
    expect(memory.update(analysis('b'), at('2025-01-01T11:00:00Z'))).toBe(true);
    expect(memory.auditedAt).toBe('2025-01-01T11:00:00.000Z');
  });

  it('gives exports the record with its date, and nothing for a page without an article', () => {
    const memory = new AuditMemory();
    memory.update(analysis('a'), at('2025-01-01T10:00:00Z'));
    expect(memory.snapshot('https://e.org/a')).toEqual({ pageUrl: 'https://e.org/a', auditedAt: '2025-01-01T10:00:00.000Z', record: record('a') });
    expect(memory.findings().map((f) => [f.article, f.index, f.category])).toEqual([[0, 0, 'hedge']]);
    memory.update(analysis('home', record('Home', false)));
    expect(memory.snapshot('https://e.org/')).toBeNull();
  });

  it('tells the background about an article, without its body', async () => {
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message);
      return Promise.resolve({ ok: true, value: null });
    });
    const memory = new AuditMemory();
    memory.update(analysis('a', { ...record('a'), body: 'The whole article text.' } as AuditRecord), at('2025-01-01T10:00:00Z'));
    memory.remember('https://e.org/a#top');
    await new Promise((r) => setTimeout(r, 10));
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0])).not.toContain('The whole article text.');
    expect(sent[0]).toMatchObject({ type: 'history-add', entry: { id: 'https://e.org/a', url: 'https://e.org/a#top', auditedAt: '2025-01-01T10:00:00.000Z' } });
  });
});
