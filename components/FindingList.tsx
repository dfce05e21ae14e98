/**
 * Every finding with the sentence it sits in. Activating one scrolls the page to it and flashes it.
 * Each finding can carry the student's note, shown under it and edited in place.
 */
import { useState } from 'preact/hooks';
import type { Category, Finding } from '../engine/types.ts';
import { findingKey } from '../report/context.ts';
import { categoryLabel } from '../utils/category-copy.ts';
import { contentLang, t } from '../utils/i18n.ts';
import type { PaletteName } from '../utils/settings.ts';
import type { FindingRef } from '../utils/tab-state.ts';
import { CategorySwatch } from './CategoryPanel.tsx';
import { NoteField } from './NoteField.tsx';

export interface ListedFinding {
  ref: FindingRef;
  finding: Finding;
  /** The sentence around the finding, from the analysed text. */
  sentence: string;
  /** Where the phrase sits inside `sentence` (null when it is not inside it). */
  phrase: { start: number; end: number } | null;
  /** Whether the phrase could be found on the page (only those can be scrolled to). */
  onPage: boolean;
  /** The article's language, for the sentence's `lang` (the interface may be in another). */
  lang?: string;
}

export interface FindingListProps {
  findings: readonly ListedFinding[];
  palette: PaletteName;
  visible: Record<Category, boolean>;
  onReveal: (ref: FindingRef) => void;
  /** Notes by `findingKey`; notes are offered on the main article's findings (the ones exported). */
  notes?: Readonly<Record<string, string>>;
  onNote?: (key: string, note: string) => void;
}

function Sentence({ item }: { item: ListedFinding }) {
  if (!item.phrase) {
    return (
      <span class="sentence" lang={item.lang}>
        {item.sentence}
      </span>
    );
  }
  const { start, end } = item.phrase;
  return (
    <span class="sentence" lang={item.lang}>
      {item.sentence.slice(0, start)}
      <mark>{item.sentence.slice(start, end)}</mark>
      {item.sentence.slice(end)}
    </span>
  );
}

function FindingNote({ item, note, onNote }: { item: ListedFinding; note: string; onNote: (key: string, note: string) => void }) {
  const [open, setOpen] = useState(false);
  const id = `sl-note-${item.ref.article}-${item.ref.finding}`;
  const key = findingKey(item.finding);
  return (
    <div class="finding-note">
      {note && !open && (
        <p class="note-text" data-testid="finding-note">
          <span class="note-label">{t('note_label')}</span> {note}
        </p>
      )}
      <button
        type="button"
        class="note-toggle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={t(open ? 'note_done_for' : note ? 'note_edit_for' : 'note_add_for', { phrase: item.finding.text })}
        onClick={() => setOpen(!open)}
      >
        {open ? t('note_done') : note ? t('note_edit') : t('note_add')}
      </button>
      {open && (
        <NoteField
          id={id}
          label={t('note_finding_label')}
          hint={t('note_prompt')}
          value={note}
          onChange={(value) => onNote(key, value)}
          autoFocus
        />
      )}
    </div>
  );
}

export function FindingList({ findings, palette, visible, onReveal, notes, onNote }: FindingListProps) {
  const shown = findings.filter((f) => visible[f.finding.category]);
  if (!shown.length) return <p class="muted">{t('findings_none_shown')}</p>;
  return (
    <ol class="findings">
      {shown.map((item) => (
        <li key={`${item.ref.article}:${item.ref.finding}`} data-category={item.finding.category}>
          <button
            type="button"
            class="finding"
            disabled={!item.onPage}
            onClick={() => onReveal(item.ref)}
            title={item.onPage ? t('finding_show') : t('finding_not_on_page')}
          >
            <span class="finding-kind">
              <CategorySwatch category={item.finding.category} palette={palette} />
              {categoryLabel(item.finding.category)}
            </span>
            <Sentence item={item} />
          </button>
          {onNote && item.ref.article === 0 && (
            <FindingNote item={item} note={notes?.[findingKey(item.finding)] ?? ''} onNote={onNote} />
          )}
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
  language?: string,
): ListedFinding[] {
  const lang = contentLang(language);
  return findings
    .map((finding, index) => {
      const s = finding.sentence ?? { start: finding.start, end: finding.end };
      const raw = text.slice(s.start, s.end);
      const lead = raw.length - raw.trimStart().length;
      const sentence = raw.trim();
      const start = finding.start - s.start - lead;
      const end = finding.end - s.start - lead;
      const phrase = start >= 0 && end <= sentence.length && end > start ? { start, end } : null;
      return { ref: { article, finding: index }, finding, sentence: sentence || finding.text, phrase, onPage: onPage[index] ?? false, lang };
    })
    .sort((a, b) => a.finding.start - b.finding.start);
}
