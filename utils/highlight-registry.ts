/**
 * Draws findings with the CSS Custom Highlight API: one `Highlight` per category, registered in
 * `CSS.highlights` as `sourcelens-<category>`, plus `sourcelens-focus` (keyboard focus) and
 * `sourcelens-flash` (a jump from the popup). Nothing is added to the page's DOM.
 * The registry and the Highlight constructor are passed in, so tests can supply their own.
 */
import type { Category } from '../engine/types.ts';
import { FLASH_HIGHLIGHT, FOCUS_HIGHLIGHT, HIGHLIGHT_PREFIX } from './palettes.ts';

export interface HighlightLike {
  priority: number;
  readonly size: number;
  add(range: AbstractRange): unknown;
  has(range: AbstractRange): boolean;
}

/** The maplike part of `CSS.highlights` used here. */
export interface HighlightMap {
  get(name: string): unknown;
  set(name: string, highlight: never): unknown;
  delete(name: string): boolean;
  has(name: string): boolean;
}

export interface HighlightEnv {
  registry: HighlightMap;
  create(ranges: AbstractRange[]): HighlightLike;
}

/** The browser's Custom Highlight API, or null where it is missing (then use the element fallback). */
export function nativeHighlightEnv(scope: typeof globalThis = globalThis): HighlightEnv | null {
  const css = (scope as { CSS?: { highlights?: HighlightMap } }).CSS;
  const HighlightCtor = (scope as { Highlight?: new (...ranges: AbstractRange[]) => HighlightLike }).Highlight;
  if (!css?.highlights || typeof HighlightCtor !== 'function') return null;
  return { registry: css.highlights, create: (ranges) => new HighlightCtor(...ranges) };
}

/** Above the category highlights, so the focus ring shows over a finding's own colour. */
const FOCUS_PRIORITY = 10;
const FLASH_PRIORITY = 20;

export class HighlightRegistry {
  /** What this instance registered, by name, so it never deletes another instance's highlight. */
  private readonly owned = new Map<string, HighlightLike>();

  /**
   * `prefix` names the category highlights: `sourcelens-` for the findings, another prefix for a
   * second set drawn beside them (practice mode's marks).
   */
  constructor(
    private readonly env: HighlightEnv,
    private readonly prefix: string = HIGHLIGHT_PREFIX,
  ) {}

  /** Replaces the category highlights with these ranges; categories not given are removed. */
  show(rangesByCategory: ReadonlyMap<Category, readonly AbstractRange[]>): void {
    for (const [name] of this.owned) {
      if (name === FOCUS_HIGHLIGHT || name === FLASH_HIGHLIGHT) continue;
      const category = name.slice(this.prefix.length) as Category;
      if (!rangesByCategory.get(category)?.length) this.remove(name);
    }
    for (const [category, ranges] of rangesByCategory) {
      if (ranges.length) this.put(this.prefix + category, this.env.create([...ranges]), 0);
    }
  }

  /** Draws the focus ring around one range, or removes it (null). */
  setFocus(range: AbstractRange | null): void {
    if (range) this.put(FOCUS_HIGHLIGHT, this.env.create([range]), FOCUS_PRIORITY);
    else this.remove(FOCUS_HIGHLIGHT);
  }

  setFlash(range: AbstractRange | null): void {
    if (range) this.put(FLASH_HIGHLIGHT, this.env.create([range]), FLASH_PRIORITY);
    else this.remove(FLASH_HIGHLIGHT);
  }

  /** Names currently registered by this instance. */
  names(): string[] {
    return [...this.owned.keys()];
  }

  /** Removes everything this instance registered. */
  clear(): void {
    for (const name of [...this.owned.keys()]) this.remove(name);
  }

  private put(name: string, highlight: HighlightLike, priority: number): void {
    highlight.priority = priority;
    this.env.registry.set(name, highlight as never);
    this.owned.set(name, highlight);
  }

  private remove(name: string): void {
    const mine = this.owned.get(name);
    this.owned.delete(name);
    if (mine && this.env.registry.get(name) === mine) this.env.registry.delete(name);
  }
}
