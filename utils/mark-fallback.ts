/**
 * Highlights as `<sourcelens-mark>` elements, for browsers without the Custom Highlight API.
 * Wrapping splits text nodes; `unwrap()` puts back the very same original Text nodes with their
 * original text, so the page's DOM is as it was. It does not call `normalize()`: that could also
 * merge neighbouring text nodes the page itself had kept apart.
 */
import type { Category } from '../engine/types.ts';
import { MARK_CATEGORY_ATTR, MARK_FOCUS_ATTR, MARK_TAG } from './palettes.ts';

/** The boundary points of a Range; a live Range fits, and so does a plain object in tests. */
export interface RangeBounds {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

const TEXT_NODE = 3;

function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

/** The next node in document order after `node`'s subtree. */
function nextSkippingChildren(node: Node): Node | null {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

function nextInOrder(node: Node): Node | null {
  return node.firstChild ?? nextSkippingChildren(node);
}

/** The parts of text nodes that a range covers, in document order, empty parts left out. */
export function textPiecesInRange(range: RangeBounds): TextPiece[] {
  const { startContainer, startOffset, endContainer, endOffset } = range;
  const first: Node | null = isText(startContainer)
    ? startContainer
    : (startContainer.childNodes[startOffset] ?? nextSkippingChildren(startContainer));
  // The first node not covered at all (exclusive end), unless the end is inside a text node.
  const stop: Node | null = isText(endContainer)
    ? nextInOrder(endContainer)
    : (endContainer.childNodes[endOffset] ?? nextSkippingChildren(endContainer));
  const pieces: TextPiece[] = [];
  for (let n: Node | null = first; n && n !== stop; n = nextInOrder(n)) {
    if (!isText(n)) continue;
    const start = n === startContainer ? startOffset : 0;
    const end = n === endContainer ? endOffset : n.data.length;
    if (end > start) pieces.push({ node: n, start, end });
    if (n === endContainer) break;
  }
  return pieces;
}

export interface MarkRequest {
  category: Category;
  range: RangeBounds;
}

interface SplitRecord {
  /** The page's own text node: after wrapping it holds the first part. */
  original: Text;
  /** The parts split off it, in order. */
  parts: Text[];
}

const DOCUMENT_POSITION_FOLLOWING = 4;
function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** Categories in order of precedence where two findings cover the same characters. */
const PRECEDENCE: readonly Category[] = ['anonymous', 'secondhand', 'hedge', 'named'];

export class MarkFallback {
  private splits: SplitRecord[] = [];
  private marks: Element[] = [];
  /** Marks per request, in request order (for focus and hit testing). */
  private marksByRequest: Element[][] = [];

  constructor(private readonly doc: Document) {}

  get active(): boolean {
    return this.marks.length > 0;
  }

  /**
   * Wraps the text of every request. All pieces are computed before anything is split, so
   * overlapping requests and requests sharing a text node are cut consistently.
   * Returns, per request, the marks that hold its text.
   */
  wrap(requests: readonly MarkRequest[]): Element[][] {
    this.unwrap();
    const byNode = new Map<Text, { start: number; end: number; request: number }[]>();
    requests.forEach((req, i) => {
      for (const piece of textPiecesInRange(req.range)) {
        let list = byNode.get(piece.node);
        if (!list) byNode.set(piece.node, (list = []));
        list.push({ start: piece.start, end: piece.end, request: i });
      }
    });
    this.marksByRequest = requests.map(() => []);
    for (const [node, covered] of byNode) this.wrapNode(node, covered, requests);
    // A request's marks may have been made out of order when an earlier request reached a later
    // node first; keep each list in document order so its first and last marks bound it.
    for (const marks of this.marksByRequest) marks.sort(documentOrder);
    return this.marksByRequest.map((m) => [...m]);
  }

  private wrapNode(node: Text, covered: { start: number; end: number; request: number }[], requests: readonly MarkRequest[]): void {
    const length = node.data.length;
    const cuts = [...new Set(covered.flatMap((c) => [c.start, c.end]).concat(0, length))]
      .filter((c) => c >= 0 && c <= length)
      .sort((a, b) => a - b);
    // Each piece [start, end) gets its own node. The original node keeps the first piece, and
    // every split-off node is remembered so unwrap() can join them back into it.
    const parts: Text[] = [];
    const pieces: { text: Text; start: number; end: number }[] = [];
    let current = node;
    let currentStart = 0;
    for (let k = 0; k < cuts.length - 1; k++) {
      const start = cuts[k];
      const end = cuts[k + 1];
      if (start > currentStart) {
        current = current.splitText(start - currentStart);
        parts.push(current);
        currentStart = start;
      }
      pieces.push({ text: current, start, end });
    }
    if (parts.length) this.splits.push({ original: node, parts });
    for (const piece of pieces) {
      const over = covered.filter((c) => c.start < piece.end && c.end > piece.start);
      if (!over.length) continue;
      const category = PRECEDENCE.find((cat) => over.some((c) => requests[c.request].category === cat)) ?? 'named';
      const mark = this.doc.createElement(MARK_TAG);
      mark.setAttribute(MARK_CATEGORY_ATTR, category);
      const parent = piece.text.parentNode;
      if (!parent) continue;
      parent.insertBefore(mark, piece.text);
      mark.appendChild(piece.text);
      this.marks.push(mark);
      for (const c of over) this.marksByRequest[c.request].push(mark);
    }
  }

  /** Marks (or unmarks) the elements of one request as focused. */
  setFocus(request: number | null): void {
    for (const mark of this.marks) mark.removeAttribute(MARK_FOCUS_ATTR);
    if (request === null) return;
    for (const mark of this.marksByRequest[request] ?? []) mark.setAttribute(MARK_FOCUS_ATTR, '');
  }

  marksOf(request: number): readonly Element[] {
    return this.marksByRequest[request] ?? [];
  }

  /** Removes every mark and puts the original text nodes back exactly. */
  unwrap(): void {
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    for (const { original, parts } of this.splits.reverse()) {
      // Rejoin from the parts' current text, so edits the page made meanwhile are kept.
      original.data = original.data + parts.map((p) => p.data).join('');
      for (const part of parts) part.parentNode?.removeChild(part);
    }
    this.splits = [];
    this.marks = [];
    this.marksByRequest = [];
  }
}
