import { beforeEach, describe, expect, it } from 'vitest';
import { ALL_CATEGORIES } from '../../../engine/types.ts';
import { GUIDANCE } from '../../../report/guidance.ts';
import { cardText, formatShare } from '../../../utils/category-copy.ts';
import { highlightCss, PALETTES, UNDERLINE_STYLE } from '../../../utils/palettes.ts';
import { PALETTE_NAMES } from '../../../utils/settings.ts';
import { badgeText, type TabState } from '../../../utils/tab-state.ts';
import { useLocale } from './i18n-stub.ts';

describe('card text', () => {
  beforeEach(() => useLocale('en'));

  it('anonymous: says why it matters, and asks the media-literacy questions of the reports', () => {
    const t = cardText({ category: 'anonymous', explanation: '', source: 'three unnamed officials' });
    expect(t.summary).toBe('Anonymous source — the reader cannot check who said this.');
    // The very list the reports print: one copy of the questions, not a second wording.
    expect(t.questions).toBe(GUIDANCE.anonymous.questions);
    expect(t.questions[1]).toBe('Does the story say why anonymity was granted?');
    expect(t.detail).toBeNull();
  });

  it('secondhand: names the outlet it was relayed from, and asks to trace the claim to the original', () => {
    const t = cardText({ category: 'secondhand', explanation: '', source: 'Financial Times' });
    expect(t.summary).toBe('Relayed from Financial Times — this outlet did not report it first.');
    expect(t.questions[0]).toMatch(/^Trace the claim to the original report/);
  });

  it('in Ukrainian the card\'s words are Ukrainian, while the questions stay the reports\' English', () => {
    useLocale('uk');
    const t = cardText({ category: 'secondhand', explanation: '', source: 'Financial Times' });
    expect(t.heading).toBe('Переказ іншого ЗМІ');
    expect(t.summary).toBe('Передано з Financial Times — це видання не першим про це повідомило.');
    expect(t.questions).toBe(GUIDANCE.secondhand.questions);
  });

  it('an engine explanation that repeats the guidance is left out; one that adds to it is shown', () => {
    const repeat = cardText({
      category: 'anonymous',
      explanation:
        'Anonymous source: the claim is attributed to people who are not named, so the reader cannot check who said it or how they know.',
      source: 'three unnamed officials',
    });
    expect(repeat.detail).toBeNull();
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
      // Practice marks: an overline in the category's own line style, beside (not over) the underline.
      for (const c of ['anonymous', 'secondhand', 'hedge'] as const) {
        expect(css).toMatch(new RegExp(`::highlight\\(sourcelens-practice-${c}\\) \\{[^}]*overline ${UNDERLINE_STYLE[c]}`));
      }
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
  const report = (flagged: number, practice: { marks: number; checked: boolean } | null = null) =>
    ({ kind: 'annotated', report: { flagged, practice } }) as never;
  it.each<[TabState, string]>([
    [report(0), '0'],
    [report(12), '12'],
    [report(1200), '999+'],
    // Practising: the count would give the answer away, until the student checks.
    [report(12, { marks: 3, checked: false }), ''],
    [report(12, { marks: 3, checked: true }), '12'],
    [{ kind: 'off' }, ''],
    [{ kind: 'no-article', reason: '', metadata: null }, ''],
  ])('badgeText %#', (state, text) => {
    expect(badgeText(state)).toBe(text);
  });
});
