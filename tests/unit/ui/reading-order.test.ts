import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readingOrder, type Entry } from '../../../entrypoints/content/analyse-page.ts';

/** A stand-in Range placed at `pos` in the document. */
const at = (pos: number) =>
  ({ pos, compareBoundaryPoints: (_how: number, other: { pos: number }) => Math.sign(pos - other.pos) }) as unknown as Range;

const entry = (article: number, start: number, pos: number): Entry =>
  ({ ref: { article, finding: start }, finding: { start, end: start + 3 }, range: at(pos) }) as unknown as Entry;

describe('reading order of the drawn findings', () => {
  const scope = globalThis as { Range?: unknown };
  let saved: unknown;
  beforeAll(() => {
    saved = scope.Range;
    scope.Range = { START_TO_START: 0 };
  });
  afterAll(() => {
    scope.Range = saved;
  });

  it('orders findings within an article by position, and articles by where they sit in the page', () => {
    // Article 0 (the main one) comes after article 1 in the page.
    const entries = [entry(0, 40, 540), entry(1, 5, 105), entry(0, 10, 510), entry(1, 50, 150), entry(0, 20, 520)];
    expect(readingOrder(entries).map((e) => e.range as unknown as { pos: number }).map((r) => r.pos)).toEqual([105, 150, 510, 520, 540]);
  });

  it('keeps every entry, and an empty list empty', () => {
    expect(readingOrder([])).toEqual([]);
    const many = Array.from({ length: 500 }, (_, i) => entry(0, 500 - i, 1000 - i));
    const ordered = readingOrder(many);
    expect(ordered).toHaveLength(500);
    expect(ordered.map((e) => e.finding.start)).toEqual([...many.map((e) => e.finding.start)].sort((a, b) => a - b));
  });
});
