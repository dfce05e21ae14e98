/**
 * Interface strings through the browser's i18n (`public/_locales/<lang>/messages.json`).
 * Messages hold `{name}` slots that `t()` fills itself: the browser's own `$1`/placeholder scheme
 * would need a `placeholders` block per message in every locale, and a slot name says more to a
 * translator than `$1`. Counts pick a plural form with `Intl.PluralRules` for the locale whose file
 * is in use (Ukrainian has one/few/many; every locale file carries all four forms).
 *
 * Engine explanations, the media-literacy questions and report contents stay in English; only the
 * interface around them is translated.
 */
import { browser } from 'wxt/browser';
import type enMessages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof enMessages;
export type Vars = Record<string, string | number>;

type PluralBase<K> = K extends `${infer B}_one` ? B : never;
/** Keys that come in `_one`, `_few`, `_many` and `_other` forms. */
export type PluralKey = PluralBase<MessageKey>;

export const PLURAL_FORMS = ['one', 'few', 'many', 'other'] as const;

/** Identity: marks a string as a message key where it is not passed to `t()` at once (maps, props). */
export function msgKey<K extends MessageKey>(key: K): K {
  return key;
}

function raw(key: string): string {
  try {
    return browser.i18n.getMessage(key as MessageKey) || '';
  } catch {
    // No i18n API (a test without messages): show the key, so a missing message is visible.
    return '';
  }
}

export function fill(message: string, vars: Vars = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The message for `key` in the browser's language, its `{slots}` filled from `vars`. */
export function t(key: MessageKey, vars?: Vars): string {
  return fill(raw(key) || key, vars);
}

/** The BCP 47 code of the locale file in use ("en", "uk"), for `lang` attributes and number rules. */
export function uiLocale(): string {
  const code = t('locale_code');
  return /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(code) ? code : 'en';
}

/** The plural form of `n` in the interface's language. */
export function pluralForm(n: number, locale = uiLocale()): (typeof PLURAL_FORMS)[number] {
  const form = new Intl.PluralRules(locale).select(n);
  return (PLURAL_FORMS as readonly string[]).includes(form) ? (form as (typeof PLURAL_FORMS)[number]) : 'other';
}

/** The form of `base` that suits `n` (`{count}` is filled with `n`, plus any other `vars`). */
export function tn(base: PluralKey, n: number, vars: Vars = {}): string {
  return t(`${base}_${pluralForm(n)}` as MessageKey, { count: n, ...vars });
}

/** A date and time in the interface's language ("29 Nov 2025, 13:40"); the ISO text if unreadable. */
export function formatDate(iso: string, locale = uiLocale()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Sets the page's language to the interface's, so screen readers pronounce it right. */
export function applyDocumentLanguage(doc: Document = document): void {
  doc.documentElement.lang = uiLocale();
}

/** A `lang` attribute value for page text in `code`'s language, or undefined when it is unknown. */
export function contentLang(code: string | null | undefined): string | undefined {
  return code && code !== 'und' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(code) ? code : undefined;
}
