/**
 * The whole popup, drawn from plain data. State, storage and messaging live in the popup's
 * controller hook; this only renders and reports what the reader chose.
 */
import type { Category } from '../engine/types.ts';
import type { AuditNotes } from '../report/context.ts';
import type { ExportFormat } from '../utils/exports.ts';
import { contentLang, t } from '../utils/i18n.ts';
import type { PracticeAction } from '../utils/messages.ts';
import type { CategoryVisibility, PaletteName } from '../utils/settings.ts';
import type { FindingRef, PageReport, TabState } from '../utils/tab-state.ts';
import { CategoryPanel } from './CategoryPanel.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { FindingList, listFindings } from './FindingList.tsx';
import { NoteField } from './NoteField.tsx';
import { PracticePanel } from './PracticePanel.tsx';
import { RatingLine } from './RatingLine.tsx';
import { SourcingChain } from './SourcingChain.tsx';
import { StatusMessage } from './StatusMessage.tsx';

export interface AutoSiteChoice {
  /** The match pattern for the current site ("https://example.org/*"). */
  pattern: string;
  host: string;
  enabled: boolean;
}

export interface PopupViewProps {
  state: TabState;
  categories: CategoryVisibility;
  palette: PaletteName;
  autoSite: AutoSiteChoice | null;
  /** The student's notes on this page. */
  notes: AuditNotes;
  /** What happened to the last export, or null. */
  exportMessage: string | null;
  onToggleTab: (on: boolean) => void;
  onToggleCategory: (category: Category, visible: boolean) => void;
  onToggleAutoSite: (enabled: boolean) => void;
  onReveal: (ref: FindingRef) => void;
  onOpenOptions: () => void;
  onOpenHistory: () => void;
  onRetry: () => void;
  onArticleNote: (note: string) => void;
  onFindingNote: (key: string, note: string) => void;
  onExport: (format: ExportFormat) => void;
  onOpenReport: () => void;
  onPractice: (action: PracticeAction) => void;
  onOpenPracticeResults: () => void;
}

type ReportProps = { report: PageReport } & Omit<PopupViewProps, 'state' | 'autoSite'>;

function ArticleHeading({ report }: { report: PageReport }) {
  const main = report.articles[0];
  return (
    <section class="article" aria-labelledby="sl-article-title">
      <h2 id="sl-article-title" class="article-title" lang={contentLang(main.analysis.language.code)}>
        {main.title || report.metadata.title}
      </h2>
      <p class="publisher">
        {report.metadata.publisher && <span data-testid="publisher">{report.metadata.publisher}</span>}
        {report.metadata.policyUrl && /^https?:\/\//i.test(report.metadata.policyUrl) && (
          <>
            {' · '}
            <a href={report.metadata.policyUrl} target="_blank" rel="noopener noreferrer">
              {t('popup_policy_link')}
            </a>
          </>
        )}
      </p>
      {report.articles.length > 1 && <p class="muted">{t('popup_several_articles', { count: report.articles.length })}</p>}
    </section>
  );
}

/** The audit: rating, chain, counts and findings. Hidden while the student practises, until they check. */
function Audit(props: ReportProps) {
  const { report, categories, palette } = props;
  const { analysis } = report.articles[0];
  const findings = report.articles.flatMap((a, i) =>
    listFindings(a.analysis.text, a.analysis.findings, i, a.onPage, a.analysis.language.code),
  );
  return (
    <>
      <RatingLine rating={analysis.summary.rating} />
      <section aria-labelledby="sl-chain-heading">
        <h2 id="sl-chain-heading">{t('chain_heading')}</h2>
        <SourcingChain chains={analysis.chains} lang={contentLang(analysis.language.code)} />
      </section>
      <CategoryPanel
        counts={analysis.summary.counts}
        visible={categories}
        palette={palette}
        namedShare={analysis.summary.namedShare}
        anonymousShare={analysis.summary.anonymousShare}
        onToggle={props.onToggleCategory}
      />
      <section aria-labelledby="sl-findings-heading">
        <h2 id="sl-findings-heading">
          {t('findings_heading', { count: findings.filter((f) => categories[f.finding.category]).length })}
        </h2>
        <FindingList
          findings={findings}
          palette={palette}
          visible={categories}
          onReveal={props.onReveal}
          notes={props.notes.findings}
          onNote={props.onFindingNote}
        />
      </section>
    </>
  );
}

function Report(props: ReportProps) {
  const { report } = props;
  const hidden = !!report.practice && !report.practice.checked;
  return (
    <>
      <ArticleHeading report={report} />
      <PracticePanel practice={report.practice} onPractice={props.onPractice} onOpenPracticeResults={props.onOpenPracticeResults} />
      {!hidden && <Audit {...props} />}
      <section aria-labelledby="sl-article-note-heading" class="article-note">
        <h2 id="sl-article-note-heading">{t('note_article_heading')}</h2>
        <NoteField
          id="sl-article-note"
          label={t('note_article_label')}
          hint={t('note_prompt')}
          value={props.notes.article}
          onChange={props.onArticleNote}
        />
      </section>
      <ExportPanel onExport={props.onExport} onOpenReport={props.onOpenReport} message={props.exportMessage} />
    </>
  );
}

export function PopupView(props: PopupViewProps) {
  const { state, autoSite } = props;
  const on = state.kind !== 'off';
  const canRun = state.kind !== 'not-allowed';
  return (
    <div class="popup">
      <header class="bar">
        <h1>{t('name')}</h1>
        <button
          type="button"
          role="switch"
          class="switch"
          aria-checked={on && canRun}
          disabled={!canRun}
          onClick={() => props.onToggleTab(!on)}
        >
          {on && canRun ? t('popup_switch_on') : t('popup_switch_off')}
        </button>
      </header>
      <main>
        {state.kind === 'annotated' ? <Report report={state.report} {...props} /> : <StatusMessage state={state} onRetry={props.onRetry} />}
      </main>
      <footer class="bar">
        {autoSite && canRun && (
          <label class="auto-site">
            <input
              type="checkbox"
              checked={autoSite.enabled}
              onChange={(e) => props.onToggleAutoSite((e.currentTarget as HTMLInputElement).checked)}
            />
            {t('popup_auto_site', { host: autoSite.host })}
          </label>
        )}
        <span class="footer-links">
          <button type="button" class="link" onClick={props.onOpenHistory}>
            {t('popup_history')}
          </button>
          <button type="button" class="link" onClick={props.onOpenOptions}>
            {t('popup_options')}
          </button>
        </span>
      </footer>
    </div>
  );
}
