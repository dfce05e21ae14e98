/** Maps a span of article text back to the DOM. */
import type { FoundArticle, TextSegment } from './types.ts';

/** Index of the first segment that ends after `pos`. */
function firstEndingAfter(segments: TextSegment[], pos: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].end > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The DOM Range for `[start, end)` of `article.text`, or null when no page text lies in it.
 * Ends that fall on inserted characters (paragraph breaks, folded spaces) move inward to the
 * nearest page text, so the range never starts or ends in text the page does not have.
 */
export function rangeForSpan(article: FoundArticle, start: number, end: number): Range | null {
  const segs = article.segments;
  if (end <= start || segs.length === 0) return null;
  const i = firstEndingAfter(segs, start);
  if (i >= segs.length || segs[i].start >= end) return null;
  // The last segment that starts before `end`.
  let j = firstEndingAfter(segs, end - 1);
  if (j >= segs.length || segs[j].start >= end) j--;
  if (j < i) return null;
  const a = segs[i];
  const z = segs[j];
  const doc = a.node.ownerDocument;
  if (!doc) return null;
  const range = doc.createRange();
  // Some DOMs built for parsing only (linkedom) have a Range without setStart: no range there.
  if (typeof range.setStart !== 'function') return null;
  range.setStart(a.node, a.offset + Math.max(0, start - a.start));
  range.setEnd(z.node, z.offset + (Math.min(end, z.end) - z.start));
  return range;
}
