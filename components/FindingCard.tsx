/**
 * The small card shown over a highlighted phrase: what was found, why it matters, what to ask.
 * Presentational: the content script decides when and where it shows.
 */
import type { Finding } from '../engine/types.ts';
import { cardText } from '../utils/category-copy.ts';
import { t, uiLocale } from '../utils/i18n.ts';
import { UNDERLINE_STYLE, type Swatch } from '../utils/palettes.ts';
import { Quoted } from './Quoted.tsx';

export interface FindingCardProps {
  finding: Pick<Finding, 'category' | 'text' | 'explanation' | 'source'>;
  swatch: Swatch;
  /** The article's language, for the phrase (the card speaks the interface's). */
  lang?: string;
  /** 1-based position among the highlighted findings, when reached by keyboard. */
  position?: { index: number; total: number } | null;
}

export function FindingCard({ finding, swatch, position, lang }: FindingCardProps) {
  const text = cardText(finding);
  return (
    <div class="card" data-category={finding.category} lang={uiLocale()}>
      <p class="kind">
        <span
          class="swatch"
          aria-hidden="true"
          style={{
            background: swatch.background,
            borderBottom: `3px ${UNDERLINE_STYLE[finding.category]} ${swatch.line}`,
          }}
        />
        <strong>{text.heading}</strong>
      </p>
      <p class="phrase">
        <Quoted text={finding.text} lang={lang} />
      </p>
      <p class="summary">{text.summary}</p>
      {text.detail && (
        <p class="detail" lang="en">
          {text.detail}
        </p>
      )}
      <p class="ask">{t('ask_label')}</p>
      <ul class="questions" lang="en">
        {text.questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      {position && <p class="nav">{t('card_position', { index: position.index, total: position.total })}</p>}
    </div>
  );
}

/** Styles for the card's shadow root; the page's CSS cannot reach in, and this cannot leak out. */
export const FINDING_CARD_CSS = `
:host { all: initial; }
.frame {
  position: fixed; z-index: 2147483647; max-width: 22rem; box-sizing: border-box;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1b1f; background: #ffffff; border: 1px solid #8a8a99; border-radius: 8px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.25); padding: 10px 12px;
}
.frame[hidden] { display: none; }
.card p { margin: 0 0 6px; }
.card p:last-child { margin-bottom: 0; }
.kind { display: flex; align-items: center; gap: 8px; }
.swatch { display: inline-block; width: 14px; height: 12px; border-radius: 2px; }
.phrase { font-style: italic; }
.detail { color: #3d3d48; }
.ask { font-weight: 600; margin-bottom: 2px; }
.questions { margin: 0 0 6px; padding-left: 18px; }
.questions li { margin: 0 0 2px; }
.nav { font-size: 12px; color: #55556a; }
@media (prefers-color-scheme: dark) {
  .frame { color: #ececf1; background: #1f1f26; border-color: #6d6d80; }
  .detail { color: #c8c8d4; }
  .nav { color: #a9a9bb; }
}
@media (forced-colors: active) {
  .frame { border: 2px solid CanvasText; }
}
`;
