/**
 * The popup's non-report states, each in plain words: what happened and what the reader can do.
 */
import type { TabState } from '../utils/tab-state.ts';

export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
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
          <p>Reading the page…</p>
        </div>
      );
    case 'off':
      return (
        <div class="status" role="status" data-state="off">
          <h2>SourceLens is off for this tab</h2>
          <p>Switch it on above to highlight the sourcing again.</p>
        </div>
      );
    case 'not-allowed':
      return (
        <div class="status" role="status" data-state="not-allowed">
          <h2>This page is not allowed</h2>
          <p>{state.reason}</p>
        </div>
      );
    case 'no-article':
      return (
        <div class="status" role="status" data-state="no-article">
          <h2>No article on this page</h2>
          <p>{state.reason || 'SourceLens looks for a news story or article and did not find one here.'}</p>
        </div>
      );
    case 'unsupported-language':
      return (
        <div class="status" role="status" data-state="unsupported-language">
          <h2>Language not supported yet</h2>
          <p>
            This article appears to be in {languageName(state.language)}. SourceLens reads English for now, so it
            highlights nothing rather than guess.
          </p>
        </div>
      );
    case 'error':
      return (
        <div class="status" role="alert" data-state="error">
          <h2>Something went wrong</h2>
          <p>SourceLens could not analyse this page: {state.message}</p>
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
  }
}
