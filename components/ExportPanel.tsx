/**
 * The popup's exports: the audit as Markdown, CSV, JSON or HTML, and the printable report page.
 * Notes are included in every format but JSON (which is the CLI's machine format).
 */
import { EXPORT_FORMATS, type ExportFormat } from '../utils/exports.ts';
import { msgKey, t, type MessageKey } from '../utils/i18n.ts';

const FORMAT_LABEL: Record<ExportFormat, MessageKey> = {
  markdown: msgKey('export_markdown'),
  csv: msgKey('export_csv'),
  json: msgKey('export_json'),
  html: msgKey('export_html'),
};

export interface ExportPanelProps {
  onExport: (format: ExportFormat) => void;
  onOpenReport: () => void;
  /** What happened to the last export, announced politely ("Saved …"), or null. */
  message: string | null;
}

export function ExportPanel({ onExport, onOpenReport, message }: ExportPanelProps) {
  return (
    <section aria-labelledby="sl-export-heading" class="export">
      <h2 id="sl-export-heading">{t('export_heading')}</h2>
      <p class="muted">{t('export_hint')}</p>
      <div class="button-row">
        <button type="button" class="primary" onClick={onOpenReport}>
          {t('export_open_report')}
        </button>
      </div>
      <div class="button-row" role="group" aria-label={t('export_download_group')}>
        {EXPORT_FORMATS.map((format) => (
          <button type="button" key={format} data-format={format} onClick={() => onExport(format)}>
            {t(FORMAT_LABEL[format])}
          </button>
        ))}
      </div>
      <p class="export-message" role="status">
        {message ?? ''}
      </p>
    </section>
  );
}
