/**
 * Practice mode's small toolbar, drawn in a closed shadow root on the page: mark the selected
 * words as an anonymous source, a secondhand report or a hedge; see and remove the marks; check
 * them against SourceLens. Presentational: the content script's practice session owns the marks.
 *
 * The buttons keep the page's selection: pressing one must not move the focus or the selection
 * away from the words the student chose (`mousedown` does nothing by default).
 */
import { categoryLabel } from '../utils/category-copy.ts';
import { t, tn, uiLocale } from '../utils/i18n.ts';
import { swatch, UNDERLINE_STYLE } from '../utils/palettes.ts';
import { PRACTICE_CATEGORIES, type PracticeCategory, type PracticeMark, type PracticeResult } from '../utils/practice-score.ts';
import { scoreSentence } from '../utils/practice-words.ts';
import type { PaletteName } from '../utils/settings.ts';
import { Quoted } from './Quoted.tsx';

export interface PracticeToolbarProps {
  marks: readonly PracticeMark[];
  /** Set once the student has checked. */
  result: PracticeResult | null;
  /** The last thing that happened, announced to screen readers ("Marked …"). */
  message: string;
  palette: PaletteName;
  /** The article's language, for the marked words. */
  lang?: string;
  onMark: (category: PracticeCategory) => void;
  onRemove: (index: number) => void;
  onCheck: () => void;
  onOpenResults: () => void;
  onStop: () => void;
}

const keepSelection = (e: MouseEvent) => e.preventDefault();

function Swatch({ category, palette }: { category: PracticeCategory; palette: PaletteName }) {
  const s = swatch(palette, 'light', category);
  return (
    <span class="swatch" aria-hidden="true" style={{ background: s.background, borderTop: `3px ${UNDERLINE_STYLE[category]} ${s.line}` }} />
  );
}

export function PracticeToolbar(props: PracticeToolbarProps) {
  const { marks, result, palette } = props;
  return (
    <section class="practice" lang={uiLocale()} aria-labelledby="slp-heading">
      <h2 id="slp-heading">{t('practice_toolbar_heading')}</h2>
      {!result && (
        <>
          <p class="hint">{t('practice_toolbar_hint')}</p>
          <div class="categories" role="group" aria-label={t('practice_toolbar_mark_as')} onMouseDown={keepSelection}>
            {PRACTICE_CATEGORIES.map((category, i) => (
              <button
                type="button"
                key={category}
                data-category={category}
                aria-keyshortcuts={`Alt+Shift+${i + 1}`}
                onClick={() => props.onMark(category)}
              >
                <Swatch category={category} palette={palette} />
                {categoryLabel(category)}
              </button>
            ))}
          </div>
        </>
      )}
      <p class="message" role="status">
        {props.message}
      </p>
      {result && (
        <p class="score" data-testid="practice-score">
          {scoreSentence(result)}
        </p>
      )}
      <h3>{tn('practice_marks_count', marks.length)}</h3>
      {marks.length > 0 && (
        <ol class="marks">
          {marks.map((mark, i) => (
            <li key={`${mark.article}:${mark.start}`}>
              <Swatch category={mark.category} palette={palette} />
              <span class="mark-text">
                <span class="mark-kind">{categoryLabel(mark.category)}:</span> <Quoted text={mark.text} lang={props.lang} />
              </span>
              {!result && (
                <button
                  type="button"
                  class="remove"
                  onMouseDown={keepSelection}
                  onClick={() => props.onRemove(i)}
                  aria-label={t('practice_remove_mark', { text: mark.text })}
                >
                  {t('practice_remove')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <div class="actions" onMouseDown={keepSelection}>
        {result ? (
          <button type="button" class="primary" onClick={props.onOpenResults}>
            {t('practice_open_results')}
          </button>
        ) : (
          <button type="button" class="primary" onClick={props.onCheck}>
            {t('practice_check')}
          </button>
        )}
        <button type="button" onClick={props.onStop}>
          {t('practice_stop')}
        </button>
      </div>
    </section>
  );
}

/** Styles for the toolbar's shadow root; the page's CSS cannot reach in, and this cannot leak out. */
export const PRACTICE_TOOLBAR_CSS = `
:host { all: initial; }
.frame {
  position: fixed; z-index: 2147483646; right: 16px; bottom: 16px; width: 21rem; max-width: calc(100vw - 32px);
  max-height: calc(100vh - 32px); overflow-y: auto; box-sizing: border-box;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1b1f; background: #ffffff; border: 1px solid #8a8a99; border-radius: 8px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.25); padding: 10px 12px;
}
h2 { font-size: 15px; margin: 0 0 4px; }
h3 { font-size: 13px; margin: 8px 0 4px; }
p { margin: 0 0 6px; }
.hint { color: #3d3d48; }
.message:empty { display: none; }
.score { font-weight: 700; }
.categories, .actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0; }
button {
  font: inherit; color: #1b1b1f; background: #f4f4f8; border: 1px solid #8a8a99; border-radius: 6px;
  padding: 4px 8px; min-height: 28px; cursor: pointer; display: inline-flex; align-items: center; gap: 6px;
}
button.primary { background: #4b2fbf; border-color: #4b2fbf; color: #ffffff; }
button:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
.swatch { display: inline-block; width: 14px; height: 12px; border-radius: 2px; flex: none; }
.marks { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; max-height: 30vh; overflow-y: auto; }
.marks li { display: flex; align-items: center; gap: 6px; }
.mark-text { flex: 1; min-width: 0; overflow-wrap: anywhere; }
.mark-kind { font-weight: 600; }
.remove { padding: 2px 6px; }
@media (prefers-color-scheme: dark) {
  .frame { color: #ececf1; background: #1f1f26; border-color: #6d6d80; }
  .hint { color: #c8c8d4; }
  button { color: #ececf1; background: #2b2b35; border-color: #6d6d80; }
  button.primary { background: #b3a4ff; border-color: #b3a4ff; color: #17171c; }
  button:focus-visible { outline-color: #8ab4f8; }
}
@media (forced-colors: active) {
  .frame { border: 2px solid CanvasText; }
  .swatch { forced-color-adjust: none; }
}
`;
