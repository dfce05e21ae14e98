/**
 * The content script's answers to the popup and the background (the `ContentProtocol`), wired to
 * one tab's SourceLens. The listener goes when the context does (update, re-injection).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CONTENT_REQUESTS, createListener, type AuditSnapshot, type ContentProtocol, type PracticeAction, type PracticeSnapshot } from '../../utils/messages.ts';
import type { FindingRef, TabState } from '../../utils/tab-state.ts';
import type { StepSource } from './navigation.ts';

/** What a tab's SourceLens does for each request. */
export interface RequestTarget {
  state(): TabState;
  activate(): Promise<TabState>;
  deactivate(): Promise<TabState>;
  reveal(ref: FindingRef): Promise<boolean>;
  step(direction: 1 | -1, source: StepSource): Promise<FindingRef | null>;
  audit(): Promise<AuditSnapshot | null>;
  practice(action: PracticeAction): Promise<TabState>;
  practiceSnapshot(): PracticeSnapshot | null;
}

export function answerRequests(ctx: ContentScriptContext, target: RequestTarget): void {
  const listener = createListener<ContentProtocol, unknown>(CONTENT_REQUESTS, {
    ping: () => ({ url: location.href }),
    'get-state': () => target.state(),
    activate: () => target.activate(),
    deactivate: () => target.deactivate(),
    reveal: (ref) => target.reveal(ref),
    step: ({ direction }) => target.step(direction, 'message'),
    'get-audit': () => target.audit(),
    practice: ({ action }) => target.practice(action),
    'get-practice': () => target.practiceSnapshot(),
  });
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
