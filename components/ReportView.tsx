/**
 * The printable report page: a few actions (hidden in print) above the report itself, which is
 * the CLI's HTML report, sanitised (utils/safe-report.ts) and inserted as nodes.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../utils/i18n.ts';
import type { SafeReport } from '../utils/safe-report.ts';

export interface ReportViewProps {
  report: SafeReport | null;
  /** Loading, or why there is no report. */
  status: string | null;
  /** Whether the report was read from the history (its notes and date are the stored ones). */
  fromHistory: boolean;
  message: string | null;
  onPrint: () => void;
  onDownload: () => void;
}

export function ReportView({ report, status, fromHistory, message, onPrint, onDownload }: ReportViewProps) {
  const content = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = content.current;
    if (el) el.replaceChildren(report ? report.body.cloneNode(true) : '');
  }, [report]);
  return (
    <>
      <header class="report-toolbar">
        <p class="report-app">{t('report_heading')}</p>
        {report && (
          <div class="button-row">
            <button type="button" class="primary" onClick={onPrint}>
              {t('report_print')}
            </button>
            <button type="button" onClick={onDownload}>
              {t('report_download_html')}
            </button>
          </div>
        )}
        {fromHistory && report && <p class="muted">{t('report_from_history')}</p>}
        <p role="status" class="report-status">
          {message ?? status ?? ''}
        </p>
      </header>
      {/* Filled with the sanitised report's nodes; Preact leaves its children alone. */}
      <main class="report-content" ref={content} lang={report?.lang ?? undefined} data-testid="report" />
    </>
  );
}
