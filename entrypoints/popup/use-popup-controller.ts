/**
 * The popup's state and actions: which tab, getting SourceLens into it, following its state,
 * and the settings. The view (components/PopupView) only renders what this returns.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { AutoSiteChoice, PopupViewProps } from '../../components/PopupView.tsx';
import type { Category } from '../../engine/types.ts';
import type { AuditNotes } from '../../report/context.ts';
import { ALL_SITES, sitePattern } from '../../utils/auto-annotate.ts';
import { downloadFile, exportFile, reportContext, type ExportFormat } from '../../utils/exports.ts';
import { t } from '../../utils/i18n.ts';
import { CONTENT_SCRIPT_FILE, ensureContentScript } from '../../utils/injection.ts';
import {
  errorMessage,
  isRequest,
  sendToTab,
  type BackgroundProtocol,
  type PracticeAction,
} from '../../utils/messages.ts';
import { emptyNotes, getNotes, setArticleNote, setFindingNote, watchNotes } from '../../utils/notes.ts';
import { isPermissionError, restrictionReason } from '../../utils/restricted-pages.ts';
import {
  autoSitesItem,
  categoriesItem,
  defaultSettings,
  loadSettings,
  watchSettings,
  type Settings,
} from '../../utils/settings.ts';
import type { FindingRef, TabState } from '../../utils/tab-state.ts';

const apis = {
  tabs: browser.tabs,
  inject: (tabId: number) => browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] }),
};

/** `?tab=<id>` shows a given tab (the popup opened as a page, as the e2e tests do). */
async function targetTab(): Promise<browser.Tabs.Tab | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return browser.tabs.get(Number(param));
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}

async function autoSiteChoice(url: string | undefined, settings: Settings): Promise<AutoSiteChoice | null> {
  const pattern = sitePattern(url);
  if (!pattern || !url) return null;
  const chosen = settings.autoSites.patterns;
  const enabled =
    (chosen.includes(pattern) && (await browser.permissions.contains({ origins: [pattern] }))) ||
    (chosen.includes(ALL_SITES) && (await browser.permissions.contains({ origins: [ALL_SITES] })));
  return { pattern, host: new URL(url).hostname, enabled };
}

