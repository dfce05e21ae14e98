/**
 * Which highlighted range is under the pointer, without any DOM node to receive mouse events.
 * The caret position at the point narrows the search to ranges containing that text position;
 * the ranges' client rects then confirm it, because at a line end or in the margin the caret
 * snaps to the nearest character although the pointer is not over any text.
 */

export interface HitRange {
  isPointInRange(node: Node, offset: number): boolean;
  getClientRects(): ArrayLike<DOMRectReadOnly> & Iterable<DOMRectReadOnly>;
}

export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Pixels of slack around a rect: underlines sit just below the text box. */
const SLOP = 2;

export function rectsContain(range: Pick<HitRange, 'getClientRects'>, x: number, y: number): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return true;
  }
  return false;
}

/**
 * The index of the range under (x, y), or -1. With a caret, only ranges holding the caret are
 * measured; without one (no caret API), every range is measured.
 */
export function rangeIndexAtPoint(
  ranges: readonly (HitRange | null)[],
  x: number,
  y: number,
  caret: CaretPoint | null,
): number {
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i];
    if (!range) continue;
    if (caret) {
      let inside = false;
      try {
        inside = range.isPointInRange(caret.node, caret.offset);
      } catch {
        // A caret in another document or a detached node: not this range.
      }
      if (!inside) continue;
    }
    if (rectsContain(range, x, y)) return i;
  }
  return -1;
}
