/** Builds a FoundArticle from chosen blocks: joins the text and shifts segments and links into it. */
import type { Block } from './dom-walk.ts';
import type { FoundArticle, TextSegment } from './types.ts';

function resolveHref(href: string, base: string | null): string {
  // Most links in articles are absolute already; URL parsing is the costliest step here.
  if (/^https?:\/\/[^\s]*$/i.test(href)) return href;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return href;
  }
}

export function assembleArticle(
  blocks: Block[],
  titleBlock: number,
  fallbackTitle: string,
  bodyBlocks: number[],
  root: Element,
  baseUrl: string | null,
): FoundArticle {
  const segments: TextSegment[] = [];
  const links: FoundArticle['links'] = [];
  const add = (b: Block, at: number): void => {
    const nums = b.segNums;
    for (let i = 0; i < b.segNodes.length; i++) {
      segments.push({ start: nums[3 * i] + at, end: nums[3 * i + 1] + at, node: b.segNodes[i], offset: nums[3 * i + 2] });
    }
    for (const l of b.links) {
      if (/^\s*(javascript|mailto|tel):/i.test(l.href) || l.href.trim() === '' || l.href.trim().startsWith('#')) continue;
      links.push({ start: l.start + at, end: l.end + at, href: resolveHref(l.href.trim(), baseUrl) });
    }
  };
  let title = fallbackTitle;
  if (titleBlock >= 0) {
    title = blocks[titleBlock].text;
    add(blocks[titleBlock], 0);
  }
  const parts: string[] = [];
  let at = title.length + 2;
  for (const i of bodyBlocks) {
    const b = blocks[i];
    if (parts.length) at += 2;
    add(b, at);
    parts.push(b.text);
    at += b.text.length;
  }
  const body = parts.join('\n\n');
  return { title, body, text: `${title}\n\n${body}`, segments, links, root };
}
