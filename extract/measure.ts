/** Small measures of block text shared by the selection and the body filter. */
import type { Block } from './dom-walk.ts';

/** Letters and digits only, lower-cased: how block text is compared with JSON-LD text. */
export function matchKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const ENTITIES: Record<string, string> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', hellip: '…', rsquo: '’', lsquo: '‘',
  rdquo: '”', ldquo: '“', mdash: '—', ndash: '–',
};

/** JSON-LD text sometimes carries HTML entities; the common ones are enough for matching. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/** Plain text of prose-like blocks: what "most of the page's text" is measured in. */
export function goodChars(b: Block): number {
  const plain = (b.text.length - b.linkChars) * (b.units / b.text.length);
  return !b.heading && plain >= 30 && b.linkChars < 0.8 * b.text.length ? plain : 0;
}
