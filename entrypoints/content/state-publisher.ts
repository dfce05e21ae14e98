/**
 * The tab's state as the popup and the badge see it. Every published change goes to the
 * background, which sets the badge and passes it on to an open popup; a missing listener (no
 * popup, a restarting worker) is not an error.
 */
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../utils/messages.ts';
import type { TabState } from '../../utils/tab-state.ts';
import { timed } from '../../utils/yield-to-page.ts';

export class StatePublisher {
  state: TabState = { kind: 'working' };

  /** `live`: whether this content script may still talk to the extension. */
  constructor(private readonly live: () => boolean) {}

  set(state: TabState): void {
    this.state = state;
    this.publish();
  }

  publish(): void {
    if (!this.live()) return;
    // Sending copies the state synchronously: the badge needs only the counts, so the analyses
    // stay here, and an open popup asks for them (`get-state`).
    const state = this.state;
    const partial = state.kind === 'annotated' && state.report.articles.length > 0;
    const light: TabState = partial ? { kind: 'annotated', report: { ...state.report, articles: [] } } : state;
    timed('publish', () => sendToBackground(browser.runtime, 'state-changed', { state: light, partial })).catch(() => undefined);
  }
}
