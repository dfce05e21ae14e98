/**
 * The report page's data: `?tab=<id>` reads the live audit from that tab's content script (the
 * popup's "printable report"); `?entry=<id>` reads an audit kept in the history. Either way the
 * notes come from storage and are followed, so a note typed in the popup shows here at once.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ReportViewProps } from '../../components/ReportView.tsx';
import type { AuditNotes } from '../../report/context.ts';
import { toHtml } from '../../report/html.ts';
import type { AuditRecord } from '../../report/record.ts';
import { downloadFile, exportFile, reportContext } from '../../utils/exports.ts';
import { findEntry } from '../../utils/history.ts';
import { t } from '../../utils/i18n.ts';
import { errorMessage, sendToTab } from '../../utils/messages.ts';
import { getNotes, watchNotes } from '../../utils/notes.ts';
import { sanitizeReport, type SafeReport } from '../../utils/safe-report.ts';

interface Loaded {
  record: AuditRecord;
  auditedAt: string;
  pageUrl: string;
}

async function load(params: URLSearchParams): Promise<Loaded> {
  const tab = params.get('tab');
  if (tab !== null && /^\d+$/.test(tab)) {
    const audit = await sendToTab(browser.tabs, Number(tab), 'get-audit', {});
    if (!audit) throw new Error(t('export_no_article'));
    return { record: audit.record, auditedAt: audit.auditedAt, pageUrl: audit.pageUrl };
  }
  const id = params.get('entry');
  const entry = id ? await findEntry(id) : null;
  if (!entry) throw new Error(t('report_not_found'));
  return { record: entry.record, auditedAt: entry.auditedAt, pageUrl: entry.url };
}

/** The report's style sheet, adopted (a constructed sheet, which the page's CSP allows). */
function adoptStyles(css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [sheet];
}

export function useReportController(): ReportViewProps {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [notes, setNotes] = useState<AuditNotes | null>(null);
  const [report, setReport] = useState<SafeReport | null>(null);
  const [status, setStatus] = useState<string | null>(t('status_working'));
  const [message, setMessage] = useState<string | null>(null);
  const params = new URLSearchParams(location.search);
  const fromHistory = params.has('entry');

  useEffect(() => {
    let live = true;
    let unwatch = () => {};
    load(params)
      .then(async (l) => {
        if (!live) return;
        const n = await getNotes(l.pageUrl);
        if (!live) return;
        setLoaded(l);
        setNotes(n);
        setStatus(null);
        unwatch = watchNotes(l.pageUrl, (next) => live && setNotes(next));
      })
      .catch((error: unknown) => live && setStatus(t('report_failed', { message: errorMessage(error) })));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  useEffect(() => {
    if (!loaded || !notes) return;
    const safe = sanitizeReport(toHtml(loaded.record, reportContext(loaded.auditedAt, notes)));
    adoptStyles(safe.css);
    document.title = t('report_document_title', { title: loaded.record.title || t('history_untitled') });
    setReport(safe);
  }, [loaded, notes]);

  const onPrint = useCallback(() => window.print(), []);
  const onDownload = useCallback(() => {
    if (!loaded || !notes) return;
    const file = exportFile('html', loaded.record, reportContext(loaded.auditedAt, notes));
    downloadFile(file);
    setMessage(t('export_saved', { file: file.filename }));
  }, [loaded, notes]);

  return { report, status, fromHistory, message, onPrint, onDownload };
}
