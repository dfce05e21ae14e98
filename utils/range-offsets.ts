/**
 * The inverse of `rangeForSpan` (extract/range.ts): a DOM Range (a reader's selection) back to
 * offsets in an article's text, through the same text segments the highlights are drawn from.
 * A selection may start or end anywhere (inside an element, in the sidebar, halfway through a
 * word): only the page text that belongs to the article counts, so the result is the smallest
 * span of article text holding every selected character that the article took from the page.
 */
import type { TextSegment } from '../extract/types.ts';

/** The part of a Range this needs; a live Range fits. */
export interface RangeLike {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
  /** -1 when the point is before the range, 0 inside, 1 after. */
  comparePoint(node: Node, offset: number): number;
}

export interface TextSpan {
  start: number;
  end: number;
}

/** The selected part `[from, to)` of one segment's stretch of its text node, in node offsets. */
function coveredInNode(range: RangeLike, seg: TextSegment): [number, number] | null {
  const a = seg.offset;
  const b = seg.offset + (seg.end - seg.start);
  let from: number;
  if (range.startContainer === seg.node) from = Math.max(a, range.startOffset);
  else from = safeCompare(range, seg.node, a) < 0 ? b : a;
  let to: number;
  if (range.endContainer === seg.node) to = Math.min(b, range.endOffset);
  else to = safeCompare(range, seg.node, b) > 0 ? a : b;
  return to > from ? [from, to] : null;
}

/** `comparePoint` throws for a node in another document or detached: then it is outside. */
function safeCompare(range: RangeLike, node: Node, offset: number): number {
  try {
    return range.comparePoint(node, offset);
  } catch {
    return 1;
  }
}

/** Offsets in the article text of the selected page text, or null when none of it is the article's. */
export function spanForRange(segments: readonly TextSegment[], range: RangeLike): TextSpan | null {
  let start = Infinity;
  let end = -Infinity;
  for (const seg of segments) {
    const covered = coveredInNode(range, seg);
    if (!covered) continue;
    start = Math.min(start, seg.start + (covered[0] - seg.offset));
    end = Math.max(end, seg.start + (covered[1] - seg.offset));
  }
  return end > start ? { start, end } : null;
}

/** Drops white space (and paragraph breaks) at either end of a span of `text`; null if nothing is left. */
export function trimSpan(text: string, span: TextSpan): TextSpan | null {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}
