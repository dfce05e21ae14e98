/**
 * The practice results page: the score in plain words, then SourceLens's findings beside the
 * student's marks (agreed, missed, extra), each with its explanation and the questions to ask.
 */
import type { Category } from '../engine/types.ts';
import { categoryLabel, categoryWhy, questionsFor } from '../utils/category-copy.ts';
import { t } from '../utils/i18n.ts';
import type { PracticeFinding, PracticeMark, PracticeResult } from '../utils/practice-score.ts';
import { scoreSentence } from '../utils/practice-words.ts';
import { Quoted } from './Quoted.tsx';

export interface PracticeResultsProps {
  title: string;
  /** The article's language: titles, phrases and sentences are its words. */
  lang?: string;
  publisher: string;
  result: PracticeResult | null;
  /** Loading, or why there are no results. */
  status: string | null;
}

function Questions({ category }: { category: Category }) {
  return (
    <>
      <p class="ask">{t('ask_label')}</p>
      <ul class="questions" lang="en">
        {questionsFor(category).map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
    </>
  );
}

function FindingDetails({ finding, lang }: { finding: PracticeFinding; lang?: string }) {
  return (
    <>
      <p>
        <strong>{categoryLabel(finding.category)}</strong> — {categoryWhy(finding.category)}
      </p>
      <blockquote lang={lang}>{finding.sentence.trim()}</blockquote>
      <p class="explanation" lang="en">
        {finding.explanation}
      </p>
      <Questions category={finding.category} />
    </>
  );
}

function markLine(mark: PracticeMark): string {
  return t('practice_your_mark', { text: mark.text, category: categoryLabel(mark.category) });
}

export function PracticeResults({ title, lang, publisher, result, status }: PracticeResultsProps) {
  return (
    <>
      <header class="page-header">
        <h1>{t('practice_results_heading')}</h1>
        {title && (
          <p>
            <span lang={lang}>{title}</span>
            {publisher && <span class="muted"> · {publisher}</span>}
          </p>
        )}
      </header>
      <main class="practice-results">
        {!result ? (
          <p role="status">{status ?? ''}</p>
        ) : (
          <>
            <p class="score" role="status" data-testid="practice-score">
              {scoreSentence(result)}
            </p>
            <section aria-labelledby="pr-agreed">
              <h2 id="pr-agreed">{t('practice_agreed_heading', { count: result.agreed.length })}</h2>
              {result.agreed.length === 0 && <p class="muted">{t('practice_agreed_none')}</p>}
              <ol class="result-list">
                {result.agreed.map((item) => (
                  <li key={`${item.finding.article}:${item.finding.index}`} class="result agreed" data-category={item.finding.category}>
                    <h3>
                      <Quoted text={item.finding.text} lang={lang} />
                    </h3>
                    {item.marks.map((m) => (
                      <p key={m.start} class="your-mark">
                        {markLine(m)}
                      </p>
                    ))}
                    <FindingDetails finding={item.finding} lang={lang} />
                  </li>
                ))}
              </ol>
            </section>
            <section aria-labelledby="pr-missed">
              <h2 id="pr-missed">{t('practice_missed_heading', { count: result.missed.length })}</h2>
              {result.missed.length === 0 && <p class="muted">{t('practice_missed_none')}</p>}
              <ol class="result-list">
                {result.missed.map((f) => (
                  <li key={`${f.article}:${f.index}`} class="result missed" data-category={f.category}>
                    <h3>
                      <Quoted text={f.text} lang={lang} />
                    </h3>
                    <FindingDetails finding={f} lang={lang} />
                  </li>
                ))}
              </ol>
            </section>
            <section aria-labelledby="pr-extra">
              <h2 id="pr-extra">{t('practice_extra_heading', { count: result.extra.length })}</h2>
              {result.extra.length === 0 && <p class="muted">{t('practice_extra_none')}</p>}
              <ol class="result-list">
                {result.extra.map(({ mark, overlapping }) => (
                  <li key={`${mark.article}:${mark.start}`} class="result extra" data-category={mark.category}>
                    <h3>
                      <Quoted text={mark.text} lang={lang} />
                    </h3>
                    <p class="your-mark">{markLine(mark)}</p>
                    {overlapping.length ? (
                      overlapping.map((f) => (
                        <div key={`${f.article}:${f.index}`}>
                          <p>{t('practice_extra_other', { category: categoryLabel(f.category), text: f.text })}</p>
                          <p class="explanation" lang="en">
                            {f.explanation}
                          </p>
                        </div>
                      ))
                    ) : (
                      <p>{t('practice_extra_unflagged')}</p>
                    )}
                    <Questions category={mark.category} />
                  </li>
                ))}
              </ol>
            </section>
          </>
        )}
      </main>
    </>
  );
}
