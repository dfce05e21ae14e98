/**
 * Is the article drawn on a dark background? Highlight tints are chosen to suit it. The colour is
 * read from the article's element upwards: the first ancestor with an opaque-enough background
 * decides, and a page with none is light (the browser's default canvas), unless it asks for a
 * dark colour scheme.
 */
import type { PageTheme } from './palettes.ts';

/** Parses `rgb(…)`/`rgba(…)` as computed styles report them; null for anything else. */
export function parseRgb(value: string): { r: number; g: number; b: number; a: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(value.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { r: +m[1], g: +m[2], b: +m[3], a: alpha };
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function themeOf(element: Element | null, view: Pick<Window, 'getComputedStyle'>): PageTheme {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const rgb = parseRgb(view.getComputedStyle(el).backgroundColor);
    if (rgb && rgb.a >= 0.5) return luminance(rgb) < 0.25 ? 'dark' : 'light';
  }
  const root = element?.ownerDocument?.documentElement;
  const scheme = root ? view.getComputedStyle(root).colorScheme : '';
  return /^\s*dark\b/.test(scheme ?? '') ? 'dark' : 'light';
}
