/**
 * The whole popup, drawn from plain data. State, storage and messaging live in the popup's
 * controller hook; this only renders and reports what the reader chose.
 */
import type { Category } from '../engine/types.ts';
import type { CategoryVisibility, PaletteName } from '../utils/settings.ts';
import type { FindingRef, PageReport, TabState } from '../utils/tab-state.ts';
import { CategoryPanel } from './CategoryPanel.tsx';
import { FindingList, listFindings } from './FindingList.tsx';
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
  onToggleTab: (on: boolean) => void;
  onToggleCategory: (category: Category, visible: boolean) => void;
  onToggleAutoSite: (enabled: boolean) => void;
  onReveal: (ref: FindingRef) => void;
  onOpenOptions: () => void;
  onRetry: () => void;
}

function Report({ report, categories, palette, onToggleCategory, onReveal }: {
  report: PageReport;
} & Pick<PopupViewProps, 'categories' | 'palette' | 'onToggleCategory' | 'onReveal'>) {
  const main = report.articles[0];
  const { analysis } = main;
  const title = main.title || report.metadata.title;
  const findings = report.articles.flatMap((a, i) => listFindings(a.analysis.text, a.analysis.findings, i, a.onPage));
  return (
    <>
      <section class="article" aria-labelledby="sl-article-title">
        <h2 id="sl-article-title" class="article-title">
          {title}
        </h2>
        <p class="publisher">
          {report.metadata.publisher && <span data-testid="publisher">{report.metadata.publisher}</span>}
          {report.metadata.policyUrl && /^https?:\/\//i.test(report.metadata.policyUrl) && (
            <>
              {' · '}
              <a href={report.metadata.policyUrl} target="_blank" rel="noopener noreferrer">
                Its policy on unnamed sources
              </a>
            </>
          )}
        </p>
        {report.articles.length > 1 && (
          <p class="muted">{report.articles.length} articles on this page; figures are for the first.</p>
        )}
      </section>
      <RatingLine rating={analysis.summary.rating} />
      <section aria-labelledby="sl-chain-heading">
        <h2 id="sl-chain-heading">Where the information comes from</h2>
        <SourcingChain chains={analysis.chains} />
      </section>
      <CategoryPanel
        counts={analysis.summary.counts}
        visible={categories}
        palette={palette}
        namedShare={analysis.summary.namedShare}
        anonymousShare={analysis.summary.anonymousShare}
        onToggle={onToggleCategory}
      />
      <section aria-labelledby="sl-findings-heading">
        <h2 id="sl-findings-heading">Phrases ({findings.filter((f) => categories[f.finding.category]).length})</h2>
        <FindingList findings={findings} palette={palette} visible={categories} onReveal={onReveal} />
      </section>
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
        <h1>SourceLens</h1>
        <button
          type="button"
          role="switch"
          class="switch"
          aria-checked={on && canRun}
          disabled={!canRun}
          onClick={() => props.onToggleTab(!on)}
        >
          Highlights on this tab: {on && canRun ? 'on' : 'off'}
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
            Annotate {autoSite.host} automatically
          </label>
        )}
        <button type="button" class="link" onClick={props.onOpenOptions}>
          Options
        </button>
      </footer>
    </div>
  );
}