export function usePopupController(): PopupViewProps {
  const [tab, setTab] = useState<browser.Tabs.Tab | null>(null);
  const [state, setState] = useState<TabState>({ kind: 'inactive' });
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [autoSite, setAutoSite] = useState<AutoSiteChoice | null>(null);
  const [notes, setNotes] = useState<AuditNotes>(emptyNotes());
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const tabId = tab?.id ?? null;
  // Notes belong to the page the content script read (its own address, which the popup may not see).
  const pageUrl = state.kind === 'annotated' ? state.report.url : null;
  const tabIdRef = useRef<number | null>(null);

  const connect = useCallback(async (tb: browser.Tabs.Tab) => {
    const blocked = restrictionReason(tb.url);
    if (blocked) return setState({ kind: 'not-allowed', reason: blocked });
    try {
      await ensureContentScript(apis, tb.id!);
      setState(await sendToTab(browser.tabs, tb.id!, 'get-state', {}));
    } catch (error) {
      const message = errorMessage(error);
      setState(
        isPermissionError(message)
          ? { kind: 'not-allowed', reason: t('restricted_not_allowed') }
          : { kind: 'error', message },
      );
    }
  }, []);

  useEffect(() => {
    let live = true;
    const unwatch = watchSettings((s) => live && setSettings(s));
    const onMessage = (message: unknown, sender: browser.Runtime.MessageSender) => {
      // Observe only: the background answers these.
      if (!isRequest<BackgroundProtocol>(message, ['state-changed'])) return undefined;
      if (message.type === 'state-changed' && sender.tab?.id !== undefined && sender.tab.id === tabIdRef.current) {
        if (!message.partial) setState(message.state);
        // The analyses were left out of the notice: ask the tab for its whole state.
        else sendToTab(browser.tabs, sender.tab.id, 'get-state', {}).then((full) => live && setState(full), () => undefined);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    (async () => {
      const s = await loadSettings();
      if (!live) return;
      setSettings(s);
      const tb = await targetTab();
      if (!live) return;
      if (!tb?.id) return setState({ kind: 'not-allowed', reason: t('restricted_no_page') });
      tabIdRef.current = tb.id;
      setTab(tb);
      await connect(tb);
    })().catch((error: unknown) => live && setState({ kind: 'error', message: errorMessage(error) }));
    return () => {
      live = false;
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [connect]);

  useEffect(() => {
    let live = true;
    autoSiteChoice(tab?.url, settings).then((c) => live && setAutoSite(c), () => undefined);
    return () => {
      live = false;
    };
  }, [tab, settings]);

  const onToggleTab = useCallback(
    (on: boolean) => {
      if (tabId === null) return;
      const run = async () => {
        if (on) {
          setState({ kind: 'working' });
          await ensureContentScript(apis, tabId);
        }
        setState(await sendToTab(browser.tabs, tabId, on ? 'activate' : 'deactivate', {}));
      };
      run().catch((error: unknown) => setState({ kind: 'error', message: errorMessage(error) }));
    },
    [tabId],
  );

  const onToggleCategory = useCallback(
    (category: Category, visible: boolean) => {
      void categoriesItem.setValue({ ...settings.categories, [category]: visible });
    },
    [settings.categories],
  );

  const onToggleAutoSite = useCallback(
    (enabled: boolean) => {
      if (!autoSite) return;
      const { pattern } = autoSite;
      const patterns = settings.autoSites.patterns;
      if (enabled) {
        // The permission prompt must open straight from the click, before any await.
        const request = browser.permissions.request({ origins: [pattern] });
        void autoSitesItem.setValue({ patterns: [...new Set([...patterns, pattern])] });
        request
          .then((granted) => {
            if (!granted) return autoSitesItem.setValue({ patterns: patterns.filter((p) => p !== pattern) });
          })
          .catch(() => undefined);
      } else {
        void autoSitesItem.setValue({ patterns: patterns.filter((p) => p !== pattern) });
        void browser.permissions.remove({ origins: [pattern] }).catch(() => undefined);
      }
    },
    [autoSite, settings.autoSites],
  );

  useEffect(() => {
    if (!pageUrl) return;
    let live = true;
    getNotes(pageUrl).then((n) => live && setNotes(n), () => undefined);
    const unwatch = watchNotes(pageUrl, (n) => live && setNotes(n));
    return () => {
      live = false;
      unwatch();
    };
  }, [pageUrl]);

  const onArticleNote = useCallback(
    (note: string) => {
      if (pageUrl) setArticleNote(pageUrl, note).catch((error: unknown) => setExportMessage(errorMessage(error)));
    },
    [pageUrl],
  );

  const onFindingNote = useCallback(
    (key: string, note: string) => {
      if (pageUrl) setFindingNote(pageUrl, key, note).catch((error: unknown) => setExportMessage(errorMessage(error)));
    },
    [pageUrl],
  );

  const onExport = useCallback(
    (format: ExportFormat) => {
      if (tabId === null) return;
      const run = async () => {
        const audit = await sendToTab(browser.tabs, tabId, 'get-audit', {});
        if (!audit) throw new Error(t('export_no_article'));
        // The notes as stored, not as shown: a note typed a moment ago is in storage by now.
        const file = exportFile(format, audit.record, reportContext(audit.auditedAt, await getNotes(audit.pageUrl)));
        downloadFile(file);
        setExportMessage(t('export_saved', { file: file.filename }));
      };
      run().catch((error: unknown) => setExportMessage(t('export_failed', { message: errorMessage(error) })));
    },
    [tabId],
  );

  const onOpenReport = useCallback(() => {
    if (tabId === null) return;
    void browser.tabs.create({ url: browser.runtime.getURL(`/report.html?tab=${tabId}`) });
  }, [tabId]);

  const onOpenPracticeResults = useCallback(() => {
    if (tabId === null) return;
    void browser.tabs.create({ url: browser.runtime.getURL(`/practice.html?tab=${tabId}`) });
  }, [tabId]);

  const onOpenHistory = useCallback(() => {
    void browser.tabs.create({ url: browser.runtime.getURL('/audit-history.html') });
  }, []);

  const onPractice = useCallback(
    (action: PracticeAction) => {
      if (tabId === null) return;
      sendToTab(browser.tabs, tabId, 'practice', { action }).then(setState, (error: unknown) =>
        setState({ kind: 'error', message: errorMessage(error) }),
      );
    },
    [tabId],
  );

  const onReveal = useCallback(
    (ref: FindingRef) => {
      if (tabId === null) return;
      sendToTab(browser.tabs, tabId, 'reveal', ref).catch(() => undefined);
    },
    [tabId],
  );

  const onOpenOptions = useCallback(() => {
    void browser.runtime.openOptionsPage();
  }, []);

  const onRetry = useCallback(() => {
    if (!tab) return;
    setState({ kind: 'working' });
    const retry = async () => {
      await ensureContentScript(apis, tab.id!);
      setState(await sendToTab(browser.tabs, tab.id!, 'activate', {}));
    };
    retry().catch(() => connect(tab));
  }, [tab, connect]);

  return {
    state,
    categories: settings.categories,
    palette: settings.palette,
    autoSite,
    notes,
    exportMessage,
    onToggleTab,
    onToggleCategory,
    onToggleAutoSite,
    onReveal,
    onOpenOptions,
    onOpenHistory,
    onRetry,
    onArticleNote,
    onFindingNote,
    onExport,
    onOpenReport,
    onPractice,
    onOpenPracticeResults,
  };
}
