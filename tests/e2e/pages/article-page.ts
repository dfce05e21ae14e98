/**
 * A test page in the browser, as SourceLens leaves it: its highlights (read from
 * `CSS.highlights`, which the page's own world shares with the extension's), the card in its
 * closed shadow root (read over the DevTools protocol, which can see closed roots), and the keys.
 */
import type { CDPSession, Page } from '@playwright/test';

export interface PageHighlight {
  category: string;
  text: string;
  /** Whether the range lies inside the page's sidebar (`aside`). */
  inAside: boolean;
  /** Whether the range lies inside the article element. */
  inArticle: boolean;
  rect: { x: number; y: number; width: number; height: number } | null;
}

export interface CardContent {
  present: boolean;
  open: boolean;
  text: string;
}

const CATEGORIES = ['anonymous', 'secondhand', 'hedge', 'named'];

interface CdpNode {
  nodeName: string;
  localName?: string;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

export class ArticlePage {
  private cdp: CDPSession | null = null;
  constructor(readonly page: Page) {}

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }

  /** Waits until SourceLens has registered at least one category highlight. */
  async waitForHighlights(): Promise<void> {
    await this.page.waitForFunction(
      (cats) => cats.some((c) => (CSS.highlights.get(`sourcelens-${c}`)?.size ?? 0) > 0),
      CATEGORIES,
    );
  }

  /** Names of every `sourcelens-*` highlight registered. */
  async highlightNames(): Promise<string[]> {
    return this.page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('sourcelens-')).sort());
  }

  async highlights(): Promise<PageHighlight[]> {
    return this.page.evaluate((cats) => {
      const out: PageHighlight[] = [];
      const aside = document.querySelector('aside');
      const article = document.querySelector('article');
      for (const category of cats) {
        const highlight = CSS.highlights.get(`sourcelens-${category}`);
        if (!highlight) continue;
        for (const range of highlight as unknown as Iterable<Range>) {
          const node = range.commonAncestorContainer;
          const r = range.getClientRects()[0];
          out.push({
            category,
            text: range.toString(),
            inAside: !!aside?.contains(node),
            inArticle: !!article?.contains(node),
            rect: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
          });
        }
      }
      return out;
    }, CATEGORIES);
  }

  /** The text of the range in the `sourcelens-focus` highlight, or null. */
  async focusedText(): Promise<string | null> {
    return this.page.evaluate(() => {
      const h = CSS.highlights.get('sourcelens-focus') as unknown as Set<Range> | undefined;
      const first = h ? [...h][0] : undefined;
      return first ? first.toString() : null;
    });
  }

  async hover(highlight: PageHighlight): Promise<void> {
    if (!highlight.rect) throw new Error(`"${highlight.text}" has no box on the page`);
    await this.page.mouse.move(0, 0);
    const { x, y, width, height } = highlight.rect;
    await this.page.mouse.move(x + Math.min(width / 2, 20), y + height / 2, { steps: 4 });
  }

  async pressNext(): Promise<void> {
    await this.page.keyboard.press('Alt+Shift+KeyN');
  }

  async pressEscape(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  /** The card host and the text inside its closed shadow root. */
  async card(): Promise<CardContent> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = find(root, (n) => n.localName === 'sourcelens-card');
    if (!host) return { present: false, open: false, text: '' };
    const shadow = host.shadowRoots?.[0];
    const frame = shadow && find(shadow, (n) => n.localName === 'div' && attr(n, 'class') === 'frame');
    const open = !!frame && attr(frame, 'hidden') === null;
    return { present: true, open, text: frame ? textOf(frame).replace(/\s+/g, ' ').trim() : '' };
  }

  async outerHTML(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.outerHTML);
  }
}

function attr(node: CdpNode, name: string): string | null {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return null;
}

function find(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | null {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return null;
}

function textOf(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.localName === 'style') return '';
  return (node.children ?? []).map(textOf).join(' ');
}
