/**
 * Getting SourceLens into a tab on request (activeTab + scripting): if a content script already
 * answers there, it is reused; only otherwise is the runtime-registered file injected. This is
 * the first guard against annotating a page twice (the content script holds the second).
 */
import { sendToTab, type TabsMessenger } from './messages.ts';

/** The built content script (WXT writes `entrypoints/content/` here). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export async function isContentScriptAlive(tabs: TabsMessenger, tabId: number): Promise<boolean> {
  try {
    await sendToTab(tabs, tabId, 'ping', {});
    return true;
  } catch {
    return false;
  }
}

/** 'existing' when a content script already runs in the tab, 'injected' when we just added it. */
export async function ensureContentScript(
  apis: {
    tabs: TabsMessenger;
    /** Runs `CONTENT_SCRIPT_FILE` in the tab (`scripting.executeScript`). */
    inject: (tabId: number) => Promise<unknown>;
  },
  tabId: number,
): Promise<'existing' | 'injected'> {
  if (await isContentScriptAlive(apis.tabs, tabId)) return 'existing';
  await apis.inject(tabId);
  return 'injected';
}
