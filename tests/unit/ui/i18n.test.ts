/**
 * The locale files against the code: every message key the code uses exists in English and in
 * Ukrainian, both files have the same keys, every key is used, and a message's `{slots}` are the
 * same in both languages (a translation that drops `{count}` would show a sentence without it).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatDate, PLURAL_FORMS, pluralForm, t, tn, uiLocale } from '../../../utils/i18n.ts';
import { LOCALES, useLocale } from './i18n-stub.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCES = ['entrypoints', 'components', 'utils'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(tsx?|html)$/.test(name) ? [path] : [];
  });
}

/** Every key the code names: `t('k')`, `msgKey('k')`, `tn('base', …)` (all its plural forms), `__MSG_k__`. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const paths = [...SOURCES.flatMap((d) => files(join(ROOT, d))), join(ROOT, 'wxt.config.ts')];
  for (const path of paths) {
    const code = readFileSync(path, 'utf8');
    const where = relative(ROOT, path);
    for (const m of code.matchAll(/\b(?:t|msgKey)\(\s*'([^']+)'/g)) used.set(m[1], where);
    for (const m of code.matchAll(/\btn\(\s*'([^']+)'/g)) for (const form of PLURAL_FORMS) used.set(`${m[1]}_${form}`, where);
    for (const m of code.matchAll(/__MSG_(\w+)__/g)) used.set(m[1], where);
    // A key passed around indirectly must still be spelled out where it is chosen.
    for (const m of code.matchAll(/\bt\(\s*([a-z]\w*\s*\?[^)]*)\)/g)) {
      for (const k of m[1].matchAll(/'([a-z_]+)'/g)) used.set(k[1], where);
    }
  }
  return used;
}

const slots = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  const used = usedKeys();
  const en = LOCALES.en;
  const uk = LOCALES.uk;

  it('the code uses a good number of keys (the scan works)', () => {
    expect(used.size).toBeGreaterThan(150);
    expect(used.get('practice_score')).toBe('utils/practice-words.ts');
    expect(used.get('name')).toBe('wxt.config.ts');
  });

  it.each(['en', 'uk'] as const)('every key used in the code exists in %s', (lang) => {
    const missing = [...used].filter(([key]) => !(key in LOCALES[lang])).map(([key, where]) => `${key} (${where})`);
    expect(missing).toEqual([]);
  });

  it('English and Ukrainian have the same keys', () => {
    expect(Object.keys(uk).sort()).toEqual(Object.keys(en).sort());
  });

  it('every key in the files is used by the code', () => {
    const unused = Object.keys(en).filter((key) => !used.has(key));
    expect(unused).toEqual([]);
  });

  it('every message is non-empty, has the same {slots} in both languages, and no $ (the browser\'s placeholder sign)', () => {
    for (const key of Object.keys(en)) {
      expect(en[key].message.trim(), key).not.toBe('');
      expect(uk[key].message.trim(), key).not.toBe('');
      expect(slots(uk[key].message), key).toEqual(slots(en[key].message));
      expect(`${en[key].message}${uk[key].message}`, key).not.toContain('$');
    }
  });

  it('plural messages come in every form, in both files', () => {
    const bases = new Set(Object.keys(en).filter((k) => k.endsWith('_one')).map((k) => k.slice(0, -4)));
    expect(bases.size).toBeGreaterThan(3);
    for (const base of bases) for (const form of PLURAL_FORMS) expect(Object.keys(uk), `${base}_${form}`).toContain(`${base}_${form}`);
  });

  it('each file names its own language', () => {
    expect(en.locale_code.message).toBe('en');
    expect(uk.locale_code.message).toBe('uk');
  });

  it('the manifest\'s name and description are messages, with English as the default locale', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).toContain("name: '__MSG_name__'");
    expect(config).toContain("description: '__MSG_description__'");
    expect(config).toContain("default_locale: 'en'");
  });
});

describe('t, tn and dates', () => {
  beforeEach(() => useLocale('en'));

  it('fills {slots} and leaves unknown ones visible', () => {
    expect(t('export_saved', { file: 'a.md' })).toBe('Saved a.md');
    expect(t('export_saved')).toBe('Saved {file}');
  });

  it('picks the plural form of the interface language', () => {
    expect(tn('practice_marks_count', 1)).toBe('1 phrase marked');
    expect(tn('practice_marks_count', 5)).toBe('5 phrases marked');
    useLocale('uk');
    expect(uiLocale()).toBe('uk');
    expect([1, 3, 5, 11, 21, 22].map((n) => tn('practice_marks_count', n))).toEqual([
      'Позначено 1 фразу',
      'Позначено 3 фрази',
      'Позначено 5 фраз',
      'Позначено 11 фраз',
      'Позначено 21 фразу',
      'Позначено 22 фрази',
    ]);
    expect(pluralForm(2, 'uk')).toBe('few');
  });

  it('formats a date for the interface language, and leaves a malformed one as it is', () => {
    expect(formatDate('2025-03-04T10:20:00.000Z', 'en')).toMatch(/2025/);
    expect(formatDate('2025-03-04T10:20:00.000Z', 'uk')).toMatch(/берез|бер\./);
    expect(formatDate('not a date')).toBe('not a date');
  });
});
