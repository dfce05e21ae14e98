/**
 * The background: the analysis of the articles content scripts find (the engine runs here, off
 * the page's main thread; see utils/analysis-service.ts), keyboard commands, the toolbar badge, the page styles where a content script
 * cannot adopt them, the registration behind "annotate automatically", and the history of audited
 * articles (it is the history's one writer). It keeps no state of its own that matters across
 * restarts: the badge is per tab, registrations are re-synced on start, the history is in storage.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from 'wxt/utils/storage';
import { prepareEngine } from '../engine/index.ts';
import { answerAnalysis, answerOutlets, IdleWarmUp } from '../utils/background-analysis.ts';
import { effectivePatterns, syncAutoScript, type AutoScriptingApi } from '../utils/auto-annotate.ts';
import { clearHistory, recordAudit, removeFromHistory } from '../utils/history.ts';
import { CONTENT_SCRIPT_FILE, ensureContentScript } from '../utils/injection.ts';
import { BACKGROUND_REQUESTS, createListener, sendToTab, type BackgroundProtocol } from '../utils/messages.ts';
import { clearNotes, removeNotes } from '../utils/notes.ts';
import { autoSitesItem, normalizeAutoSites } from '../utils/settings.ts';
import { badgeText, type TabState } from '../utils/tab-state.ts';

type Sender = { tab?: { id?: number } };

const BADGE_COLOUR = '#4b2fbf';

/**
 * How long after starting the background begins its warm-up if nothing asks for anything: long
 * enough for the message that woke it, if one did, to arrive first and push the warm-up back.
 */
const STARTUP_WARM_UP_DELAY_MS = 50;

async function showBadge(tabId: number, state: TabState): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: badgeText(state) });
  if (state.kind === 'annotated') await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
}

/** The CSS each tab received through insertCSS, so it can be removed exactly (the worker may restart). */
function cssKey(tabId: number): `session:${string}` {
  return `session:pageCss:${tabId}`;
}

async function setPageCss(tabId: number, css: string): Promise<void> {
  const previous = await storage.getItem<string>(cssKey(tabId));
  if (previous) await browser.scripting.removeCSS({ target: { tabId }, css: previous }).catch(() => undefined);
  if (css) await browser.scripting.insertCSS({ target: { tabId }, css });
  await (css ? storage.setItem(cssKey(tabId), css) : storage.removeItem(cssKey(tabId)));
}

function inject(tabId: number): Promise<unknown> {
  return browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}

async function activeTabId(tab?: { id?: number }): Promise<number | null> {
  if (tab?.id !== undefined) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

async function onCommand(command: string, tab?: { id?: number }): Promise<void> {
  const tabId = await activeTabId(tab);
  if (tabId === null) return;
  const how = await ensureContentScript({ tabs: browser.tabs, inject }, tabId);
  if (command === 'toggle-annotations') {
    // A fresh injection annotates by itself; otherwise the command flips the tab on or off.
    if (how === 'injected') return;
    const state = await sendToTab(browser.tabs, tabId, 'get-state', {});
    await sendToTab(browser.tabs, tabId, state.kind === 'off' ? 'activate' : 'deactivate', {});
  } else if (command === 'next-finding' || command === 'previous-finding') {
    await sendToTab(browser.tabs, tabId, 'step', { direction: command === 'next-finding' ? 1 : -1 });
  }
}

async function syncAutoAnnotation(): Promise<void> {
  const [chosen, granted] = await Promise.all([autoSitesItem.getValue(), browser.permissions.getAll()]);
  const patterns = effectivePatterns(normalizeAutoSites(chosen).patterns, granted.origins ?? []);
  await syncAutoScript(browser.scripting as unknown as AutoScriptingApi, patterns);
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(
    createListener<BackgroundProtocol, Sender>(BACKGROUND_REQUESTS, {
      'outlet-names': ({ queries }) => {
        const answer = answerOutlets(queries);
        // The page asks for its analysis next, once it has read its DOM: compile the rules
        // meanwhile rather than after that request arrives (at once if they already are).
        setTimeout(prepareEngine, 0);
        return answer;
      },
      analyse: ({ request }) => {
        // Visible in the service worker's performance tools (and read by the browser benchmark).
        const start = performance.now();
        try {
          return answerAnalysis(request);
        } finally {
          performance.measure('sourcelens:analyse', { start, end: performance.now() });
        }
      },
      'state-changed': async ({ state }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) await showBadge(tabId, state);
        return null;
      },
      'page-css': async ({ css }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) await setPageCss(tabId, css);
        return null;
      },
      'history-add': async ({ entry }) => {
        await recordAudit(entry);
        return null;
      },
      // Deleting an article from the history deletes the student's notes on it too.
      'history-remove': async ({ ids }) => {
        await Promise.all([removeFromHistory(ids), removeNotes(ids)]);
        return null;
      },
      'history-clear': async () => {
        await Promise.all([clearHistory(), clearNotes()]);
        return null;
      },
      'open-practice-results': async (_request, sender) => {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) await browser.tabs.create({ url: browser.runtime.getURL(`/practice.html?tab=${tabId}`) });
        return null;
      },
    }),
  );

  browser.commands.onCommand.addListener((command, tab) => {
    onCommand(command, tab).catch((error: unknown) => console.warn(`SourceLens: command ${command} failed`, error));
  });

  const resync = () => {
    syncAutoAnnotation().catch((error: unknown) => console.warn('SourceLens: could not update automatic sites', error));
  };
  autoSitesItem.watch(resync);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  resync();

  // Compile the engine while the background is idle, not when it starts: a page's request that
  // started it is answered first, and each request before the warm-up begins pushes it back
  // (after that, a request waits for one slice at most). Started by the browser instead, with no
  // request, it begins at once, before the first pages ask.
  const warmUp = new IdleWarmUp();
  browser.runtime.onMessage.addListener(() => {
    warmUp.postpone();
  });
  warmUp.postpone(STARTUP_WARM_UP_DELAY_MS);
});
