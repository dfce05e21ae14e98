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
  nodeId?: number;
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

  /** Practice marks drawn on the page (`sourcelens-practice-<category>`), as "category: text". */
  async practiceMarks(): Promise<string[]> {
    return this.page.evaluate((cats) => {
      const out: string[] = [];
      for (const c of cats) {
        const h = CSS.highlights.get(`sourcelens-practice-${c}`) as unknown as Set<Range> | undefined;
        for (const r of h ?? []) out.push(`${c}: ${r.toString()}`);
      }
      return out.sort();
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

/**
 * Practice mode's toolbar on the page, in its closed shadow root: read and clicked over the
 * DevTools protocol, like the card (a closed root is out of reach of page scripts and locators).
 */
export class PracticeToolbar {
  private cdp: CDPSession | null = null;
  constructor(readonly page: Page) {}

  private async root(): Promise<(CdpNode & { nodeId: number }) | null> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = find(root, (n) => n.localName === 'sourcelens-practice');
    return (host?.shadowRoots?.[0] as (CdpNode & { nodeId: number }) | undefined) ?? null;
  }

  async present(): Promise<boolean> {
    return (await this.root()) !== null;
  }

  /** The toolbar's text, whitespace folded. */
  async text(): Promise<string> {
    const root = await this.root();
    return root ? textOf(root).replace(/\s+/g, ' ').trim() : '';
  }

  /** Clicks the toolbar button whose text contains `label`, with the mouse, where it is drawn. */
  async click(label: string): Promise<void> {
    const root = await this.root();
    const button = root && (find(root, (n) => n.localName === 'button' && textOf(n).includes(label)) as (CdpNode & { nodeId: number }) | null);
    if (!button) throw new Error(`No practice button "${label}"`);
    const { model } = (await this.cdp!.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content;
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }
}

/** Selects the first occurrence of `phrase` inside `within`, as a reader dragging over it would. */
export async function selectText(page: Page, phrase: string, within = 'article'): Promise<void> {
  const found = await page.evaluate(([p, w]) => {
    const article = document.querySelector(w) ?? document.body;
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(p);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + p.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, [phrase, within] as const);
  if (!found) throw new Error(`"${phrase}" is not in ${within}`);
}
