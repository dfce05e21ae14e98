/**
 * The history page, drawn from plain data: every audited article with its publisher, date,
 * counts and rating; a search; delete one, or delete all after a confirmation.
 */
import { useRef, useState } from 'preact/hooks';
import { ALL_CATEGORIES } from '../engine/types.ts';
import { categoryPlural } from '../utils/category-copy.ts';
import type { HistoryEntry } from '../utils/history.ts';
import { contentLang, formatDate, t, tn } from '../utils/i18n.ts';

export interface HistoryViewProps {
  /** Entries matching the query, newest first. */
  entries: readonly HistoryEntry[];
  /** How many entries there are in all. */
  total: number;
  query: string;
  loading: boolean;
  message: string | null;
  onQuery: (query: string) => void;
  onDelete: (id: string) => void;
  onDeleteAll: () => void;
  onOpenReport: (id: string) => void;
}

function safeHref(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url : null;
}

function Entry({ entry, onDelete, onOpenReport }: { entry: HistoryEntry } & Pick<HistoryViewProps, 'onDelete' | 'onOpenReport'>) {
  const { record } = entry;
  const title = record.title || t('history_untitled');
  const href = safeHref(entry.url);
  const headingId = `h-${encodeURIComponent(entry.id).replace(/%/g, '_')}`;
  return (
    <li class="entry">
      <h2 id={headingId} class="entry-title" lang={record.title ? contentLang(record.language) : undefined}>
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </h2>
      <p class="muted">
        {record.publisher && <span data-testid="history-publisher">{record.publisher}</span>}
        {record.publisher && ' · '}
        {t('history_audited', { date: formatDate(entry.auditedAt) })}
      </p>
      <dl class="counts">
        {ALL_CATEGORIES.map((c) => (
          <div key={c}>
            <dt>{categoryPlural(c)}</dt>
            <dd data-testid={`history-count-${c}`}>{record.summary.counts[c]}</dd>
          </div>
        ))}
        <div>
          <dt>{t('rating_heading')}</dt>
          <dd>
            <span lang="en">{record.summary.rating.label}</span> ({t('rating_score', { score: Math.round(record.summary.rating.score) })})
          </dd>
        </div>
      </dl>
      <div class="button-row">
        <button type="button" onClick={() => onOpenReport(entry.id)} aria-label={t('history_open_report_for', { title })}>
          {t('history_open_report')}
        </button>
        <button type="button" onClick={() => onDelete(entry.id)} aria-label={t('history_delete_for', { title })}>
          {t('history_delete')}
        </button>
      </div>
    </li>
  );
}

export function HistoryView(props: HistoryViewProps) {
  const [confirming, setConfirming] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const { entries, total, query } = props;
  // The button pressed is gone with its entry: the focus goes back to the search, not to the page's top.
  const onDelete = (id: string) => {
    props.onDelete(id);
    search.current?.focus();
  };
  return (
    <>
      <header class="page-header">
        <h1>{t('history_heading')}</h1>
        <p>{t('history_intro')}</p>
      </header>
      <main class="history">
        <form class="search" role="search" onSubmit={(e) => e.preventDefault()}>
          <label for="history-search">{t('history_search_label')}</label>
          <input
            id="history-search"
            ref={search}
            type="search"
            value={query}
            onInput={(e) => props.onQuery((e.currentTarget as HTMLInputElement).value)}
          />
        </form>
        <p role="status" class="result-count" data-testid="history-status">
          {props.message ??
            (props.loading
              ? t('status_working')
              : query.trim()
                ? tn('history_matching', entries.length, { total })
                : tn('history_count', total))}
        </p>
        {entries.length > 0 && (
          <ul class="entries">
            {entries.map((entry) => (
              <Entry key={entry.id} entry={entry} onDelete={onDelete} onOpenReport={props.onOpenReport} />
            ))}
          </ul>
        )}
        {total > 0 && (
          <section class="danger" aria-labelledby="history-delete-all-heading">
            <h2 id="history-delete-all-heading">{t('history_delete_all_heading')}</h2>
            <p>{t('history_delete_all_text')}</p>
            {confirming ? (
              <div class="button-row" role="group" aria-label={t('history_confirm_group')}>
                <button
                  type="button"
                  class="danger-button"
                  onClick={() => {
                    setConfirming(false);
                    props.onDeleteAll();
                    search.current?.focus();
                  }}
                >
                  {tn('history_confirm_delete_all', total)}
                </button>
                <button type="button" onClick={() => setConfirming(false)} autoFocus>
                  {t('history_cancel')}
                </button>
              </div>
            ) : (
              <button type="button" onClick={() => setConfirming(true)}>
                {t('history_delete_all')}
              </button>
            )}
          </section>
        )}
      </main>
    </>
  );
}
