import { describe, expect, it, vi } from 'vitest';
import { AUTO_SCRIPT_ID, effectivePatterns, patternFromInput, sitePattern, syncAutoScript } from '../../../utils/auto-annotate.ts';
import { rangeIndexAtPoint, type HitRange } from '../../../utils/hit-test.ts';
import { ensureContentScript } from '../../../utils/injection.ts';
import { ok } from '../../../utils/messages.ts';
import { luminance, parseRgb, themeOf } from '../../../utils/page-theme.ts';
import { isPermissionError, restrictionReason } from '../../../utils/restricted-pages.ts';

describe('restricted pages', () => {
  it.each([
    'chrome://extensions/',
    'chrome-extension://abc/popup.html',
    'about:addons',
    'moz-extension://x/options.html',
    'view-source:https://example.org/',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/',
  ])('%s is not allowed', (url) => {
    expect(restrictionReason(url)).not.toBeNull();
  });

  it.each(['https://www.pravda.com.ua/eng/news/', 'http://127.0.0.1:8080/a.html', 'https://chrome.google.com/search', undefined])(
    '%s is allowed',
    (url) => {
      expect(restrictionReason(url)).toBeNull();
    },
  );

  it('recognises the browsers\' "cannot script this page" errors', () => {
    expect(isPermissionError('Cannot access a chrome:// URL')).toBe(true);
    expect(isPermissionError('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).toBe(true);
    expect(isPermissionError('The extensions gallery cannot be scripted.')).toBe(true);
    expect(isPermissionError('Could not load file: content.js')).toBe(false);
  });
});

describe('automatic sites', () => {
  it('runs only on chosen sites whose permission is granted', () => {
    expect(effectivePatterns(['*://a.org/*', '*://b.org/*'], ['*://a.org/*'])).toEqual(['*://a.org/*']);
    expect(effectivePatterns(['*://a.org/*'], ['*://*/*'])).toEqual(['*://a.org/*']);
    expect(effectivePatterns([], ['*://*/*'])).toEqual([]);
  });

  it.each([
    ['www.example.org', '*://www.example.org/*'],
    ['https://news.example.org/2024/story?id=1', '*://news.example.org/*'],
    ['  example.org  ', '*://example.org/*'],
    ['localhost', '*://localhost/*'],
    ['news', null],
    ['ftp://example.org', null],
    ['two words.org', null],
  ])('patternFromInput(%j) is %s', (input, pattern) => {
    expect(patternFromInput(input)).toBe(pattern);
  });

  it('sitePattern covers http and https of the page host only', () => {
    expect(sitePattern('https://www.ft.com/content/x')).toBe('*://www.ft.com/*');
    expect(sitePattern('chrome://newtab')).toBeNull();
  });

  function fakeScripting(existing: string[] | null) {
    const registered = existing ? [{ id: AUTO_SCRIPT_ID, matches: existing }] : [];
    return {
      getRegisteredContentScripts: vi.fn(async () => registered),
      registerContentScripts: vi.fn(async () => undefined),
      unregisterContentScripts: vi.fn(async () => undefined),
    };
  }

  it('registers the content script for the effective sites, replacing an outdated registration', async () => {
    const s = fakeScripting(['*://old.org/*']);
    expect(await syncAutoScript(s, ['*://a.org/*'])).toBe('registered');
    expect(s.unregisterContentScripts).toHaveBeenCalledWith({ ids: [AUTO_SCRIPT_ID] });
    expect(s.registerContentScripts).toHaveBeenCalledWith([
      expect.objectContaining({ id: AUTO_SCRIPT_ID, matches: ['*://a.org/*'], js: ['/content-scripts/content.js'] }),
    ]);
  });

  it('leaves a matching registration alone and unregisters when no site is left', async () => {
    const same = fakeScripting(['*://a.org/*']);
    expect(await syncAutoScript(same, ['*://a.org/*'])).toBe('unchanged');
    expect(same.registerContentScripts).not.toHaveBeenCalled();
    const none = fakeScripting(['*://a.org/*']);
    expect(await syncAutoScript(none, [])).toBe('unregistered');
    expect(none.registerContentScripts).not.toHaveBeenCalled();
  });
});

describe('injection', () => {
  it('reuses a content script that answers, and injects only when none does', async () => {
    const alive = { tabs: { sendMessage: vi.fn(async () => ok({ url: 'x' })) }, inject: vi.fn(async () => undefined) };
    expect(await ensureContentScript(alive, 3)).toBe('existing');
    expect(alive.inject).not.toHaveBeenCalled();

    const absent = {
      tabs: { sendMessage: vi.fn(async () => Promise.reject(new Error('Receiving end does not exist'))) },
      inject: vi.fn(async () => undefined),
    };
    expect(await ensureContentScript(absent, 3)).toBe('injected');
    expect(absent.inject).toHaveBeenCalledWith(3);
  });
});

describe('hit testing', () => {
  const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom }) as DOMRectReadOnly;
  const fake = (rects: DOMRectReadOnly[], contains: boolean): HitRange => ({
    isPointInRange: () => contains,
    getClientRects: () => rects as unknown as DOMRectList,
  });

  it('finds the range whose box holds the point among those holding the caret', () => {
    const ranges = [fake([rect(0, 0, 50, 20)], false), fake([rect(60, 0, 120, 20)], true)];
    expect(rangeIndexAtPoint(ranges, 70, 10, { node: {} as Node, offset: 0 })).toBe(1);
  });

  it('rejects a caret snapped to a range when the pointer is beside its text', () => {
    const ranges = [fake([rect(60, 0, 120, 20)], true)];
    expect(rangeIndexAtPoint(ranges, 300, 10, { node: {} as Node, offset: 0 })).toBe(-1);
  });

  it('without a caret, measures every range', () => {
    const ranges = [null, fake([rect(0, 30, 40, 50)], false)];
    expect(rangeIndexAtPoint(ranges, 20, 40, null)).toBe(1);
  });

  it('a wrapped phrase is hit on either of its lines', () => {
    const ranges = [fake([rect(300, 0, 400, 20), rect(0, 20, 80, 40)], true)];
    expect(rangeIndexAtPoint(ranges, 40, 30, { node: {} as Node, offset: 0 })).toBe(0);
  });
});

describe('page theme', () => {
  it('parses computed colours', () => {
    expect(parseRgb('rgb(17, 17, 17)')).toEqual({ r: 17, g: 17, b: 17, a: 1 });
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseRgb('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseRgb('transparent')).toBeNull();
    expect(luminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1);
  });

  function chain(backgrounds: string[]): Element {
    let el: Element | null = null;
    const elements = backgrounds.map((bg) => ({ bg, parentElement: null as Element | null }));
    for (let i = 0; i < elements.length - 1; i++) elements[i].parentElement = elements[i + 1] as unknown as Element;
    el = elements[0] as unknown as Element;
    return el;
  }
  const view = { getComputedStyle: (el: Element) => ({ backgroundColor: (el as unknown as { bg: string }).bg }) } as unknown as Window;

  it('takes the first ancestor with a solid background', () => {
    expect(themeOf(chain(['rgba(0, 0, 0, 0)', 'rgb(18, 18, 18)', 'rgb(255, 255, 255)']), view)).toBe('dark');
    expect(themeOf(chain(['rgba(0, 0, 0, 0)', 'rgb(250, 250, 245)']), view)).toBe('light');
  });

  it('is light when nothing sets a background', () => {
    expect(themeOf(chain(['rgba(0, 0, 0, 0)']), view)).toBe('light');
  });
});
