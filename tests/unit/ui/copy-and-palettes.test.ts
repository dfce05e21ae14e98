import { describe, expect, it } from 'vitest';
import { ALL_CATEGORIES } from '../../../engine/types.ts';
import { cardText, formatShare } from '../../../utils/category-copy.ts';
import { highlightCss, PALETTES, UNDERLINE_STYLE } from '../../../utils/palettes.ts';
import { PALETTE_NAMES } from '../../../utils/settings.ts';
import { badgeText, type TabState } from '../../../utils/tab-state.ts';

describe('card text', () => {
  it('anonymous: says why it matters and what to ask', () => {
    const t = cardText({ category: 'anonymous', explanation: '', source: 'three unnamed officials' });
    expect(t.summary).toBe('Anonymous source — the reader cannot check who said this.');
    expect(t.ask).toBe('Ask: Why was anonymity granted? Is anything confirmed on the record?');
    expect(t.detail).toBeNull();
  });

  it('secondhand: names the outlet it was relayed from', () => {
    const t = cardText({ category: 'secondhand', explanation: '', source: 'Financial Times' });
    expect(t.summary).toBe('Relayed from Financial Times — this outlet did not report it first.');
    expect(t.ask).toBe('Ask: Find the original.');
  });

  it("adds the engine's explanation, without its label, when it says something more", () => {
    const t = cardText({
      category: 'hedge',
      explanation: 'Hedge: allegations with no one named as making them. Who alleges this, and on what evidence?',
      source: 'Allegations have been made',
    });
    expect(t.detail).toBe('Allegations with no one named as making them. Who alleges this, and on what evidence?');
  });

  it('leaves out an explanation that only repeats the summary', () => {
    const t = cardText({
      category: 'secondhand',
      explanation: 'Relayed from Politico: this outlet did not report it first. Find the original report.',
      source: 'Politico',
    });
    expect(t.summary).toBe('Relayed from Politico — this outlet did not report it first.');
    expect(t.detail).toBeNull();
  });

  it('secondhand without a source falls back to the category wording', () => {
    expect(cardText({ category: 'secondhand', explanation: '', source: ' ' }).summary).toBe(
      'Secondhand report — this outlet did not report it first.',
    );
  });

  it.each([
    [0.3333, '33%'],
    [1, '100%'],
    [1.2, '100%'],
    [null, null],
    [Number.NaN, null],
  ])('formatShare(%s) is %s', (share, text) => {
    expect(formatShare(share)).toBe(text);
  });
});

describe('palettes', () => {
  it.each(PALETTE_NAMES.flatMap((p) => (['light', 'dark'] as const).map((t) => [p, t] as const)))(
    '%s on %s pages styles every category highlight, the focus and the fallback elements',
    (palette, theme) => {
      const css = highlightCss(palette, theme);
      for (const c of ALL_CATEGORIES) {
        expect(css).toContain(`::highlight(sourcelens-${c}) {`);
        expect(css).toContain(`sourcelens-mark[data-sourcelens="${c}"]`);
        expect(css).toContain(`underline ${UNDERLINE_STYLE[c]} ${PALETTES[palette][theme][c].line}`);
      }
      expect(css).toContain('::highlight(sourcelens-focus)');
      expect(css).toContain('::highlight(sourcelens-flash)');
    },
  );

  it('gives each category its own underline style, so colour is not the only signal', () => {
    expect(new Set(Object.values(UNDERLINE_STYLE)).size).toBe(ALL_CATEGORIES.length);
  });

  it('gives each category its own colour in every palette', () => {
    for (const palette of PALETTE_NAMES) {
      for (const theme of ['light', 'dark'] as const) {
        const backgrounds = ALL_CATEGORIES.map((c) => PALETTES[palette][theme][c].background);
        expect(new Set(backgrounds).size).toBe(ALL_CATEGORIES.length);
      }
    }
  });

  it('high contrast sets the text colour too; the tinted palettes leave the page text alone', () => {
    expect(highlightCss('high-contrast', 'dark')).toMatch(/::highlight\(sourcelens-hedge\) \{[^}]*color: #000000/);
    expect(highlightCss('default', 'dark')).not.toMatch(/::highlight\(sourcelens-hedge\) \{[^}]*[^-]color:/);
  });
});

describe('badge', () => {
  const report = (flagged: number) => ({ kind: 'annotated', report: { flagged } }) as never;
  it.each<[TabState, string]>([
    [report(0), '0'],
    [report(12), '12'],
    [report(1200), '999+'],
    [{ kind: 'off' }, ''],
    [{ kind: 'no-article', reason: '', metadata: null }, ''],
  ])('badgeText %#', (state, text) => {
    expect(badgeText(state)).toBe(text);
  });
});
