/**
 * The history page's state and actions: the stored entries (watched, so an article audited in
 * another tab appears at once), the search, and deletions, which the background carries out.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { HistoryViewProps } from '../../components/HistoryView.tsx';
import { historyItem, loadHistory, searchHistory, type HistoryEntry } from '../../utils/history.ts';
import { t } from '../../utils/i18n.ts';
import { errorMessage, sendToBackground } from '../../utils/messages.ts';

export function useHistoryController(): HistoryViewProps {
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [loading, setLoading] = useState(true);
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const reload = () =>
      loadHistory().then(
        (list) => {
          if (!live) return;
          setEntries(list);
          setLoading(false);
        },
        (error: unknown) => live && setMessage(errorMessage(error)),
      );
    void reload();
    const unwatch = historyItem.watch(() => void reload());
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const shown = useMemo(() => searchHistory(entries, query), [entries, query]);

  const onDelete = useCallback(
    (id: string) => {
      const entry = entries.find((e) => e.id === id);
      sendToBackground(browser.runtime, 'history-remove', { ids: [id] }).then(
        () => setMessage(t('history_deleted', { title: entry?.record.title || t('history_untitled') })),
        (error: unknown) => setMessage(errorMessage(error)),
      );
    },
    [entries],
  );

  const onDeleteAll = useCallback(() => {
    sendToBackground(browser.runtime, 'history-clear', {}).then(
      () => setMessage(t('history_deleted_all')),
      (error: unknown) => setMessage(errorMessage(error)),
    );
  }, []);

  const onOpenReport = useCallback((id: string) => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/report.html?entry=${encodeURIComponent(id)}`) });
  }, []);

  return {
    entries: shown,
    total: entries.length,
    query,
    loading,
    message,
    onQuery: (q: string) => {
      setMessage(null);
      setQuery(q);
    },
    onDelete,
    onDeleteAll,
    onOpenReport,
  };
}
