// @vitest-environment happy-dom
/** The history page, the practice results page and the options page, rendered from plain data. */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HistoryView, type HistoryViewProps } from '../../../components/HistoryView.tsx';
import { OptionsView, type OptionsViewProps } from '../../../components/OptionsView.tsx';
import { PracticeResults } from '../../../components/PracticeResults.tsx';
import { GUIDANCE } from '../../../report/guidance.ts';
import type { AuditRecord } from '../../../report/record.ts';
import type { HistoryEntry } from '../../../utils/history.ts';
import { scorePractice, type PracticeFinding, type PracticeMark } from '../../../utils/practice-score.ts';
import { useLocale } from './i18n-stub.ts';

let root: HTMLElement;
beforeEach(() => {
  useLocale('en');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function entry(id: string, title: string, counts = { anonymous: 2, secondhand: 1, hedge: 0, named: 3 }): HistoryEntry {
  const record = {
    title,
    publisher: 'Ukrainska Pravda',
    findings: [],
    summary: { counts, rating: { label: 'Mixed', score: 43.4, reason: '', factors: [] } },
  } as unknown as AuditRecord;
  return { id, url: id, auditedAt: '2025-03-04T10:20:00.000Z', record };
}

function history(overrides: Partial<HistoryViewProps> = {}): HistoryViewProps {
  const entries = [entry('https://a.org/1', 'First story'), entry('javascript:alert(1)', 'Second story')];
  return {
    entries,
    total: entries.length,
    query: '',
    loading: false,
    message: null,
    onQuery: vi.fn(),
    onDelete: vi.fn(),
    onDeleteAll: vi.fn(),
    onOpenReport: vi.fn(),
    ...overrides,
  };
}

describe('HistoryView', () => {
  it('lists each article with its publisher, date, counts and rating; links only to web addresses', () => {
    render(<HistoryView {...history()} />, root);
    const items = [...root.querySelectorAll('li.entry')];
    expect(items.map((li) => text(li.querySelector('h2')))).toEqual(['First story', 'Second story']);
    expect(items[0].querySelector('h2 a')!.getAttribute('href')).toBe('https://a.org/1');
    expect(items[1].querySelector('a')).toBeNull();
    expect(text(items[0].querySelector('[data-testid="history-count-anonymous"]'))).toBe('2');
    expect(text(items[0])).toContain('Transparency');
    expect(text(items[0])).toContain('Mixed (43/100)');
    expect(text(items[0])).toMatch(/audited .*2025/);
    expect(text(root.querySelector('[data-testid="history-status"]'))).toBe('2 articles audited');
  });

  it('searches as the reader types, and says how many match', () => {
    const p = history({ query: 'first', entries: [entry('https://a.org/1', 'First story')], total: 2 });
    render(<HistoryView {...p} />, root);
    expect(text(root.querySelector('[data-testid="history-status"]'))).toBe('1 of 2 articles matches the search');
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(root.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    input.value = 'second';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(p.onQuery).toHaveBeenCalledWith('second');
  });

  it('deletes one entry, and all only after a confirmation; the focus goes back to the search', async () => {
    const p = history();
    render(<HistoryView {...p} />, root);
    const del = root.querySelector<HTMLButtonElement>('button[aria-label="Delete “First story” and its notes"]')!;
    del.click();
    expect(p.onDelete).toHaveBeenCalledWith('https://a.org/1');
    expect(document.activeElement).toBe(root.querySelector('input[type="search"]'));
    const all = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Delete all…')!;
    all.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(p.onDeleteAll).not.toHaveBeenCalled();
    const yes = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Yes, delete all 2 articles and every note')!;
    yes.click();
    expect(p.onDeleteAll).toHaveBeenCalled();
  });
});

describe('PracticeResults', () => {
  const f = (category: PracticeFinding['category'], start: number, textOf: string): PracticeFinding => ({
    article: 0, index: start, category, start, end: start + textOf.length, text: textOf, explanation: `Engine says: ${textOf}`, sentence: ` ${textOf} was said. `,
  });
  const m = (category: PracticeMark['category'], start: number, textOf: string): PracticeMark => ({ article: 0, category, start, end: start + textOf.length, text: textOf });

  it('gives the score, then agreed, missed and extra, each with its explanation and the guidance questions', () => {
    const findings = [f('anonymous', 0, 'officials said'), f('hedge', 50, 'reportedly'), f('named', 80, 'Antony Blinken')];
    const result = scorePractice([m('anonymous', 0, 'officials'), m('anonymous', 80, 'Antony Blinken')], findings);
    render(<PracticeResults title="A story" lang="en" publisher="Ukrainska Pravda" result={result} status={null} />, root);
    expect(text(root.querySelector('[data-testid="practice-score"]'))).toBe(
      'You found 1 of the 2 phrases SourceLens flagged; 1 of your 2 marks matches.',
    );
    const [agreed, missed, extra] = [...root.querySelectorAll('section')];
    expect(text(agreed.querySelector('h2'))).toBe('You and SourceLens agree (1)');
    expect(text(agreed)).toContain('Your mark: Anonymous source (“officials”)');
    expect(text(agreed)).toContain('Engine says: officials said');
    expect(text(agreed)).toContain(GUIDANCE.anonymous.questions[1]);
    expect(text(missed)).toContain('“reportedly”');
    expect(text(missed)).toContain(GUIDANCE.hedge.questions[0]);
    expect(text(extra)).toContain('SourceLens reads these words as another kind: Named source (“Antony Blinken”)');
    // The engine's words and the questions are marked as English for screen readers.
    expect(agreed.querySelector('.explanation')!.getAttribute('lang')).toBe('en');
    expect(agreed.querySelector('.questions')!.getAttribute('lang')).toBe('en');
    expect(agreed.querySelector('h3 span')!.getAttribute('lang')).toBe('en');
    expect(agreed.querySelector('blockquote')!.getAttribute('lang')).toBe('en');
  });

  it('says why there are no results', () => {
    render(<PracticeResults title="" publisher="" result={null} status="That tab is not in practice mode any more." />, root);
    expect(text(root.querySelector('[role="status"]'))).toBe('That tab is not in practice mode any more.');
  });
});

describe('OptionsView', () => {
  function options(overrides: Partial<OptionsViewProps> = {}): OptionsViewProps {
    return {
      categories: { anonymous: true, secondhand: true, hedge: true, named: false },
      palette: 'default',
      sites: [],
      allSites: false,
      shortcuts: [],
      message: null,
      keepHistory: true,
      onKeepHistory: vi.fn(),
      onToggleCategory: vi.fn(),
      onPalette: vi.fn(),
      onAddSite: vi.fn(),
      onRemoveSite: vi.fn(),
      onGrantSite: vi.fn(),
      onAllSites: vi.fn(),
      onReset: vi.fn(),
      onOpenHistory: vi.fn(),
      ...overrides,
    };
  }
  const keepBox = () =>
    [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((box) =>
      text(box.closest('label')).includes('Keep a history of the articles I audit'),
    );

  it('shows whether a history is kept, with what turning it off does, and reports a change', () => {
    const props = options();
    render(<OptionsView {...props} />, root);
    const box = keepBox();
    expect(box?.checked).toBe(true);
    const hint = root.querySelector(`#${box?.getAttribute('aria-describedby')}`);
    expect(text(hint)).toContain('new audits are not added');
    box!.click();
    expect(props.onKeepHistory).toHaveBeenCalledWith(false);
  });

  it('shows the history as off when it is', () => {
    render(<OptionsView {...options({ keepHistory: false })} />, root);
    expect(keepBox()?.checked).toBe(false);
  });
});
