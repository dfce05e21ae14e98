/**
 * Practice mode's scoring. A student's mark agrees with a SourceLens finding when they are in the
 * same article, have the same category and their ranges overlap: the taxonomy's own scoring rule,
 * so practice is judged the way the engine itself is judged against the gold labels. Like that
 * scorer it counts both ways: how many findings were found (recall) and how many marks match
 * (precision). Plain data in, plain data out.
 */
import type { Category } from '../engine/types.ts';

export type PracticeCategory = Exclude<Category, 'named'>;
export const PRACTICE_CATEGORIES: readonly PracticeCategory[] = ['anonymous', 'secondhand', 'hedge'];

export interface PracticeMark {
  /** Index of the article on the page (the main one is 0). */
  article: number;
  start: number;
  end: number;
  category: PracticeCategory;
  /** The marked text, as the article has it. */
  text: string;
}

export interface PracticeFinding {
  article: number;
  /** Index of the finding in its article's analysis. */
  index: number;
  category: Category;
  start: number;
  end: number;
  text: string;
  explanation: string;
  sentence: string;
}

export interface AgreedItem {
  finding: PracticeFinding;
  /** The student's marks that agree with it (one or more). */
  marks: PracticeMark[];
}

export interface ExtraItem {
  mark: PracticeMark;
  /** Findings of another category (or a named source) over the same words, to explain the miss. */
  overlapping: PracticeFinding[];
}

export interface PracticeResult {
  agreed: AgreedItem[];
  missed: PracticeFinding[];
  extra: ExtraItem[];
  /** Flagged findings SourceLens made, and how many of them a mark agrees with. */
  flagged: number;
  found: number;
  /** The student's marks, and how many of them agree with a finding. */
  marks: number;
  matching: number;
}

function overlaps(a: { article: number; start: number; end: number }, b: { article: number; start: number; end: number }): boolean {
  return a.article === b.article && a.start < b.end && b.start < a.end;
}

export function agrees(mark: PracticeMark, finding: PracticeFinding): boolean {
  return mark.category === finding.category && overlaps(mark, finding);
}

const byPosition = <T extends { article: number; start: number; end: number }>(a: T, b: T) =>
  a.article - b.article || a.start - b.start || a.end - b.end;

/**
 * Scores marks against findings. Only flagged categories (anonymous, secondhand, hedge) are
 * phrases to find; named findings are used only to say why a mark did not match.
 */
export function scorePractice(marks: readonly PracticeMark[], findings: readonly PracticeFinding[]): PracticeResult {
  const flagged = findings.filter((f) => f.category !== 'named').sort(byPosition);
  const sortedMarks = [...marks].sort(byPosition);
  const agreed: AgreedItem[] = [];
  const missed: PracticeFinding[] = [];
  for (const finding of flagged) {
    const hits = sortedMarks.filter((m) => agrees(m, finding));
    if (hits.length) agreed.push({ finding, marks: hits });
    else missed.push(finding);
  }
  const extra: ExtraItem[] = sortedMarks
    .filter((m) => !flagged.some((f) => agrees(m, f)))
    .map((mark) => ({ mark, overlapping: findings.filter((f) => overlaps(mark, f)).sort(byPosition) }));
  return {
    agreed,
    missed,
    extra,
    flagged: flagged.length,
    found: agreed.length,
    marks: sortedMarks.length,
    matching: sortedMarks.length - extra.length,
  };
}

/**
 * Adds a mark. Marks it overlaps are replaced, so marking the same words again changes their
 * category instead of stacking a second mark on them.
 */
export function addMark(marks: readonly PracticeMark[], mark: PracticeMark): PracticeMark[] {
  return [...marks.filter((m) => !overlaps(m, mark)), mark].sort(byPosition);
}

/** The findings of every article of an audit record (the main one is article 0), for scoring. */
export function practiceFindings(
  articles: readonly { findings: readonly Pick<PracticeFinding, 'category' | 'start' | 'end' | 'text' | 'explanation' | 'sentence'>[] }[],
): PracticeFinding[] {
  return articles.flatMap((a, article) =>
    a.findings.map((f, index) => ({
      article,
      index,
      category: f.category,
      start: f.start,
      end: f.end,
      text: f.text,
      explanation: f.explanation,
      sentence: f.sentence,
    })),
  );
}
