/**
 * The browser's i18n for unit tests: WXT's fake browser has no `i18n.getMessage`, so this answers
 * from the real locale files, the way the browser does for a message without placeholders.
 */
import { fakeBrowser } from 'wxt/testing';
import en from '../../../public/_locales/en/messages.json';
import uk from '../../../public/_locales/uk/messages.json';

export type LocaleFile = Record<string, { message: string; description?: string }>;
export const LOCALES: Record<'en' | 'uk', LocaleFile> = { en, uk };

/** Makes `browser.i18n.getMessage` read `lang`'s messages ('' for a missing key, as browsers do). */
export function useLocale(lang: keyof typeof LOCALES): void {
  const messages = LOCALES[lang];
  (fakeBrowser.i18n as { getMessage: (key: string) => string }).getMessage = (key: string) => messages[key]?.message ?? '';
}
