/**
 * Collects the text of one block as the walk reads it: folds whitespace, and records which DOM
 * text node and offset each copied run came from, so every character taken from the page keeps a
 * way back to it.
 */

export interface BlockSegment {
  /** Offsets in the block's text. */
  start: number;
  end: number;
  node: Text;
  offset: number;
}

export interface BlockLink {
  start: number;
  end: number;
  href: string;
}

/**
 * A text's length counted in Latin-letter equivalents: a Chinese, Japanese or Korean character
 * carries about as much as two and a half Latin ones, so CJK prose is not judged short.
 */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
const CJK_WEIGHT = 2.5;

export function textUnits(text: string): number {
  CJK.lastIndex = 0;
  if (!CJK.test(text)) return text.length;
  CJK.lastIndex = 0;
  const cjk = text.match(CJK)?.length ?? 0;
  return text.length + (CJK_WEIGHT - 1) * cjk;
}

/** The segments of a block's text, as objects. */
export function blockSegments(nodes: Text[], nums: number[]): BlockSegment[] {
  const out: BlockSegment[] = new Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) out[i] = { start: nums[3 * i], end: nums[3 * i + 1], node: nodes[i], offset: nums[3 * i + 2] };
  return out;
}

/** Collects the text of the block being read. */
export class BlockBuilder {
  parts: string[] = [];
  length = 0;
  /** The last character written, or '' at the start of a block. */
  last = '';
  /**
   * Segments as flat arrays (node; start, end, offset): most blocks are never part of an article,
   * so segment objects are only made for the ones that are (see `blockSegments`).
   */
  segNodes: Text[] = [];
  segNums: number[] = [];
  links: BlockLink[] = [];
  linkChars = 0;

  /** Writes a copy of `node.data[offset, offset + s.length)`. */
  copy(s: string, node: Text, offset: number): void {
    // A single space copied at the start of a block or after another space is folded away.
    if (s.charCodeAt(0) === 32 && (this.last === '' || this.last === ' ' || this.last === '\n')) {
      s = s.slice(1);
      offset++;
      if (!s) return;
    }
    const n = this.segNodes.length;
    const nums = this.segNums;
    if (n && this.segNodes[n - 1] === node && nums[3 * n - 2] === this.length && nums[3 * n - 1] + (nums[3 * n - 2] - nums[3 * n - 3]) === offset) {
      nums[3 * n - 2] += s.length;
    } else {
      this.segNodes.push(node);
      nums.push(this.length, this.length + s.length, offset);
    }
    this.parts.push(s);
    this.length += s.length;
    this.last = s[s.length - 1];
  }

  /** Writes a space standing for folded whitespace, unless one is already there. */
  space(): void {
    if (this.last === '' || this.last === ' ' || this.last === '\n') return;
    this.parts.push(' ');
    this.length++;
    this.last = ' ';
  }

  /** A line break; returns false when the block already ends in one (a paragraph break). */
  lineBreak(): boolean {
    if (this.last === '\n') return false;
    this.trimEnd();
    if (this.last === '') return true;
    this.parts.push('\n');
    this.length++;
    this.last = '\n';
    return true;
  }

  trimEnd(): void {
    while (this.last === ' ' || this.last === '\n') {
      const top = this.parts[this.parts.length - 1];
      this.parts[this.parts.length - 1] = top.slice(0, -1);
      if (!this.parts[this.parts.length - 1]) this.parts.pop();
      this.length--;
      const n = this.segNodes.length;
      if (n && this.segNums[3 * n - 2] > this.length) {
        this.segNums[3 * n - 2] = this.length;
        if (this.segNums[3 * n - 2] <= this.segNums[3 * n - 3]) {
          this.segNodes.pop();
          this.segNums.length -= 3;
        }
      }
      const now = this.parts[this.parts.length - 1];
      this.last = now ? now[now.length - 1] : '';
    }
  }

  /** The character at `pos`, looked up from the end (callers ask about recent positions). */
  charAt(pos: number): string {
    let end = this.length;
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const start = end - this.parts[i].length;
      if (pos >= start) return this.parts[i][pos - start] ?? '';
      end = start;
    }
    return '';
  }

  reset(): void {
    this.parts = [];
    this.length = 0;
    this.last = '';
    this.segNodes = [];
    this.segNums = [];
    this.links = [];
    this.linkChars = 0;
  }
}
