import { describe, expect, it } from 'vitest';
import { HighlightRegistry, nativeHighlightEnv, type HighlightEnv, type HighlightLike } from '../../../utils/highlight-registry.ts';

/** A stand-in for the browser's Highlight (`new Highlight(...ranges)`): a set of ranges with a priority. */
class FakeHighlight extends Set<AbstractRange> implements HighlightLike {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

function env(): HighlightEnv & { registry: Map<string, unknown> } {
  const registry = new Map<string, unknown>();
  return { registry, create: (ranges) => new FakeHighlight(...ranges) };
}

const range = (name: string) => ({ name }) as unknown as AbstractRange;

describe('HighlightRegistry', () => {
  it('registers one highlight per category, named sourcelens-<category>, holding exactly its ranges', () => {
    const e = env();
    const reg = new HighlightRegistry(e);
    const [a1, a2, s1] = [range('a1'), range('a2'), range('s1')];
    reg.show(new Map([['anonymous', [a1, a2]], ['secondhand', [s1]]]));
    expect([...e.registry.keys()].sort()).toEqual(['sourcelens-anonymous', 'sourcelens-secondhand']);
    expect([...(e.registry.get('sourcelens-anonymous') as FakeHighlight)]).toEqual([a1, a2]);
    expect([...(e.registry.get('sourcelens-secondhand') as FakeHighlight)]).toEqual([s1]);
  });

  it('a second registry with another prefix (practice marks) draws beside the findings and never touches them', () => {
    const e = env();
    const findings = new HighlightRegistry(e);
    const marks = new HighlightRegistry(e, 'sourcelens-practice-');
    findings.show(new Map([['anonymous', [range('f')]]]));
    marks.show(new Map([['anonymous', [range('m')]], ['hedge', [range('h')]]]));
    expect([...e.registry.keys()].sort()).toEqual(['sourcelens-anonymous', 'sourcelens-practice-anonymous', 'sourcelens-practice-hedge']);
    marks.show(new Map([['hedge', []]]));
    expect([...e.registry.keys()]).toEqual(['sourcelens-anonymous']);
    marks.clear();
    findings.show(new Map());
    expect([...e.registry.keys()]).toEqual([]);
  });

  it('removes a category that is no longer given or has no ranges', () => {
    const e = env();
    const reg = new HighlightRegistry(e);
    reg.show(new Map([['anonymous', [range('a')]], ['hedge', [range('h')]]]));
    reg.show(new Map([['hedge', [range('h2')]], ['anonymous', []]]));
    expect([...e.registry.keys()]).toEqual(['sourcelens-hedge']);
    expect(reg.names()).toEqual(['sourcelens-hedge']);
  });

  it('draws the focus ring above the category highlights and removes it on null', () => {
    const e = env();
    const reg = new HighlightRegistry(e);
    const r = range('r');
    reg.show(new Map([['hedge', [r]]]));
    reg.setFocus(r);
    const focus = e.registry.get('sourcelens-focus') as FakeHighlight;
    expect([...focus]).toEqual([r]);
    expect(focus.priority).toBeGreaterThan((e.registry.get('sourcelens-hedge') as FakeHighlight).priority);
    reg.setFocus(null);
    expect(e.registry.has('sourcelens-focus')).toBe(false);
  });

  it('clear() removes everything it registered, and nothing registered by someone else', () => {
    const e = env();
    const reg = new HighlightRegistry(e);
    reg.show(new Map([['anonymous', [range('a')]]]));
    reg.setFlash(range('f'));
    e.registry.set('page-own-highlight', new FakeHighlight());
    reg.clear();
    expect([...e.registry.keys()]).toEqual(['page-own-highlight']);
  });

  it('does not delete a highlight another instance has since put under the same name', () => {
    const e = env();
    const older = new HighlightRegistry(e);
    const newer = new HighlightRegistry(e);
    older.show(new Map([['anonymous', [range('old')]]]));
    newer.show(new Map([['anonymous', [range('new')]]]));
    older.clear();
    const kept = e.registry.get('sourcelens-anonymous') as FakeHighlight;
    expect([...kept].map((r) => (r as unknown as { name: string }).name)).toEqual(['new']);
  });
});

describe('nativeHighlightEnv', () => {
  it('is null where the Custom Highlight API is missing (then the element fallback is used)', () => {
    expect(nativeHighlightEnv({} as typeof globalThis)).toBeNull();
    expect(nativeHighlightEnv({ CSS: {} } as unknown as typeof globalThis)).toBeNull();
  });

  it('wraps CSS.highlights and the Highlight constructor where present', () => {
    const highlights = new Map();
    const scope = { CSS: { highlights }, Highlight: FakeHighlight } as unknown as typeof globalThis;
    const found = nativeHighlightEnv(scope)!;
    expect(found.registry).toBe(highlights);
    const h = found.create([range('x'), range('y')]);
    expect(h).toBeInstanceOf(FakeHighlight);
    expect(h.size).toBe(2);
  });
});
