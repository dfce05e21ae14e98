/**
 * Every finding with the sentence it sits in. Activating one scrolls the page to it and flashes it.
 */
import type { Category, Finding } from '../engine/types.ts';
import { CATEGORY_COPY } from '../utils/category-copy.ts';
import type { FindingRef } from '../utils/tab-state.ts';
import type { PaletteName } from '../utils/settings.ts';
import { CategorySwatch } from './CategoryPanel.tsx';

export interface ListedFinding {
  ref: FindingRef;
  finding: Finding;
  /** The sentence around the finding, from the analysed text. */
  sentence: string;
  /** Where the phrase sits inside `sentence` (null when it is not inside it). */
  phrase: { start: number; end: number } | null;
  /** Whether the phrase could be found on the page (only those can be scrolled to). */
  onPage: boolean;
}

export interface FindingListProps {
  findings: readonly ListedFinding[];
  palette: PaletteName;
  visible: Record<Category, boolean>;
  onReveal: (ref: FindingRef) => void;
}

function Sentence({ item }: { item: ListedFinding }) {
  if (!item.phrase) return <span class="sentence">{item.sentence}</span>;
  const { start, end } = item.phrase;
  return (
    <span class="sentence">
      {item.sentence.slice(0, start)}
      <mark>{item.sentence.slice(start, end)}</mark>
      {item.sentence.slice(end)}
    </span>
  );
}

export function FindingList({ findings, palette, visible, onReveal }: FindingListProps) {
  const shown = findings.filter((f) => visible[f.finding.category]);
  if (!shown.length) return <p class="muted">No highlighted phrases in the categories shown.</p>;
  return (
    <ol class="findings">
      {shown.map((item) => (
        <li key={`${item.ref.article}:${item.ref.finding}`} data-category={item.finding.category}>
          <button
            type="button"
            class="finding"
            disabled={!item.onPage}
            onClick={() => onReveal(item.ref)}
            title={item.onPage ? 'Show this phrase on the page' : 'This phrase could not be located on the page'}
          >
            <span class="finding-kind">
              <CategorySwatch category={item.finding.category} palette={palette} />
              {CATEGORY_COPY[item.finding.category].label}
            </span>
            <Sentence item={item} />
          </button>
        </li>
      ))}
    </ol>
  );
}

/** Builds the list items from an analysis: each finding with its sentence, in text order. */
export function listFindings(
  text: string,
  findings: readonly Finding[],
  article: number,
  onPage: readonly boolean[],
): ListedFinding[] {
  return findings
    .map((finding, index) => {
      const s = finding.sentence ?? { start: finding.start, end: finding.end };
      const raw = text.slice(s.start, s.end);
      const lead = raw.length - raw.trimStart().length;
      const sentence = raw.trim();
      const start = finding.start - s.start - lead;
      const end = finding.end - s.start - lead;
      const phrase = start >= 0 && end <= sentence.length && end > start ? { start, end } : null;
      return { ref: { article, finding: index }, finding, sentence: sentence || finding.text, phrase, onPage: onPage[index] ?? false };
    })
    .sort((a, b) => a.finding.start - b.finding.start);
}
