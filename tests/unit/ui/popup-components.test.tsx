// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FindingCard } from '../../../components/FindingCard.tsx';
import { PopupView, type PopupViewProps } from '../../../components/PopupView.tsx';
import { findingKey } from '../../../report/context.ts';
import { DEFAULT_CATEGORIES } from '../../../utils/settings.ts';
import type { TabState } from '../../../utils/tab-state.ts';
import { useLocale } from './i18n-stub.ts';
import { annotated, findings, report } from './report-fixture.ts';

let root: HTMLElement;

function props(state: TabState, overrides: Partial<PopupViewProps> = {}): PopupViewProps {
  return {
    state,
    categories: { ...DEFAULT_CATEGORIES },
    palette: 'default',
    autoSite: { pattern: '*://www.pravda.com.ua/*', host: 'www.pravda.com.ua', enabled: false },
    notes: { article: '', findings: {} },
    exportMessage: null,
    onToggleTab: vi.fn(),
    onToggleCategory: vi.fn(),
    onToggleAutoSite: vi.fn(),
    onReveal: vi.fn(),
    onOpenOptions: vi.fn(),
    onOpenHistory: vi.fn(),
    onRetry: vi.fn(),
    onArticleNote: vi.fn(),
    onFindingNote: vi.fn(),
    onExport: vi.fn(),
    onOpenReport: vi.fn(),
    onPractice: vi.fn(),
    onOpenPracticeResults: vi.fn(),
    ...overrides,
  };
}

function show(p: PopupViewProps) {
  render(<PopupView {...p} />, root);
  return p;
}

const q = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel);
const qa = (sel: string) => [...root.querySelectorAll(sel)];
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

