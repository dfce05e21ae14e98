/**
 * A phrase from the article in the interface's quotation marks, the phrase itself marked with the
 * article's language: in the Ukrainian interface, «…» around English words a screen reader reads as
 * English.
 */
import { t } from '../utils/i18n.ts';

export function Quoted({ text, lang }: { text: string; lang?: string }) {
  const [before = '', after = ''] = t('quoted', { text: '\u0000' }).split('\u0000');
  return (
    <>
      {before}
      <span lang={lang}>{text}</span>
      {after}
    </>
  );
}
