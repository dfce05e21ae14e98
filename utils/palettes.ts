/**
 * Highlight colours per category, for light and dark pages, in three palettes.
 * Colour is never the only signal: each category also has its own underline style (solid,
 * double, wavy, dotted), so the categories stay apart for readers who do not see the colours.
 * Backgrounds are translucent tints so the page's own text colour stays readable on both light
 * and dark pages; the high-contrast palette sets both text and background colours instead.
 */
import type { Category } from '../engine/types.ts';
import type { PaletteName } from './settings.ts';

export type PageTheme = 'light' | 'dark';

export interface Swatch {
  background: string;
  /** Underline colour; also the legend colour in the popup. */
  line: string;
  /** Text colour, only where the palette must force it (high contrast). */
  text?: string;
}

export const UNDERLINE_STYLE: Readonly<Record<Category, 'solid' | 'double' | 'wavy' | 'dotted'>> = {
  anonymous: 'solid',
  secondhand: 'double',
  hedge: 'wavy',
  named: 'dotted',
};

type PaletteTable = Record<PaletteName, Record<PageTheme, Record<Category, Swatch>>>;

export const PALETTES: Readonly<PaletteTable> = {
  default: {
    light: {
      anonymous: { background: 'rgb(229 72 77 / 0.22)', line: '#c62a2f' },
      secondhand: { background: 'rgb(62 99 221 / 0.2)', line: '#3451b2' },
      hedge: { background: 'rgb(245 165 36 / 0.32)', line: '#a35c00' },
      named: { background: 'rgb(48 164 108 / 0.2)', line: '#18794e' },
    },
    dark: {
      anonymous: { background: 'rgb(255 99 105 / 0.3)', line: '#ff9592' },
      secondhand: { background: 'rgb(120 150 255 / 0.3)', line: '#9eb1ff' },
      hedge: { background: 'rgb(255 197 61 / 0.28)', line: '#ffca16' },
      named: { background: 'rgb(61 214 140 / 0.25)', line: '#3dd68c' },
    },
  },
  // Okabe–Ito colours, chosen to stay distinct under the common colour-vision deficiencies.
  'colour-blind': {
    light: {
      anonymous: { background: 'rgb(213 94 0 / 0.22)', line: '#b34e00' },
      secondhand: { background: 'rgb(0 114 178 / 0.2)', line: '#0072b2' },
      hedge: { background: 'rgb(240 228 66 / 0.5)', line: '#7a6f00' },
      named: { background: 'rgb(0 158 115 / 0.2)', line: '#007a59' },
    },
    dark: {
      anonymous: { background: 'rgb(213 94 0 / 0.35)', line: '#ff9a4d' },
      secondhand: { background: 'rgb(86 180 233 / 0.3)', line: '#56b4e9' },
      hedge: { background: 'rgb(240 228 66 / 0.3)', line: '#f0e442' },
      named: { background: 'rgb(0 158 115 / 0.35)', line: '#4fd1a5' },
    },
  },
  'high-contrast': {
    light: {
      anonymous: { background: '#ffff00', line: '#000000', text: '#000000' },
      secondhand: { background: '#00ffff', line: '#000000', text: '#000000' },
      hedge: { background: '#ffb3ff', line: '#000000', text: '#000000' },
      named: { background: '#b3ffb3', line: '#000000', text: '#000000' },
    },
    dark: {
      anonymous: { background: '#ffff00', line: '#000000', text: '#000000' },
      secondhand: { background: '#00ffff', line: '#000000', text: '#000000' },
      hedge: { background: '#ffb3ff', line: '#000000', text: '#000000' },
      named: { background: '#b3ffb3', line: '#000000', text: '#000000' },
    },
  },
};