beforeEach(() => {
  useLocale('en');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('PopupView with a report', () => {
  it('shows the title, the publisher and its policy on unnamed sources', () => {
    show(props(annotated));
    expect(text(q('.article-title'))).toBe('US concerned about growing cooperation');
    expect(text(q('[data-testid="publisher"]'))).toBe('Ukrainska Pravda');
    const policy = qa('a').find((a) => a.textContent?.includes('policy on unnamed sources')) as HTMLAnchorElement;
    expect(policy.getAttribute('href')).toBe('https://www.pravda.com.ua/eng/about/standards/');
    expect(policy.getAttribute('rel')).toContain('noopener');
  });

  it('draws the chains most-used first, each node in order, linked where the article links it', () => {
    show(props(annotated));
    const chains = qa('ol.chain').map((ol) => [...ol.querySelectorAll('.node-box > :first-child')].map((n) => n.textContent));
    expect(chains).toEqual([
      ['three unnamed officials', 'Financial Times', 'European Pravda', 'Ukrainska Pravda'],
      ['Financial Times', 'European Pravda', 'Ukrainska Pravda'],
    ]);
    const links = qa('ol.chain a').map((a) => [a.textContent, a.getAttribute('href')]);
    // Only http(s) links are made; a javascript: href from a page is dropped.
    expect(links).toEqual([['Financial Times', 'https://www.ft.com/']]);
    expect(q('ol.chain')!.getAttribute('aria-label')).toMatch(/Chain 1 of 2/);
  });

  it('counts each category, says the named and anonymous shares, and rates the article', () => {
    show(props(annotated));
    expect(text(q('[data-testid="count-anonymous"]'))).toBe('1');
    expect(text(q('[data-testid="count-named"]'))).toBe('2');
    expect(text(q('[data-testid="share"]'))).toBe('Named sources: 67% · anonymous sources: 33%');
    expect(text(q('.rating'))).toContain('Mixed (41/100)');
    expect(text(q('.rating'))).toContain('One anonymous source and two relayed reports.');
  });

  it('lists the findings of the visible categories with their sentence, the phrase marked', () => {
    show(props(annotated));
    const items = qa('button.finding');
    expect(items.map((b) => text(b.querySelector('mark')))).toEqual([
      'three unnamed officials',
      'reportedly',
      'The Financial Times reported',
    ]);
    expect(text(items[1].querySelector('.sentence'))).toBe('The Biden administration is reportedly concerned.');
    // Page text carries the article's language; the interface around it may speak another.
    expect(items[1].querySelector('.sentence')!.getAttribute('lang')).toBe('en');
    expect(q('.article-title')!.getAttribute('lang')).toBe('en');
    // The third could not be found on the page: it cannot be scrolled to.
    expect((items[2] as HTMLButtonElement).disabled).toBe(true);
  });

  it('hides the findings of a hidden category', () => {
    show(props(annotated, { categories: { ...DEFAULT_CATEGORIES, hedge: false } }));
    expect(qa('button.finding mark').map((m) => m.textContent)).toEqual(['three unnamed officials', 'The Financial Times reported']);
  });

  it('reports a click on a finding, a category toggle, the tab switch and the options link', () => {
    const p = show(props(annotated));
    (qa('button.finding')[1] as HTMLButtonElement).click();
    expect(p.onReveal).toHaveBeenCalledWith({ article: 0, finding: 1 });

    const hedges = q<HTMLInputElement>('[data-category="hedge"] input')!;
    hedges.click();
    expect(p.onToggleCategory).toHaveBeenCalledWith('hedge', false);

    const sw = q<HTMLButtonElement>('[role="switch"]')!;
    expect(sw.getAttribute('aria-checked')).toBe('true');
    sw.click();
    expect(p.onToggleTab).toHaveBeenCalledWith(false);

    (qa('button').find((b) => b.textContent === 'Options') as HTMLButtonElement).click();
    expect(p.onOpenOptions).toHaveBeenCalled();
    (qa('button').find((b) => b.textContent === 'History') as HTMLButtonElement).click();
    expect(p.onOpenHistory).toHaveBeenCalled();
  });

  it('labels every form control', () => {
    show(props(annotated));
    for (const input of qa('input')) {
      expect(input.closest('label'), (input as HTMLInputElement).outerHTML).not.toBeNull();
    }
    expect(qa('h1, h2').length).toBeGreaterThan(4);
  });
});

describe('PopupView: notes, exports and practice', () => {
  const anonymousKey = findingKey(findings[0]);

  it('shows a finding\'s note and opens a labelled field to edit it; typing reports the note by its finding key', async () => {
    const p = show(props(annotated, { notes: { article: 'About the FT', findings: { [anonymousKey]: 'Which officials?' } } }));
    expect(text(q('[data-testid="finding-note"]'))).toBe('Your note: Which officials?');
    const toggle = qa('button.note-toggle')[0] as HTMLButtonElement;
    expect(toggle.getAttribute('aria-label')).toBe('Edit note on “three unnamed officials”');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await new Promise((r) => setTimeout(r, 0));
    const field = root.querySelector<HTMLTextAreaElement>('#sl-note-0-0')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(field.value).toBe('Which officials?');
    expect(root.querySelector(`label[for="sl-note-0-0"]`)!.textContent).toBe('Your note on this phrase');
    expect(field.getAttribute('aria-describedby')).toBe('sl-note-0-0-hint');
    field.value = 'Which officials, from where?';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    expect(p.onFindingNote).toHaveBeenCalledWith(anonymousKey, 'Which officials, from where?');
    // The article's note.
    const article = root.querySelector<HTMLTextAreaElement>('#sl-article-note')!;
    expect(article.value).toBe('About the FT');
    article.value = 'Check the FT';
    article.dispatchEvent(new Event('input', { bubbles: true }));
    expect(p.onArticleNote).toHaveBeenCalledWith('Check the FT');
  });

  it('offers each export and the printable report', () => {
    const p = show(props(annotated, { exportMessage: 'Saved x.md' }));
    for (const format of ['markdown', 'csv', 'json', 'html']) {
      q<HTMLButtonElement>(`button[data-format="${format}"]`)!.click();
      expect(p.onExport).toHaveBeenLastCalledWith(format);
    }
    (qa('button').find((b) => b.textContent === 'Printable report') as HTMLButtonElement).click();
    expect(p.onOpenReport).toHaveBeenCalled();
    expect(text(q('.export-message'))).toBe('Saved x.md');
  });

  it('practising hides the audit (no findings, counts or chain) until the student checks', () => {
    const practising = { kind: 'annotated', report: { ...report, practice: { marks: 2, checked: false } } } as const;
    const p = show(props(practising));
    expect(qa('button.finding')).toHaveLength(0);
    expect(q('[data-testid="count-anonymous"]')).toBeNull();
    expect(q('ol.chain')).toBeNull();
    expect(text(q('[data-testid="practice-marks"]'))).toBe('2 phrases marked');
    (qa('button').find((b) => b.textContent === 'Check my marks') as HTMLButtonElement).click();
    expect(p.onPractice).toHaveBeenCalledWith('check');

    const checked = { kind: 'annotated', report: { ...report, practice: { marks: 2, checked: true } } } as const;
    const after = show(props(checked));
    expect(qa('button.finding').length).toBeGreaterThan(0);
    (qa('button').find((b) => b.textContent === 'See results and explanations') as HTMLButtonElement).click();
    expect(after.onOpenPracticeResults).toHaveBeenCalled();
  });
});

describe('PopupView states', () => {
  it('no article', () => {
    show(props({ kind: 'no-article', reason: 'This looks like a home page.', metadata: null }));
    expect(q('.status')!.getAttribute('data-state')).toBe('no-article');
    expect(text(q('.status h2'))).toBe('No article on this page');
    expect(text(q('.status p'))).toBe('This looks like a home page.');
  });

  it('language not supported yet, with the language named', () => {
    show(props({ kind: 'unsupported-language', language: 'de', metadata: annotated.kind === 'annotated' ? annotated.report.metadata : (null as never) }));
    expect(text(q('.status'))).toContain('Language not supported yet');
    expect(text(q('.status'))).toContain('German');
  });

  it('page not allowed: the switch is disabled and no site option is offered', () => {
    show(props({ kind: 'not-allowed', reason: "This is one of the browser's own pages." }));
    expect(q<HTMLButtonElement>('[role="switch"]')!.disabled).toBe(true);
    expect(q('.auto-site')).toBeNull();
    expect(text(q('.status'))).toContain('This page is not allowed');
  });

  it('off: the switch turns it back on', () => {
    const p = show(props({ kind: 'off' }));
    const sw = q<HTMLButtonElement>('[role="switch"]')!;
    expect(sw.getAttribute('aria-checked')).toBe('false');
    sw.click();
    expect(p.onToggleTab).toHaveBeenCalledWith(true);
  });

  it('errors are announced and can be retried', () => {
    const p = show(props({ kind: 'error', message: 'rangeForSpan failed' }));
    expect(q('[role="alert"]')).not.toBeNull();
    expect(text(q('.status'))).toContain('rangeForSpan failed');
    (qa('button').find((b) => b.textContent === 'Try again') as HTMLButtonElement).click();
    expect(p.onRetry).toHaveBeenCalled();
  });

  it('working shows a status while the page is read', () => {
    show(props({ kind: 'working' }));
    expect(q('[role="status"]')!.textContent).toContain('Reading the page');
  });
});

describe('FindingCard', () => {
  const swatch = { background: '#fff', line: '#000' };

  it('explains a secondhand finding with its outlet and the engine\'s explanation', () => {
    render(<FindingCard finding={{ ...findings[2], explanation: 'First published by the FT on 5 April.' }} swatch={swatch} />, root);
    expect(text(q('.summary'))).toBe('Relayed from Financial Times — this outlet did not report it first.');
    expect(text(q('.detail'))).toBe('First published by the FT on 5 April.');
    expect(text(q('.phrase'))).toBe('“The Financial Times reported”');
    expect(q('.nav')).toBeNull();
  });

  it('shows its position and the keys when reached by keyboard', () => {
    render(<FindingCard finding={findings[0]} swatch={swatch} position={{ index: 2, total: 7 }} />, root);
    expect(text(q('.kind'))).toBe('Anonymous source');
    expect(text(q('.nav'))).toContain('2 of 7');
    expect(text(q('.nav'))).toContain('Esc closes');
  });
});
