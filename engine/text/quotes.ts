/**
 * Direct quotations in a text. A group named inside someone's quote ("I think most people
 * believe…," Smith said) is the speaker's generalisation, not an anonymous source of the story
 * (taxonomy: "generic people in a quote from a named source"), so such findings are dropped.
 *
 * Curly quotes pair up as they open and close; straight double quotes toggle. A paragraph
 * break closes any quote left open, so one stray mark cannot swallow the rest of an article.
 */
import type { Span } from '../types.ts';

export function quotedRanges(text: string): Span[] {
  const ranges: Span[] = [];
  let open = -1;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      open = -1;
      continue;
    }
    if (c === 0x201c) {
      open = i;
      straight = false;
    } else if (c === 0x201d) {
      if (open >= 0 && !straight) ranges.push({ start: open, end: i + 1 });
      open = -1;
    } else if (c === 0x22) {
      if (open >= 0 && straight) {
        ranges.push({ start: open, end: i + 1 });
        open = -1;
      } else {
        open = i;
        straight = true;
      }
    }
  }
  return ranges;
}

/** Whether `span` lies wholly inside one of the sorted, non-overlapping `ranges`. */
export function insideAny(ranges: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo].start <= span.start && span.end <= ranges[lo].end;
}
