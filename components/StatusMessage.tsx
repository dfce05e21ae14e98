/**
 * The popup's non-report states, each in plain words: what happened and what the reader can do.
 */
import { t, uiLocale } from '../utils/i18n.ts';
import type { TabState } from '../utils/tab-state.ts';

/** A language's name in the interface's language ("German", "німецька"). */
export function languageName(code: string, locale = uiLocale()): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export interface StatusMessageProps {
  state: Exclude<TabState, { kind: 'annotated' }>;
  onRetry: () => void;
}

export function StatusMessage({ state, onRetry }: StatusMessageProps) {
  switch (state.kind) {
    case 'inactive':
    case 'working':
      return (
        <div class="status" role="status" data-state={state.kind}>
          <p>{t('status_working')}</p>
        </div>
      );
    case 'off':
      return (
        <div class="status" role="status" data-state="off">
          <h2>{t('status_off_heading')}</h2>
          <p>{t('status_off_text')}</p>
        </div>
      );
    case 'not-allowed':
      return (
        <div class="status" role="status" data-state="not-allowed">
          <h2>{t('status_not_allowed_heading')}</h2>
          <p>{state.reason}</p>
        </div>
      );
    case 'no-article':
      return (
        <div class="status" role="status" data-state="no-article">
          <h2>{t('status_no_article_heading')}</h2>
          {/* The article finder's reason is in English, like the engine's explanations. */}
          {state.reason ? <p lang="en">{state.reason}</p> : <p>{t('status_no_article_text')}</p>}
        </div>
      );
    case 'unsupported-language':
      return (
        <div class="status" role="status" data-state="unsupported-language">
          <h2>{t('status_language_heading')}</h2>
          <p>{t('status_language_text', { language: languageName(state.language) })}</p>
        </div>
      );
    case 'error':
      return (
        <div class="status" role="alert" data-state="error">
          <h2>{t('status_error_heading')}</h2>
          <p>{t('status_error_text', { message: state.message })}</p>
          <button type="button" onClick={onRetry}>
            {t('status_retry')}
          </button>
        </div>
      );
  }
}