const FOCUS: Record<PageTheme, Swatch> = {
  light: { background: 'rgb(26 115 232 / 0.3)', line: '#1a56db' },
  dark: { background: 'rgb(138 180 248 / 0.35)', line: '#8ab4f8' },
};
const FOCUS_HIGH_CONTRAST: Record<PageTheme, Swatch> = {
  light: { background: '#000000', line: '#000000', text: '#ffffff' },
  dark: { background: '#ffffff', line: '#ffffff', text: '#000000' },
};

export function swatch(palette: PaletteName, theme: PageTheme, category: Category): Swatch {
  return PALETTES[palette][theme][category];
}

function focusSwatch(palette: PaletteName, theme: PageTheme): Swatch {
  return (palette === 'high-contrast' ? FOCUS_HIGH_CONTRAST : FOCUS)[theme];
}

/** Highlight names registered in `CSS.highlights` (other test tools rely on these exact names). */
export const HIGHLIGHT_PREFIX = 'sourcelens-';
export const FOCUS_HIGHLIGHT = 'sourcelens-focus';
export const FLASH_HIGHLIGHT = 'sourcelens-flash';
/** Practice mode's marks: `sourcelens-practice-<category>`, drawn beside (not instead of) findings. */
export const PRACTICE_PREFIX = 'sourcelens-practice-';
export function highlightName(category: Category): string {
  return HIGHLIGHT_PREFIX + category;
}

/** The element used where the Custom Highlight API is missing. */
export const MARK_TAG = 'sourcelens-mark';
export const MARK_CATEGORY_ATTR = 'data-sourcelens';
export const MARK_FOCUS_ATTR = 'data-sourcelens-focus';

function declarations(s: Swatch, decoration: string, thickness: string): string {
  return [
    `background-color: ${s.background}`,
    s.text ? `color: ${s.text}` : '',
    `text-decoration: underline ${decoration} ${s.line}`,
    `text-decoration-thickness: ${thickness}`,
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * The style sheet for the page: `::highlight()` rules for the Custom Highlight API and the same
 * look for the fallback elements. Only these rules are added to the page, never a node.
 */
export function highlightCss(palette: PaletteName, theme: PageTheme): string {
  const rules: string[] = [];
  const categories = Object.keys(UNDERLINE_STYLE) as Category[];
  const thick = palette === 'high-contrast' ? '3px' : '2px';
  for (const category of categories) {
    const decl = declarations(swatch(palette, theme, category), UNDERLINE_STYLE[category], thick);
    rules.push(`::highlight(${highlightName(category)}) { ${decl}; }`);
    rules.push(`${MARK_TAG}[${MARK_CATEGORY_ATTR}="${category}"] { ${decl}; }`);
  }
  const focus = focusSwatch(palette, theme);
  const focusDecl = [
    `background-color: ${focus.background}`,
    focus.text ? `color: ${focus.text}` : '',
    `text-decoration: underline overline solid ${focus.line}`,
    'text-decoration-thickness: 3px',
  ]
    .filter(Boolean)
    .join('; ');
  rules.push(`::highlight(${FOCUS_HIGHLIGHT}) { ${focusDecl}; }`);
  rules.push(`${MARK_TAG}[${MARK_FOCUS_ATTR}] { ${focusDecl}; outline: 2px solid ${focus.line}; }`);
  // A student's practice marks: the category's tint with a line *over* the text, so after "Check"
  // a mark (overline) and SourceLens's finding (underline) on the same words both stay visible.
  for (const category of categories) {
    const s = swatch(palette, theme, category);
    rules.push(
      `::highlight(${PRACTICE_PREFIX}${category}) { background-color: ${s.background}; ` +
        `text-decoration: overline ${UNDERLINE_STYLE[category]} ${s.line}; text-decoration-thickness: ${thick}; }`,
    );
  }
  // The flash draws attention after a jump from the popup; it is removed a moment later.
  rules.push(`::highlight(${FLASH_HIGHLIGHT}) { background-color: ${theme === 'dark' ? '#ffe066' : '#ffd400'}; color: #000000; }`);
  rules.push(`${MARK_TAG} { all: unset; display: inline; }`);
  return rules.join('\n');
}
